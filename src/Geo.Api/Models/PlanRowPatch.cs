namespace Geo.Api.Models;

/// <summary>
/// An edit of a plan row (PATCH): each given field replaces the row's; an empty text clears responsible or notes; a field
/// left out is unchanged. Status is one of proposed, adopted, in_progress, done, rejected; followUpStatus one of green,
/// yellow, red; deadline a yyyy-MM-dd date.
/// </summary>
public sealed record PlanRowPatch(string? Status = null, string? Responsible = null, string? Deadline = null, string? Notes = null, string? FollowUpStatus = null);
