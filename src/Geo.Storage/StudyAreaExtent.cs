namespace Geo.Storage;

/// <summary>A study area as the API lists it: code, name, working CRS, time zone and its bounding box in WGS 84.</summary>
/// <param name="Code">Study area code.</param>
/// <param name="Name">Display name.</param>
/// <param name="Srid">Working CRS (EPSG code).</param>
/// <param name="TimeZone">IANA time zone of its local dates.</param>
/// <param name="Bbox">[minLon, minLat, maxLon, maxLat] of the boundary in WGS 84.</param>
public sealed record StudyAreaExtent(string Code, string Name, int Srid, string TimeZone, double[] Bbox);
