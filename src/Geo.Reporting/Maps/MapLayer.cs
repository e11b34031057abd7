namespace Geo.Reporting.Maps;

/// <summary>
/// A layer of a map: <see cref="AreaLayer"/> (choropleth), <see cref="BoundaryLayer"/>, <see cref="HotspotCellLayer"/>,
/// <see cref="HotspotLayer"/> (outlines with labels) or <see cref="ResourceLayer"/>. Geometries are in a projected CRS
/// in metres (SWEREF 99 TM), all layers of a map in the same one. <see cref="SvgMap"/> draws them in list order.
/// </summary>
public abstract record MapLayer;
