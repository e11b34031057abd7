using Geo.Analysis.Grids;
using NetTopologySuite.Geometries;

namespace Geo.Cli.Commands.Stats;

/// <summary>Point events counted on a <see cref="HotspotGrid"/> clipped to the boundary; announces the boundary, cell size and cells.</summary>
/// <param name="Cell">Each point's cell (−1: outside every cell).</param>
/// <param name="Counts">Number of points per cell.</param>
/// <param name="Values">The analysed value per cell: the count, or the sum of the --field weights.</param>
internal sealed record GridLayer(PointSet Points, HotspotGrid Grid, int[] Cell, double[] Counts, double[] Values)
{
    public static GridLayer Build(PointSet points, FileInfo? boundaryFile, GridOptions options)
    {
        var (boundary, described) = Boundary.Load(boundaryFile?.FullName, points);
        Console.Error.WriteLine($"{points.Describe()}; boundary: {described}");
        var coords = new Coordinate[points.Count];
        for (var i = 0; i < coords.Length; i++) coords[i] = new Coordinate(points.X[i], points.Y[i]);
        HotspotGrid grid;
        try { grid = HotspotGrid.Build(boundary, options, coords); }
        catch (ArgumentOutOfRangeException e) { throw new ArgumentException($"--cell-size: {e.Message}"); }
        var cell = new int[points.Count];
        var counts = new double[grid.Count];
        var values = new double[grid.Count];
        var outside = 0;
        for (var i = 0; i < cell.Length; i++)
        {
            var c = cell[i] = grid.Locate(points.X[i], points.Y[i]);
            if (c < 0) { outside++; continue; }
            counts[c]++;
            values[c] += points.Weight?[i] ?? 1;
        }
        var shape = grid.Shape == GridShape.Hexagonal ? "hexagonal" : "square";
        Console.Error.WriteLine($"grid: {grid.CellSizeRule}; {grid.Count} {shape} cells; {points.Count - outside} points inside, {outside} outside the boundary");
        if (grid.Count < 4) throw new ArgumentException($"the grid has {grid.Count} cells; use a smaller --cell-size.");
        return new GridLayer(points, grid, cell, counts, values);
    }

    /// <summary>The GeoJSON properties of cell <paramref name="i"/> besides the results: its count, and with --field its summed value.</summary>
    public (string, object?)[] CellProperties(int i) =>
        Points.Weight is null ? [("count", Counts[i])] : [("count", Counts[i]), ("value", Values[i])];

    /// <summary>The grid as a layer: cell polygons, cell centres and the analysed value; row id = cell index.</summary>
    public Layer AsLayer(string field)
    {
        var centres = Enumerable.Range(0, Grid.Count).Select(i => { var c = Grid.CellCentre(i); return (c.X, c.Y); }).ToList();
        var polygons = Grid.CellPolygons.ToList();
        return new Layer(Points.File, field, Values, null, polygons, centres, polygons, Points.DeclaredSrid);
    }
}
