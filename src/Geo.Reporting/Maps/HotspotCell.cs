using NetTopologySuite.Geometries;

namespace Geo.Reporting.Maps;

/// <summary>One grid cell of a hotspot map.</summary>
/// <param name="Id">The cell id, written as the path's data-id.</param>
/// <param name="Geometry">The cell's polygon.</param>
/// <param name="Class">A class code of <see cref="CellClasses"/> (Gi* confidence or emerging class).</param>
/// <param name="Title">Extra hover text (e.g. "12 händelser"); the class label is always shown.</param>
public sealed record HotspotCell(string Id, Geometry Geometry, string Class, string? Title = null);
