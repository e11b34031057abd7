namespace Geo.Analysis.Concentration;

/// <summary>
/// Measures of the "law of crime concentration at place" (Weisburd 2015): the share of incidents in the top 1%, 5% and
/// 10% of units, and the Gini coefficient, classic and generalised for sparse counts (Bernasco, W. &amp; Steenbeek, W.
/// 2017, "More places than crimes: implications for evaluating the law of crime concentration at place", Journal of
/// Quantitative Criminology 33, 451–467).
/// </summary>
public static class ConcentrationMeasures
{
    /// <summary>Computes the measures of the counts (or weighted counts) per unit.</summary>
    /// <remarks>
    /// Top p%: the k = ceil(p·N) units with the largest counts (at least one unit when N &gt; 0), counts sorted
    /// descending with ties in unit order; ties cannot change the share, since tied units hold equal counts.
    /// Classic Gini (counts x sorted ascending, i = 1..N): G = 2·Σ i·x₍ᵢ₎ / (N·Σx) − (N + 1)/N, which is
    /// Σᵢ Σⱼ |xᵢ − xⱼ| / (2N²·mean), 0 for equal counts, 1 − 1/N when one unit holds everything.
    /// Generalised Gini (Bernasco &amp; Steenbeek 2017, eq. 3): when there are fewer events n than units N, at least
    /// N − n units must be empty, so the most even possible distribution already has G = 1 − n/N; the generalised
    /// coefficient rescales to G′ = max(N/n, 1)·G + min(0, 1 − N/n), 0 for the most even distribution of n events
    /// (n units with one event each). n is the total count (meaningful for integer counts).
    /// </remarks>
    public static ConcentrationResult Compute(ReadOnlySpan<double> countsPerUnit)
    {
        var n = countsPerUnit.Length;
        var sorted = countsPerUnit.ToArray();
        double total = 0;
        foreach (var v in sorted)
        {
            if (!(v >= 0) || double.IsInfinity(v)) throw new ArgumentException($"counts must be finite and non-negative, not {v}.", nameof(countsPerUnit));
            total += v;
        }
        Array.Sort(sorted);
        int k1 = TopUnits(n, 0.01), k5 = TopUnits(n, 0.05), k10 = TopUnits(n, 0.10);
        if (n == 0 || total == 0)
            return new ConcentrationResult(n, total, k1, double.NaN, k5, double.NaN, k10, double.NaN, double.NaN, double.NaN);

        double weighted = 0;
        for (var i = 0; i < n; i++) weighted += (i + 1) * sorted[i];
        var gini = 2 * weighted / (n * total) - (n + 1.0) / n;
        var ratio = n / total;
        var generalized = Math.Max(ratio, 1) * gini + Math.Min(0, 1 - ratio);
        return new ConcentrationResult(n, total,
            k1, TopShare(sorted, k1, total),
            k5, TopShare(sorted, k5, total),
            k10, TopShare(sorted, k10, total),
            gini, generalized);
    }

    private static int TopUnits(int units, double fraction) =>
        units == 0 ? 0 : Math.Max(1, (int)Math.Ceiling(Math.Round(fraction * units, 9)));

    private static double TopShare(double[] ascending, int k, double total)
    {
        double sum = 0;
        for (var i = ascending.Length - k; i < ascending.Length; i++) sum += ascending[i];
        return Math.Min(1, sum / total);
    }
}
