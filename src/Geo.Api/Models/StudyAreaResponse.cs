using Geo.Storage;

namespace Geo.Api.Models;

/// <summary>A study area: code, name, working CRS (EPSG), time zone, bbox [minLon, minLat, maxLon, maxLat] in WGS 84, and its area sets.</summary>
public sealed record StudyAreaResponse(string Code, string Name, int Srid, string TimeZone, double[] Bbox, IReadOnlyList<AreaSetSummary> AreaSets);
