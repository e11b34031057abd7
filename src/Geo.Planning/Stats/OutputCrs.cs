namespace Geo.Planning.Stats;

/// <summary>The CRS of the coordinates a statistic worked in, and whether GeoJSON output keeps it (<c>--keep-crs</c>).</summary>
/// <param name="Working">EPSG code of the working coordinates (the input's declared CRS, the boundary's, or --crs); null when unknown.</param>
/// <param name="Keep">GeoJSON in the working CRS with a legacy <c>crs</c> member naming it, instead of WGS 84 (RFC 7946).</param>
public sealed record OutputCrs(int? Working, bool Keep = false);
