using NetTopologySuite.Geometries;

namespace Geo.Storage.Model;

/// <summary>
/// A row of <c>plan_row</c>: one row of an åtgärdsplan in Brå's template (problem, cause, measure, goal with its
/// indicator and baseline, actors, responsible, deadline, review date, status, follow-up status, notes), with its
/// version (1 as drafted, +1 per edit). The indicator's window is a JSON text (see the migration for its shape).
/// </summary>
public sealed class PlanRowEntity
{
    public required string StudyAreaCode { get; set; }
    public long PlanId { get; set; }
    /// <summary>The row's number within its plan.</summary>
    public long RowId { get; set; }
    public int Position { get; set; }
    public required string TargetKind { get; set; }
    public required string TargetId { get; set; }
    public required string CategoryGroup { get; set; }
    public int ProblemRank { get; set; }
    public required string Problem { get; set; }
    public required string Cause { get; set; }
    public required string CauseCode { get; set; }
    public required string MeasureId { get; set; }
    public required string Measure { get; set; }
    public required string MatchReason { get; set; }
    public double MatchScore { get; set; }
    public required string Kind { get; set; }
    public required string Work { get; set; }
    public required string Horizon { get; set; }
    public required string Goal { get; set; }
    public required string IndicatorCode { get; set; }
    public required string IndicatorDescription { get; set; }
    public MultiPolygon? IndicatorGeom { get; set; }
    public string? IndicatorWindow { get; set; }
    public double Baseline { get; set; }
    public DateOnly BaselineFrom { get; set; }
    public DateOnly BaselineTo { get; set; }
    public double GoalChange { get; set; }
    public string[] Actors { get; set; } = [];
    public string? Responsible { get; set; }
    public DateOnly? Deadline { get; set; }
    public DateOnly ReviewDate { get; set; }
    public string Status { get; set; } = "proposed";
    public string? FollowUpStatus { get; set; }
    public string? Notes { get; set; }
    public int Version { get; set; } = 1;
    public DateTimeOffset UpdatedAt { get; set; }
    public required string UpdatedBy { get; set; }
}
