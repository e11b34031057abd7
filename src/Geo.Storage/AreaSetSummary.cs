namespace Geo.Storage;

/// <summary>One area set of a study area.</summary>
/// <param name="Name">Set name.</param>
/// <param name="Kind">deso, regso, district or custom.</param>
/// <param name="Areas">Number of areas.</param>
/// <param name="Population">Summed population, or null when no area has one.</param>
public sealed record AreaSetSummary(string Name, string Kind, long Areas, long? Population);
