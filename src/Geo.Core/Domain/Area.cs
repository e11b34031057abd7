using NetTopologySuite.Geometries;

namespace Geo.Core.Domain;

/// <summary>One polygon of an area set (DeSO, RegSO, district, custom) with its population.</summary>
/// <param name="Code">Area code, unique within the set (e.g. DeSO "2580C1010").</param>
/// <param name="Name">Display name, if any.</param>
/// <param name="Geometry">Polygon or multipolygon in the working CRS.</param>
/// <param name="Population">Total population, if known.</param>
/// <param name="PopulationByAge">Population by age band (e.g. "0-15" → 312), if known.</param>
/// <param name="Attributes">Other attributes as a JSON object text, or null.</param>
public sealed record Area(
    string Code,
    string? Name,
    Geometry Geometry,
    int? Population = null,
    IReadOnlyDictionary<string, int>? PopulationByAge = null,
    string? Attributes = null);
