using System.Text.Json.Serialization;
using NetTopologySuite.Geometries;

namespace Geo.Reporting.Reports;

/// <summary>A resource on the map: type, name and location (not in the JSON report).</summary>
public sealed record ReportMapResource(string Type, string? Name, [property: JsonIgnore] Geometry Geometry);
