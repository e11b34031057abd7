using Geo.Analysis.Grids;

namespace Geo.Planning.Stats;

/// <summary>Point events counted on a <see cref="HotspotGrid"/> clipped to a boundary.</summary>
/// <param name="Points">The events.</param>
/// <param name="Grid">The clipped grid.</param>
/// <param name="Cell">Each event's cell (−1: outside every cell).</param>
/// <param name="Counts">Number of events per cell.</param>
/// <param name="Values">The analysed value per cell: the count, or the sum of the events' weights.</param>
/// <param name="Notices">What was read and chosen: the points, the boundary, the cell size and its rule.</param>
public sealed record PointGrid(PointLayer Points, HotspotGrid Grid, int[] Cell, double[] Counts, double[] Values, IReadOnlyList<string> Notices)
{
    /// <summary>Counts the events on the grid of <paramref name="request"/>; announces the boundary, cell size and cells.</summary>
    public static PointGrid Build(PointLayer points, GridRequest request, StatsFiles files)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(request);
        var (boundary, described) = files.ReadBoundary(request.BoundaryFile, points);
        var notices = new List<string>(points.Notices) { $"{points.Describe()}; boundary: {described}" };
        var coords = new NetTopologySuite.Geometries.Coordinate[points.Count];
        for (var i = 0; i < coords.Length; i++) coords[i] = new(points.X[i], points.Y[i]);
        HotspotGrid grid;
        try { grid = HotspotGrid.Build(boundary, request.Options, coords); }
        catch (ArgumentOutOfRangeException e) { throw new ArgumentException($"--cell-size: {e.Message}"); }
        var cell = CellCounts.Locate(grid, points.X, points.Y);
        var counts = new double[grid.Count];
        var values = points.Weight is null ? counts : new double[grid.Count];
        var outside = 0;
        for (var i = 0; i < cell.Length; i++)
        {
            if (cell[i] < 0) { outside++; continue; }
            counts[cell[i]]++;
            if (points.Weight is { } w) values[cell[i]] += w[i];
        }
        var shape = grid.Shape == GridShape.Hexagonal ? "hexagonal" : "square";
        notices.Add($"grid: {grid.CellSizeRule}; {grid.Count} {shape} cells; {points.Count - outside} points inside, {outside} outside the boundary");
        if (grid.Count < 4) throw new ArgumentException($"the grid has {grid.Count} cells; use a smaller --cell-size.");
        return new PointGrid(points, grid, cell, counts, values, notices);
    }

    /// <summary>
    /// The CRS of the cells: the points' declared CRS, else the boundary file's (a CSV of x,y beside a GeoJSON boundary
    /// with a crs member); null when neither declares one.
    /// </summary>
    public int? Srid => Points.DeclaredSrid ?? (Grid.Boundary.SRID > 0 ? Grid.Boundary.SRID : null);

    /// <summary>
    /// The output columns of cell <paramref name="i"/> besides the results: the x and y of its centre (the grid's cell
    /// centre in the working CRS), its count, and with weights its summed value.
    /// </summary>
    public (string, object?)[] CellProperties(int i)
    {
        var c = Grid.CellCentre(i);
        return Points.Weight is null
            ? [("x", c.X), ("y", c.Y), ("count", Counts[i])]
            : [("x", c.X), ("y", c.Y), ("count", Counts[i]), ("value", Values[i])];
    }

    /// <summary>The grid as a value layer: cell polygons, cell centres and the analysed value; row id = cell index.</summary>
    public ValueLayer AsLayer(string field)
    {
        var centres = Enumerable.Range(0, Grid.Count).Select(i => { var c = Grid.CellCentre(i); return (c.X, c.Y); }).ToList();
        var polygons = Grid.CellPolygons; // cut cells' polygons are computed only if an output asks for them
        return new ValueLayer(Points.File, field, Values, null, polygons, centres, polygons, Srid);
    }
}
