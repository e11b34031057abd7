namespace Geo.Planning.Plans;

/// <summary>The follow-up of a plan against a later run: each row's indicator recomputed over that run's period.</summary>
public sealed record PlanFollowUp(Plan Plan, long RunId, DateOnly PeriodFrom, DateOnly PeriodTo, IReadOnlyList<PlanRowFollowUp> Rows);
