namespace Geo.Analysis.Density;

/// <summary>
/// Kernel weights (per m²) at cell-centre offsets, evaluated analytically (not renormalised) so a point at a cell centre
/// gives exactly the kernel's value there. Quartic: a 2-D stencil of radius ⌊h/size⌋ cells (the quartic is not separable).
/// Gaussian: a 1-D factor g(t) = exp(−t²/(2h²))/(√(2π)·h) with |t| ≤ 4h, applied along rows then columns.
/// </summary>
internal static class KernelStencil
{
    /// <summary>Quartic 2-D stencil, (2R+1)² row-major, with its radius R in cells.</summary>
    public static (double[] Weights, int Radius) Quartic(double h, double cellSize)
    {
        var radius = (int)Math.Floor(h / cellSize);
        var width = 2 * radius + 1;
        var weights = new double[width * width];
        var peak = 3.0 / (Math.PI * h * h);
        for (var i = -radius; i <= radius; i++)
            for (var j = -radius; j <= radius; j++)
            {
                var u2 = ((double)i * i + (double)j * j) * cellSize * cellSize / (h * h);
                if (u2 >= 1) continue;
                var t = 1 - u2;
                weights[(i + radius) * width + j + radius] = peak * t * t;
            }
        return (weights, radius);
    }

    /// <summary>Gaussian 1-D factor (2R+1 values), truncated at 4σ, with its radius R in cells.</summary>
    public static (double[] Weights, int Radius) GaussianFactor(double h, double cellSize)
    {
        var radius = (int)Math.Floor(4 * h / cellSize);
        var weights = new double[2 * radius + 1];
        var norm = 1 / (Math.Sqrt(2 * Math.PI) * h);
        for (var i = -radius; i <= radius; i++)
        {
            var t = i * cellSize / h;
            weights[i + radius] = norm * Math.Exp(-0.5 * t * t);
        }
        return (weights, radius);
    }
}
