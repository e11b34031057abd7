namespace Geo.Analysis.Grids;

/// <summary>Options of <see cref="HotspotGrid.Build"/>.</summary>
/// <param name="CellSize">Cell size in map units (metres in SWEREF 99 TM); <c>null</c> chooses it with <see cref="AutomaticCellSize"/>.</param>
/// <param name="Shape">Cell shape.</param>
public sealed record GridOptions(double? CellSize = null, GridShape Shape = GridShape.Square);
