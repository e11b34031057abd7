namespace Geo.Api.Models;

/// <summary>
/// One row of an åtgärdsplan in Brå's template (see docs/plans.md): problem, cause, measure, goal with its indicator,
/// actors and the named responsible, deadline and review date, status (proposed, adopted, in_progress, done, rejected),
/// follow-up status, notes, and the row's version with who changed it last.
/// </summary>
public sealed record PlanRowResponse(
    long Id, int Position, string TargetKind, string TargetId, string Group, int ProblemRank, string Problem, string Cause, string CauseCode,
    string MeasureId, string Measure, string MatchReason, double MatchScore, string Kind, string Work, string Horizon, string Goal,
    PlanIndicatorResponse Indicator, IReadOnlyList<string> Actors, string? Responsible, DateOnly? Deadline, DateOnly ReviewDate, string Status,
    string? FollowUpStatus, string? Notes, int Version, DateTimeOffset UpdatedAt, string UpdatedBy);
