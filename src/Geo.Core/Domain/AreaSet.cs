namespace Geo.Core.Domain;

/// <summary>A named set of areas within a study area, e.g. "deso-2018".</summary>
/// <param name="Name">Set name, unique within the study area.</param>
/// <param name="Kind">deso, regso, district or custom.</param>
/// <param name="ValidFrom">First day the set is valid, if known.</param>
/// <param name="ValidTo">Last day the set is valid, if known.</param>
public sealed record AreaSet(string Name, string Kind, DateOnly? ValidFrom = null, DateOnly? ValidTo = null);
