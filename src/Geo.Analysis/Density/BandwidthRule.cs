using System.Globalization;
using Geo.Analysis.Inference;

namespace Geo.Analysis.Density;

/// <summary>
/// Rule-of-thumb bandwidth using both axes (unlike sfhotspot, whose rule looks only at x):
/// h = 0.9·min(σ̄, IQR̄/1.34)·n^(−1/6), with σ̄ = √((σx² + σy²)/2) the 2-D standard distance divided by √2 and
/// IQR̄ = √((IQRx² + IQRy²)/2) the same pooling of the axes' inter-quartile ranges.
/// The 0.9·min(σ, IQR/1.34) robust spread is Silverman (1986) "Density Estimation" eq. 3.31; the exponent −1/(d+4) = −1/6
/// is the optimal rate for d = 2 (Silverman 1986 eq. 4.14; Scott 1992 "Multivariate Density Estimation" §6.3.1).
/// The rule is symmetric in x and y and rotation-invariant in its σ̄ part. When IQR̄ is 0 (heavily tied data) σ̄ alone is used.
/// Points at one place (no spread beyond the rounding of their coordinates) or so close that h would be shorter than
/// <see cref="Bandwidth.MinimumAutomatic"/> get no bandwidth: a <see cref="StatisticInputException"/> asks for one.
/// </summary>
public static class BandwidthRule
{
    /// <summary>Chooses h from the point coordinates (metres). Needs at least two points with some spread.</summary>
    public static Bandwidth Choose(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        if (x.Length != y.Length) throw new ArgumentException("x and y must have the same length.", nameof(y));
        var n = x.Length;
        if (n < 2) throw new ArgumentException("At least two points are needed to choose a bandwidth.", nameof(x));
        var sx = StdDev(x);
        var sy = StdDev(y);
        var sigma = Math.Sqrt((sx * sx + sy * sy) / 2);
        var qx = Iqr(x);
        var qy = Iqr(y);
        var iqr = Math.Sqrt((qx * qx + qy * qy) / 2);
        var spread = iqr > 0 ? Math.Min(sigma, iqr / 1.34) : sigma;
        if (!double.IsFinite(spread)) throw new ArgumentException("the coordinates are not finite numbers.", nameof(x));
        // The mean of equal coordinates is not always exactly that coordinate: a spread within the rounding is none.
        var scale = 0.0;
        for (var i = 0; i < n; i++) scale = Math.Max(scale, Math.Max(Math.Abs(x[i]), Math.Abs(y[i])));
        if (!(spread > 1e-9 * Math.Max(1, scale)))
            throw new StatisticInputException(string.Format(CultureInfo.InvariantCulture,
                "all {0} points are at the same place (no spread): a rule-of-thumb bandwidth would be 0 m; give the bandwidth in metres.", n));
        var h = 0.9 * spread * Math.Pow(n, -1.0 / 6);
        if (h < Bandwidth.MinimumAutomatic)
            throw new StatisticInputException(string.Format(CultureInfo.InvariantCulture,
                "the {0} points are nearly at one place (σ̄ = {1:G3} m, IQR̄/1.34 = {2:G3} m): Silverman's rule gives h = {3:G3} m, " +
                "shorter than the {4} m an automatic bandwidth may be; give the bandwidth in metres.", n, sigma, iqr / 1.34, h, Bandwidth.MinimumAutomatic));
        var rule = string.Format(CultureInfo.InvariantCulture,
            "Silverman rule of thumb on both axes: h = 0.9·min(σ̄ = {0:F1} m, IQR̄/1.34 = {1:F1} m)·n^(−1/6), n = {2} → {3:F1} m",
            sigma, iqr / 1.34, n, h);
        return new Bandwidth(h, rule);
    }

    private static double StdDev(ReadOnlySpan<double> v)
    {
        double mean = 0;
        foreach (var a in v) mean += a;
        mean /= v.Length;
        double ss = 0;
        foreach (var a in v) ss += (a - mean) * (a - mean);
        return Math.Sqrt(ss / (v.Length - 1));
    }

    // Quantiles by linear interpolation (Hyndman & Fan 1996 type 7, R's default).
    private static double Iqr(ReadOnlySpan<double> v)
    {
        var s = v.ToArray();
        Array.Sort(s);
        return Quantile(s, 0.75) - Quantile(s, 0.25);
    }

    private static double Quantile(double[] sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
