using Geo.Analysis.Grids;

namespace Geo.Planning.Stats;

/// <summary>The grid of the point-event statistics: cell size (null: automatic, announced), shape, and the boundary file it is clipped to (null: the points' convex hull).</summary>
public sealed record GridRequest(double? CellSize = null, GridShape Shape = GridShape.Square, string? BoundaryFile = null)
{
    public GridOptions Options => new(CellSize, Shape);
}
