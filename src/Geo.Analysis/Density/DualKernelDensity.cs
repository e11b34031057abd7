namespace Geo.Analysis.Density;

/// <summary>
/// Dual kernel density: cell-wise ratio or difference of two density surfaces on the same grid, e.g. incidents per
/// resident (incident KDE / population KDE), as in Levine's CrimeStat "dual KDE" (Levine 2004, ch. 8).
/// </summary>
public static class DualKernelDensity
{
    /// <summary>
    /// a / b per cell. Cells where |b| ≤ <paramref name="eps"/> (default 1e-9 of the largest |b| on the grid, i.e. a
    /// relative threshold) or where either input is NaN give NaN rather than an unstable ratio.
    /// </summary>
    public static double[] Ratio(KdeResult a, KdeResult b, double? eps = null)
    {
        Check(a, b);
        double max = 0;
        foreach (var v in b.Density) if (double.IsFinite(v)) max = Math.Max(max, Math.Abs(v));
        var threshold = eps ?? 1e-9 * max;
        if (threshold < 0 || double.IsNaN(threshold)) throw new ArgumentOutOfRangeException(nameof(eps), "eps must be non-negative.");
        var result = new double[a.Density.Length];
        for (var i = 0; i < result.Length; i++)
        {
            var den = b.Density[i];
            result[i] = double.IsNaN(den) || Math.Abs(den) <= threshold ? double.NaN : a.Density[i] / den;
        }
        return result;
    }

    /// <summary>a − b per cell (NaN where either is NaN).</summary>
    public static double[] Difference(KdeResult a, KdeResult b)
    {
        Check(a, b);
        var result = new double[a.Density.Length];
        for (var i = 0; i < result.Length; i++) result[i] = a.Density[i] - b.Density[i];
        return result;
    }

    private static void Check(KdeResult a, KdeResult b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Grid != b.Grid || a.Density.Length != b.Density.Length)
            throw new ArgumentException("Both surfaces must be on the same grid.", nameof(b));
    }
}
