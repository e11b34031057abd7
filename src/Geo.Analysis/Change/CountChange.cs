using Geo.Analysis.Inference;

namespace Geo.Analysis.Change;

/// <summary>
/// Per-location test of a change in count between two periods of equal exposure: the exact conditional test of two
/// Poisson counts (Przyborowski &amp; Wilenski 1940, Biometrika 31(3/4); Krishnamoorthy &amp; Thomson 2004, J. Stat.
/// Plan. Inference 119). With a ~ Poisson(λ₁) before and b ~ Poisson(λ₂) after, under H₀ λ₁ = λ₂ the count after given
/// the total n = a + b is Binomial(n, ½). The two-sided p-value is min(1, 2·min(P(X ≤ b), P(X ≥ b))) (R
/// <c>poisson.test</c> uses the same conditional binomial; the doubled tail is the central convention). The z-score is
/// the conditional normal score (b − n/2)/√(n/4) = (b − a)/√(a + b).
/// </summary>
/// <remarks>
/// Counts must be non-negative integers (unweighted events). Locations with a + b = 0 carry no information: their
/// z, p and adjusted p are NaN and they do not count towards the number of tests. The correction of
/// <see cref="MultipleTesting"/> is applied exactly once.
/// </remarks>
public static class CountChange
{
    /// <summary>Tests each location's change from <paramref name="before"/> to <paramref name="after"/>.</summary>
    /// <exception cref="ArgumentException">Lengths differ or a count is not a non-negative integer.</exception>
    public static CountChangeResult Test(ReadOnlySpan<double> before, ReadOnlySpan<double> after,
        double alpha = 0.05, Correction correction = Correction.BenjaminiHochberg)
    {
        if (before.Length != after.Length) throw new ArgumentException($"before has {before.Length} values, after {after.Length}.");
        if (!(alpha > 0 && alpha < 1)) throw new ArgumentOutOfRangeException(nameof(alpha), "alpha must lie in (0, 1).");
        var n = before.Length;
        var z = new double[n];
        var p = new double[n];
        for (var i = 0; i < n; i++)
        {
            var a = before[i];
            var b = after[i];
            if (!IsCount(a) || !IsCount(b)) throw new ArgumentException($"location {i}: counts must be non-negative integers, not ({a}, {b}).");
            if (a + b == 0)
            {
                z[i] = p[i] = double.NaN;
                continue;
            }
            z[i] = (b - a) / Math.Sqrt(a + b);
            p[i] = TwoSidedP((long)b, (long)(a + b));
        }
        var adjusted = MultipleTesting.Adjust(p, correction);
        return new CountChangeResult(z, p, adjusted, alpha, correction);
    }

    /// <summary>Exact two-sided p of k successes in Binomial(n, ½): min(1, 2·min(P(X ≤ k), P(X ≥ k))).</summary>
    public static double TwoSidedP(long k, long n)
    {
        if (n < 0 || k < 0 || k > n) throw new ArgumentOutOfRangeException(nameof(k), $"need 0 <= k <= n, got k = {k}, n = {n}.");
        // By symmetry P(X ≥ k) = P(X ≤ n − k); the smaller tail is the lower tail at m = min(k, n − k).
        var m = Math.Min(k, n - k);
        return Math.Min(1.0, 2 * LowerTail(m, n));
    }

    /// <summary>P(X ≤ m) for X ~ Binomial(n, ½), summed in log space (log C(n, j) built by the ratio (n − j)/(j + 1)).</summary>
    private static double LowerTail(long m, long n)
    {
        var log2 = Math.Log(2);
        double logC = 0, logSum = double.NegativeInfinity;
        for (long j = 0; j <= m; j++)
        {
            var term = logC - n * log2;
            logSum = logSum > term ? logSum + double.LogP1(Math.Exp(term - logSum)) : term + double.LogP1(Math.Exp(logSum - term));
            logC += Math.Log(n - j) - Math.Log(j + 1);
        }
        return Math.Exp(logSum);
    }

    private static bool IsCount(double v) => v >= 0 && double.IsFinite(v) && Math.Floor(v) == v;
}
