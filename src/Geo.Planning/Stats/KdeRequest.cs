using Geo.Analysis.Density;

namespace Geo.Planning.Stats;

/// <summary>Kernel density of point events (<c>geo stats kde</c>).</summary>
/// <param name="Input">Point events: GeoJSON points or CSV with x,y columns.</param>
/// <param name="Field">Numeric weight of each event; null: 1.</param>
/// <param name="Kernel">Quartic (the bandwidth is its radius) or Gaussian (the bandwidth is σ).</param>
/// <param name="Bandwidth">Metres; null: Silverman's rule on both axes, announced.</param>
/// <param name="CellSize">Metres; null: about five events per cell, at most a quarter of the bandwidth, announced.</param>
/// <param name="BoundaryFile">Polygons the grid covers and is masked and edge-corrected to; null: the points' box plus one bandwidth.</param>
/// <param name="EdgeCorrection">Correct for the kernel mass beyond the boundary (with a boundary only).</param>
/// <param name="EdgeMethod">
/// Diggle (the default: each event's kernel divided by its share inside, mass-preserving) or uniform (each cell divided by
/// the share of its kernel inside, spatstat's default; the sum over the cells is then not the number of events).
/// </param>
/// <param name="Events">The working CRS, the row filters and the time zone of the events.</param>
public sealed record KdeRequest(
    string Input, string? Field = null, Kernel Kernel = Kernel.Quartic, double? Bandwidth = null, double? CellSize = null,
    string? BoundaryFile = null, bool EdgeCorrection = true, EdgeCorrectionMethod EdgeMethod = EdgeCorrectionMethod.Diggle,
    EventInput? Events = null);
