using MathNet.Numerics.Distributions;

namespace Geo.Analysis.Change;

/// <summary>
/// Exact conditional comparison of two Poisson rates with exposures, as R's <c>poisson.test(c(x1, x2), T = c(T1, T2))</c>:
/// given the total n = x₁ + x₂, x₁ is Binomial(n, π) with π = rT₁/(rT₁ + T₂) under H₀: ratio = r. The interval is the
/// Clopper–Pearson interval of π mapped to the ratio by π/(1 − π)·T₂/T₁; the two-sided p-value is R's
/// <c>binom.test</c> rule (the probabilities of all outcomes no more likely than the one observed, with R's relative
/// tolerance 1 + 10⁻⁷).
/// </summary>
public static class RateRatio
{
    private const double RelativeError = 1 + 1e-7;

    /// <summary>Compares the rate x₁/T₁ (e.g. the current period) with x₂/T₂ (e.g. the comparison period).</summary>
    /// <exception cref="ArgumentException">A count is not a non-negative integer, an exposure not positive and finite, or the level not in (0, 1).</exception>
    public static RateRatioResult Test(double x1, double t1, double x2, double t2, double confidenceLevel = 0.95, double expected = 1)
    {
        if (!IsCount(x1) || !IsCount(x2)) throw new ArgumentException($"counts must be non-negative integers, not ({x1}, {x2}).");
        if (!(t1 > 0) || !(t2 > 0) || double.IsInfinity(t1) || double.IsInfinity(t2))
            throw new ArgumentException($"exposures must be positive and finite, not ({t1}, {t2}).");
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) throw new ArgumentOutOfRangeException(nameof(confidenceLevel), "the confidence level must lie in (0, 1).");
        if (!(expected > 0) || double.IsInfinity(expected)) throw new ArgumentOutOfRangeException(nameof(expected), "the ratio under H0 must be positive and finite.");
        var n = (int)(x1 + x2);
        var x = (int)x1;
        if (n == 0) return new RateRatioResult(double.NaN, 0, double.PositiveInfinity, 1, expected, confidenceLevel);
        var pi = expected * t1 / (expected * t1 + t2);
        var alpha = 1 - confidenceLevel;
        var lowerPi = x == 0 ? 0 : Beta.InvCDF(x, n - x + 1, alpha / 2);
        var upperPi = x == n ? 1 : Beta.InvCDF(x + 1, n - x, 1 - alpha / 2);
        var ratio = x2 == 0 ? double.PositiveInfinity : x1 / t1 / (x2 / t2);
        return new RateRatioResult(ratio, ToRatio(lowerPi, t1, t2), ToRatio(upperPi, t1, t2), TwoSidedP(x, n, pi), expected, confidenceLevel);
    }

    /// <summary>π/(1 − π)·T₂/T₁, +∞ at π = 1.</summary>
    private static double ToRatio(double pi, double t1, double t2) => pi >= 1 ? double.PositiveInfinity : pi / (1 - pi) * t2 / t1;

    /// <summary>R's two-sided <c>binom.test</c> p-value of x successes in n trials with probability p.</summary>
    internal static double TwoSidedP(int x, int n, double p)
    {
        var d = Binomial.PMF(p, n, x) * RelativeError;
        var m = n * p;
        if (x == m) return 1;
        double sum;
        if (x < m)
        {
            var y = 0;
            for (var i = (int)Math.Ceiling(m); i <= n; i++) if (Binomial.PMF(p, n, i) <= d) y++;
            sum = Binomial.CDF(p, n, x) + (n - y + 1 <= n ? 1 - Binomial.CDF(p, n, n - y) : 0);
        }
        else
        {
            var y = 0;
            for (var i = 0; i <= (int)Math.Floor(m); i++) if (Binomial.PMF(p, n, i) <= d) y++;
            sum = (y >= 1 ? Binomial.CDF(p, n, y - 1) : 0) + (1 - Binomial.CDF(p, n, x - 1));
        }
        return Math.Min(1, sum);
    }

    private static bool IsCount(double v) => v >= 0 && v == Math.Floor(v) && !double.IsInfinity(v);
}
