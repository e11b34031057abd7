using System.Text.Json.Serialization;
using NetTopologySuite.Geometries;

namespace Geo.Reporting.Reports;

/// <summary>A significant grid cell on the hotspot map: its signed Gi* confidence (90/95/99, negative for cold), emerging class and hotspot.</summary>
public sealed record ReportMapCell(int CellId, int Confidence, string? EmergingClass, int? HotspotId, [property: JsonIgnore] Geometry Geometry);
