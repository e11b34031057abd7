using NetTopologySuite.Geometries;

namespace Geo.Reporting.Maps;

/// <summary>A hotspot's outline with its label.</summary>
/// <param name="Id">The hotspot id, written as the path's data-id.</param>
/// <param name="Geometry">The hotspot's polygon or multipolygon.</param>
/// <param name="Label">The text drawn at the outline (e.g. "H2" or "3").</param>
/// <param name="Title">Hover text; null shows the label.</param>
public sealed record HotspotOutline(string Id, Geometry Geometry, string Label, string? Title = null);
