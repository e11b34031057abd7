namespace Geo.Analysis.Evaluation;

/// <summary>The result of <see cref="WeightedDisplacementDifference"/>.</summary>
/// <param name="Statistic">WDD = ΔT − ΔC + ΔD − ΔDC (ΔT − ΔC without displacement areas); negative: a relative fall.</param>
/// <param name="Variance">The sum of the eight (or four) counts.</param>
/// <param name="StandardError">√Variance.</param>
/// <param name="Z">Statistic / StandardError; NaN when undefined.</param>
/// <param name="P">Two-sided normal p-value of Z; NaN when undefined.</param>
/// <param name="Lower">Lower bound of the interval Statistic − z₁₋α/₂·SE.</param>
/// <param name="Upper">Upper bound of the interval Statistic + z₁₋α/₂·SE.</param>
/// <param name="ConfidenceLevel">The level of the interval (0.95).</param>
/// <param name="Local">The local estimate ΔT − ΔC.</param>
/// <param name="LocalVariance">The sum of the treated and control counts.</param>
/// <param name="LocalZ">Local / √LocalVariance; NaN when that variance is 0.</param>
/// <param name="Displacement">The displacement estimate ΔD − ΔDC; null without displacement areas.</param>
/// <param name="DisplacementVariance">The sum of the four displacement-area counts; null without displacement areas.</param>
/// <param name="DisplacementZ">Displacement / √DisplacementVariance; NaN without displacement areas or when that variance is 0.</param>
/// <param name="Undefined">Why the test is undefined (every count 0), else null.</param>
public sealed record WeightedDisplacementDifferenceResult(
    double Statistic,
    double Variance,
    double StandardError,
    double Z,
    double P,
    double Lower,
    double Upper,
    double ConfidenceLevel,
    double Local,
    double LocalVariance,
    double LocalZ,
    double? Displacement,
    double? DisplacementVariance,
    double DisplacementZ,
    string? Undefined)
{
    /// <summary>Whether displacement areas were part of the test.</summary>
    public bool HasDisplacementAreas => Displacement is not null;

    /// <summary>Whether the test is defined and |Z| reaches the two-sided critical value of the confidence level.</summary>
    public bool IsSignificant => Undefined is null && P <= 1 - ConfidenceLevel;
}
