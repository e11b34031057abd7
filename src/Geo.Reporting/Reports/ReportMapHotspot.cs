using System.Text.Json.Serialization;
using NetTopologySuite.Geometries;

namespace Geo.Reporting.Reports;

/// <summary>A hotspot on the map: its id, emerging and change classes, incidents (null when suppressed), coverage gap and outline.</summary>
public sealed record ReportMapHotspot(int Id, string? EmergingClass, string? ChangeClass, int? Incidents, string CoverageGap, [property: JsonIgnore] Geometry Geometry);
