namespace Geo.Storage.Model;

/// <summary>
/// A row of <c>plan_row_event</c>: one changed field of one edit of a plan row (the row's version after the edit), with
/// the old and new value as text (dates as yyyy-MM-dd), who changed it and when.
/// </summary>
public sealed class PlanRowEventEntity
{
    public required string StudyAreaCode { get; set; }
    public long PlanId { get; set; }
    public long RowId { get; set; }
    public int Version { get; set; }
    public required string Field { get; set; }
    public string? OldValue { get; set; }
    public string? NewValue { get; set; }
    public required string ChangedBy { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
}
