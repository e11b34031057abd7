namespace Geo.Planning.Places;

/// <summary>A row of a plan of the run that targets the place (Brå's template: problem, cause, measure, goal) with its status, responsible and deadline.</summary>
public sealed record PlacePlanRow(
    long PlanId,
    long RowId,
    string Problem,
    string Cause,
    string Measure,
    string Goal,
    string Status,
    string? Responsible,
    DateOnly? Deadline,
    string Group);
