using NetTopologySuite.Geometries;

namespace Geo.Reporting.Maps;

/// <summary>The study area's outline (class="boundary"), drawn as a dark line without fill.</summary>
/// <param name="Boundary">A Polygon or MultiPolygon.</param>
/// <param name="Label">The legend text; null: "Kommungräns" / "Municipal boundary".</param>
public sealed record BoundaryLayer(Geometry Boundary, string? Label = null) : MapLayer;
