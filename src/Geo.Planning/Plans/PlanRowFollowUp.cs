namespace Geo.Planning.Plans;

/// <summary>
/// One row's indicator now against its baseline: the two values, the engine's change test (the exact rate ratio with
/// exposures in days, as R's <c>poisson.test</c>; null for shares), its class (<c>significant_fall</c>,
/// <c>significant_rise</c>, <c>no_significant_change</c>, <c>undefined</c>), the suggested status (<c>green</c>: the goal is
/// met or a significant fall; <c>yellow</c>: no significant change; <c>red</c>: a significant rise) and why, in the plan's language.
/// </summary>
public sealed record PlanRowFollowUp(
    PlanRow Row,
    double Baseline,
    double Now,
    double? RateRatio,
    double? Lower,
    double? Upper,
    double? P,
    string ChangeClass,
    string SuggestedStatus,
    string Explanation);
