using MathNet.Numerics.Distributions;

namespace Geo.Analysis.SpaceTime;

/// <summary>
/// Log-linear Poisson regression of counts on their time step, log μₜ = a + b·t, fitted by Newton–Raphson (iteratively
/// reweighted least squares, as R's <c>glm(y ~ t, family = poisson)</c>), with the Wald interval and test of the slope
/// from the inverse Fisher information. The slope's exponential is the rate ratio per step.
/// </summary>
public static class PoissonTrend
{
    private const int MaxIterations = 100;
    private const double Tolerance = 1e-12;

    /// <summary>Fits the counts <paramref name="counts"/> observed at steps 0, 1, …, n − 1.</summary>
    /// <exception cref="ArgumentException">Fewer than 3 steps, a count that is negative or not finite, or every count 0 (no slope is defined).</exception>
    public static PoissonTrendResult Fit(ReadOnlySpan<double> counts, double confidenceLevel = 0.95)
    {
        var n = counts.Length;
        if (n < 3) throw new ArgumentException($"a trend needs at least 3 time steps, not {n}.");
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) throw new ArgumentOutOfRangeException(nameof(confidenceLevel), "the confidence level must lie in (0, 1).");
        double total = 0;
        foreach (var y in counts)
        {
            if (!(y >= 0) || double.IsInfinity(y)) throw new ArgumentException($"counts must be finite and non-negative, not {y}.");
            total += y;
        }
        if (total == 0) throw new ArgumentException("every count is 0: the trend is undefined.");

        // Start from the flat model (a = log mean, b = 0), as glm's starting values lead to the same optimum.
        var a = Math.Log(total / n);
        var b = 0.0;
        double s00 = 0, s01 = 0, s11 = 0;
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            double g0 = 0, g1 = 0;
            s00 = s01 = s11 = 0;
            for (var t = 0; t < n; t++)
            {
                var mu = Math.Exp(a + b * t);
                var r = counts[t] - mu;
                g0 += r; g1 += r * t;
                s00 += mu; s01 += mu * t; s11 += mu * t * t;
            }
            var det = s00 * s11 - s01 * s01;
            var da = (s11 * g0 - s01 * g1) / det;
            var db = (s00 * g1 - s01 * g0) / det;
            a += da; b += db;
            if (Math.Abs(da) < Tolerance * (1 + Math.Abs(a)) && Math.Abs(db) < Tolerance * (1 + Math.Abs(b))) break;
        }
        // Fisher information at the optimum.
        s00 = s01 = s11 = 0;
        for (var t = 0; t < n; t++)
        {
            var mu = Math.Exp(a + b * t);
            s00 += mu; s01 += mu * t; s11 += mu * t * t;
        }
        var se = Math.Sqrt(s00 / (s00 * s11 - s01 * s01));
        var zq = Normal.InvCDF(0, 1, 1 - (1 - confidenceLevel) / 2);
        var z = b / se;
        var p = 2 * Normal.CDF(0, 1, -Math.Abs(z));
        return new PoissonTrendResult(b, a, se, b - zq * se, b + zq * se, z, p, confidenceLevel);
    }
}
