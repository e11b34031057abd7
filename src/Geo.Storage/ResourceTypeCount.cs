namespace Geo.Storage;

/// <summary>Resources of one type in a study area.</summary>
/// <param name="Type">Resource type code.</param>
/// <param name="Count">Number of resources.</param>
public sealed record ResourceTypeCount(string Type, long Count);
