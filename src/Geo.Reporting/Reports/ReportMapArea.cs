using System.Text.Json.Serialization;
using NetTopologySuite.Geometries;

namespace Geo.Reporting.Reports;

/// <summary>An area on the report's choropleth: its value (null when suppressed or undefined) and polygon (not in the JSON report).</summary>
public sealed record ReportMapArea(string Code, string? Name, double? Value, bool Suppressed, [property: JsonIgnore] Geometry Geometry);
