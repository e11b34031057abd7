namespace Geo.Storage;

/// <summary>One area of an area set: its code, name and population (null when unknown).</summary>
public sealed record AreaListItem(string Code, string? Name, int? Population);
