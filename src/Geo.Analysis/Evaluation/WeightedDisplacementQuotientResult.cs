namespace Geo.Analysis.Evaluation;

/// <summary>The result of <see cref="WeightedDisplacementQuotient"/>.</summary>
/// <param name="Statistic">WDQ = BufferDisplacementMeasure / SuccessMeasure; NaN when undefined.</param>
/// <param name="SuccessMeasure">Ra/Ca − Rb/Cb; negative when the treated area fell relative to the control; NaN when a control count is 0.</param>
/// <param name="BufferDisplacementMeasure">Da/Ca − Db/Cb; positive when the buffer rose relative to the control; NaN when a control count is 0.</param>
/// <param name="Undefined">Why the quotient is undefined, else null.</param>
public sealed record WeightedDisplacementQuotientResult(double Statistic, double SuccessMeasure, double BufferDisplacementMeasure, string? Undefined);
