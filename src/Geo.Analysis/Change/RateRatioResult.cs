namespace Geo.Analysis.Change;

/// <summary>
/// The ratio of two Poisson rates with its exact conditional confidence interval and two-sided p-value (see
/// <see cref="RateRatio"/>).
/// </summary>
/// <param name="Statistic">The rate ratio (x₁/T₁)/(x₂/T₂); +∞ when x₂ = 0 &lt; x₁, NaN when both counts are 0.</param>
/// <param name="Lower">Lower bound of the confidence interval (0 when x₁ = 0).</param>
/// <param name="Upper">Upper bound of the confidence interval (+∞ when x₂ = 0).</param>
/// <param name="P">Two-sided p-value of H₀: ratio = <see cref="Expected"/>; 1 when both counts are 0.</param>
/// <param name="Expected">The ratio under the null hypothesis (1 unless given).</param>
/// <param name="ConfidenceLevel">The level of the interval, e.g. 0.95.</param>
public sealed record RateRatioResult(double Statistic, double Lower, double Upper, double P, double Expected, double ConfidenceLevel);
