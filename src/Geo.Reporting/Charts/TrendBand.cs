using Geo.Analysis.SpaceTime;

namespace Geo.Reporting.Charts;

/// <summary>
/// The fitted mean of a log-linear Poisson trend at each step, μₜ = exp(a + b·t), with its pointwise Wald interval on the
/// link scale, exp(ηₜ ± z·se(ηₜ)), se(ηₜ)² = (S₁₁ − 2t·S₀₁ + t²·S₀₀) / (S₀₀·S₁₁ − S₀₁²) from the Fisher information at
/// the fit (Sₖₗ = Σ μₜ·tᵏ⁺ˡ); as R's <c>predict(glm(y ~ t, family = poisson), se.fit = TRUE)</c> transformed back.
/// The level is the fit's (z from its slope interval).
/// </summary>
internal sealed record TrendBand(double[] Fitted, double[] Lower, double[] Upper)
{
    public static TrendBand Of(PoissonTrendResult fit, int steps)
    {
        double s00 = 0, s01 = 0, s11 = 0;
        for (var t = 0; t < steps; t++)
        {
            var mu = Math.Exp(fit.Intercept + fit.Statistic * t);
            s00 += mu; s01 += mu * t; s11 += mu * t * t;
        }
        var det = s00 * s11 - s01 * s01;
        var z = fit.StandardError > 0 ? (fit.Upper - fit.Statistic) / fit.StandardError : 1.959963984540054;
        var fitted = new double[steps];
        var lower = new double[steps];
        var upper = new double[steps];
        for (var t = 0; t < steps; t++)
        {
            var eta = fit.Intercept + fit.Statistic * t;
            var se = Math.Sqrt(Math.Max(0, (s11 - 2 * t * s01 + (double)t * t * s00) / det));
            fitted[t] = Math.Exp(eta);
            lower[t] = Math.Exp(eta - z * se);
            upper[t] = Math.Exp(eta + z * se);
        }
        return new TrendBand(fitted, lower, upper);
    }
}
