namespace Geo.Storage;

/// <summary>A geometry (hotspot, area) to find resources near, with the caller's id for it.</summary>
/// <param name="Id">The caller's id, returned with each result.</param>
/// <param name="Geometry">In the study area's working CRS (SRID 0 is taken as that).</param>
public sealed record ProximityTarget(int Id, NetTopologySuite.Geometries.Geometry Geometry);
