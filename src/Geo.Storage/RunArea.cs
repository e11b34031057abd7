using NetTopologySuite.Geometries;

namespace Geo.Storage;

/// <summary>An area of an area set as a run reads it.</summary>
/// <param name="Code">Area code.</param>
/// <param name="Name">Display name, if any.</param>
/// <param name="Population">Population, if known.</param>
/// <param name="Geometry">The area in the study area's working CRS.</param>
public sealed record RunArea(string Code, string? Name, int? Population, MultiPolygon Geometry);
