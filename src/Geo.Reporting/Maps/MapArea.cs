using NetTopologySuite.Geometries;

namespace Geo.Reporting.Maps;

/// <summary>One area of a choropleth.</summary>
/// <param name="Id">The area code, written as the path's data-id.</param>
/// <param name="Name">The area's name, shown on hover with the value.</param>
/// <param name="Geometry">A Polygon or MultiPolygon (other geometries draw nothing).</param>
/// <param name="Value">The value to classify; null (or NaN) means no value or suppressed (hatched grey with its own legend entry).</param>
public sealed record MapArea(string Id, string Name, Geometry Geometry, double? Value);
