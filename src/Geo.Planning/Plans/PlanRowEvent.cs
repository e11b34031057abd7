namespace Geo.Planning.Plans;

/// <summary>One changed field of one edit of a plan row: the row's version after the edit, the old and new value (dates as yyyy-MM-dd, null when empty), who and when.</summary>
public sealed record PlanRowEvent(long RowId, int Version, string Field, string? OldValue, string? NewValue, string ChangedBy, DateTimeOffset ChangedAt);
