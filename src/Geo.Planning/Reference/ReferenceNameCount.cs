namespace Geo.Planning.Reference;

/// <summary>A text of the event feed (a location or an event type) that was left out, and how many rows had it.</summary>
public sealed record ReferenceNameCount(string Name, long Rows);
