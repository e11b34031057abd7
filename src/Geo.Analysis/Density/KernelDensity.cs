using System.Globalization;

namespace Geo.Analysis.Density;

/// <summary>
/// Kernel density estimation of point events onto a grid, in events per km² (coordinates in metres).
/// Points are simple-binned to the grid cell containing them (Wand 1994, "Fast computation of multivariate kernel
/// estimators", JCGS 3:433–445), then the binned counts are convolved directly with a precomputed kernel stencil
/// (quartic: 2-D stencil; Gaussian: separable row/column passes), parallel over rows. Points outside the grid are ignored.
/// Optional edge correction divides each cell by the share of its kernel mass inside the study area, obtained by
/// convolving the study-area mask with the same kernel ("uniform" correction: Diggle 1985, JRSS C 34:138–147;
/// Jones 1993, Statistics and Computing 3:135–146 renormalisation; spatstat <c>density.ppp(diggle = FALSE)</c>), or
/// (<see cref="EdgeCorrectionMethod.Diggle"/>) divides each event's kernel by the share of it inside the study area, which
/// keeps the mass: density × cell area summed over the cells inside equals the (weighted) number of events in them.
/// </summary>
public static class KernelDensity
{
    /// <summary>Estimates the density surface; <paramref name="weights"/> (one per point) multiply each point's contribution.</summary>
    public static KdeResult Estimate(ReadOnlySpan<double> x, ReadOnlySpan<double> y, DensityGrid grid, KdeOptions options,
        ReadOnlySpan<double> weights = default)
    {
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(options);
        grid.Validate();
        if (x.Length != y.Length) throw new ArgumentException("x and y must have the same length.", nameof(y));
        if (!weights.IsEmpty && weights.Length != x.Length)
            throw new ArgumentException("weights must be empty or have one value per point.", nameof(weights));
        var mask = options.Mask;
        if (mask is not null && mask.Length != grid.Count)
            throw new ArgumentException("Mask must have one value per grid cell.", nameof(options));

        Bandwidth bw;
        var chosen = options.Bandwidth is null;
        if (options.Bandwidth is { } given)
        {
            if (!(given > 0) || !double.IsFinite(given))
                throw new ArgumentOutOfRangeException(nameof(options), "Bandwidth must be positive and finite.");
            bw = new Bandwidth(given, string.Format(CultureInfo.InvariantCulture, "given: h = {0:F1} m", given));
        }
        else
        {
            bw = BandwidthRule.Choose(x, y);
        }

        var counts = Bin(x, y, grid, weights);
        var total = StencilMass(options.Kernel, bw.Value, grid.CellSize);
        double[] density;
        double events = 0;
        if (options.EdgeCorrection && options.Method == EdgeCorrectionMethod.Diggle)
        {
            // Each event's kernel divided by its mass inside the study area, e = ∫_W k(u − x) du, taken on the grid as
            // the mask convolved with the same stencil at the event's cell times the cell area (so the grid's
            // discretisation of the kernel is corrected too); events in cells outside are left out. Then
            // Σ_inside density·area = Σ_events (Σ_inside K·area) / e = the events in the cells inside, up to rounding.
            var inside = Inside(grid, mask);
            var mass = Smooth(inside, grid, options.Kernel, bw.Value);
            var area = grid.CellSize * grid.CellSize;
            for (var i = 0; i < counts.Length; i++)
            {
                if (counts[i] == 0) continue;
                if (inside[i] == 0 || !(mass[i] > 0)) { counts[i] = 0; continue; }
                events += counts[i];
                counts[i] /= mass[i] * area;
            }
            density = Smooth(counts, grid, options.Kernel, bw.Value);
            for (var i = 0; i < density.Length; i++) density[i] *= 1e6; // per m² → per km²
        }
        else
        {
            foreach (var c in counts) events += c;
            density = Smooth(counts, grid, options.Kernel, bw.Value);
            for (var i = 0; i < density.Length; i++) density[i] *= 1e6; // per m² → per km²
            if (options.EdgeCorrection)
            {
                var inside = Inside(grid, mask);
                var mass = Smooth(inside, grid, options.Kernel, bw.Value);
                for (var i = 0; i < density.Length; i++)
                    if (inside[i] > 0) density[i] /= mass[i] / total;
            }
        }

        if (mask is not null)
            for (var i = 0; i < density.Length; i++)
                if (!mask[i]) density[i] = double.NaN;

        return new KdeResult(grid, density, bw.Value, chosen, bw.Rule, total * grid.CellSize * grid.CellSize, events);
    }

    private static double[] Inside(DensityGrid grid, bool[]? mask)
    {
        var inside = new double[grid.Count];
        for (var i = 0; i < inside.Length; i++) inside[i] = mask is null || mask[i] ? 1 : 0;
        return inside;
    }

    private static double[] Bin(ReadOnlySpan<double> x, ReadOnlySpan<double> y, DensityGrid grid, ReadOnlySpan<double> weights)
    {
        var counts = new double[grid.Count];
        var inv = 1 / grid.CellSize;
        for (var i = 0; i < x.Length; i++)
        {
            var fc = Math.Floor((x[i] - grid.MinX) * inv);
            var fr = Math.Floor((y[i] - grid.MinY) * inv);
            if (!(fc >= 0 && fc < grid.Columns && fr >= 0 && fr < grid.Rows)) continue; // also drops NaN
            counts[(int)fr * grid.Columns + (int)fc] += weights.IsEmpty ? 1 : weights[i];
        }
        return counts;
    }

    private static double[] Smooth(double[] values, DensityGrid grid, Kernel kernel, double h)
    {
        switch (kernel)
        {
            case Kernel.Quartic:
            {
                var (w, r) = KernelStencil.Quartic(h, grid.CellSize);
                return GridConvolution.Correlate(values, grid.Columns, grid.Rows, w, r, r);
            }
            case Kernel.Gaussian:
            {
                var (g, r) = KernelStencil.GaussianFactor(h, grid.CellSize);
                var rowsPass = GridConvolution.Correlate(values, grid.Columns, grid.Rows, g, r, 0);
                return GridConvolution.Correlate(rowsPass, grid.Columns, grid.Rows, g, 0, r);
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(kernel), kernel, "Unknown kernel.");
        }
    }

    // Total discrete kernel mass of the stencil (sum of weights), the denominator of the inside share.
    private static double StencilMass(Kernel kernel, double h, double cellSize)
    {
        if (kernel == Kernel.Quartic)
        {
            var (w, _) = KernelStencil.Quartic(h, cellSize);
            return w.Sum();
        }
        var (g, _) = KernelStencil.GaussianFactor(h, cellSize);
        var s = g.Sum();
        return s * s;
    }
}
