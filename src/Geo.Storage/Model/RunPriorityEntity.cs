namespace Geo.Storage.Model;

/// <summary>
/// A row of <c>run_priority</c>: the priority of one problem (an area or a hotspot, for one category group) with its
/// rank within its kind, score, components (JSON text), stability and reasons in Swedish and English.
/// </summary>
public sealed class RunPriorityEntity : IRunResultRow
{
    public required string StudyAreaCode { get; set; }
    public long RunId { get; set; }
    /// <summary><c>area</c> or <c>hotspot</c>.</summary>
    public required string TargetKind { get; set; }
    /// <summary>The area code, or the hotspot id as text.</summary>
    public required string TargetId { get; set; }
    public required string CategoryGroup { get; set; }
    public int Rank { get; set; }
    public double Score { get; set; }
    public required string Components { get; set; }
    public double? Stability { get; set; }
    public required string[] ReasonsSv { get; set; }
    public required string[] ReasonsEn { get; set; }
}
