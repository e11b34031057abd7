using Geo.Analysis.Grids;
using Geo.Analysis.Weights;
using NetTopologySuite.Geometries;

namespace Geo.Analysis.Tests.Grids;

public class HotspotGridTests
{
    private static readonly GeometryFactory Factory = new();

    private static Polygon Triangle() =>
        Factory.CreatePolygon([new(0, 0), new(1000, 0), new(0, 730), new(0, 0)]);

    private static Polygon Box(double x0, double y0, double x1, double y1) =>
        Factory.CreatePolygon([new(x0, y0), new(x1, y0), new(x1, y1), new(x0, y1), new(x0, y0)]);

    [Theory]
    [InlineData(GridShape.Square)]
    [InlineData(GridShape.Hexagonal)]
    public void Clipping_keeps_only_cells_inside_and_their_union_is_the_boundary(GridShape shape)
    {
        var boundary = Triangle();
        var grid = HotspotGrid.Build(boundary, new GridOptions(100, shape));
        Assert.True(grid.Count > 10);
        var full = 0;
        var crossing = 0;
        for (var i = 0; i < grid.Count; i++)
        {
            var clipped = grid.CellPolygons[i];
            Assert.True(clipped.Area > 0);
            Assert.True(boundary.Buffer(1e-6).Contains(clipped), $"cell {i} extends outside the boundary");
            var share = grid.AreaShares[i];
            if (share == 1) { full++; Assert.Equal(grid.CellArea, clipped.Area, 6); }
            else { crossing++; Assert.InRange(share, 1e-12, 1 - 1e-12); Assert.Equal(share * grid.CellArea, clipped.Area, 6); }
        }
        Assert.True(full > 0 && crossing > 0);
        var sum = grid.CellPolygons.Sum(p => p.Area);
        Assert.True(Math.Abs(sum - boundary.Area) / boundary.Area < 1e-6, $"{sum} vs {boundary.Area}");
        var union = Factory.BuildGeometry(grid.CellPolygons).Union();
        Assert.True(Math.Abs(union.Area - boundary.Area) / boundary.Area < 1e-6);
        Assert.True(union.SymmetricDifference(boundary).Area / boundary.Area < 1e-6);
        Assert.False(grid.CellSizeWasChosen);
        Assert.Contains("given", grid.CellSizeRule);
    }

    [Fact]
    public void Square_cells_wholly_outside_the_triangle_are_not_cells()
    {
        var grid = HotspotGrid.Build(Triangle(), new GridOptions(100));
        Assert.Equal(10, grid.Columns);
        Assert.Equal(8, grid.Rows);
        Assert.DoesNotContain((9, 7), grid.Cells);
        Assert.DoesNotContain((5, 5), grid.Cells);
        Assert.Contains((0, 0), grid.Cells);
        Assert.Equal(1, grid.AreaShares[grid.Locate(50, 50)]);
        Assert.Equal(-1, grid.Locate(900, 700));
        // A cell that the hypotenuse crosses: (5, 3) spans x 500..600, y 300..400; line y = 730 − 0.73x.
        var crossing = grid.Locate(510, 310);
        Assert.Equal((5, 3), grid.Cells[crossing]);
        Assert.InRange(grid.AreaShares[crossing], 0.01, 0.99);
        Assert.Equal(-1, grid.Locate(590, 390)); // in that cell but outside the triangle
    }

    [Theory]
    [InlineData(GridShape.Square)]
    [InlineData(GridShape.Hexagonal)]
    public void Locate_round_trips_cell_centres(GridShape shape)
    {
        var grid = HotspotGrid.Build(Box(3, 7, 2003, 1507), new GridOptions(125, shape));
        var inside = 0;
        for (var i = 0; i < grid.Count; i++)
        {
            var c = grid.CellCentre(i);
            if (grid.AreaShares[i] < 1 && !grid.Boundary.Contains(Factory.CreatePoint(c))) continue;
            Assert.Equal(i, grid.Locate(c.X, c.Y));
            inside++;
        }
        Assert.True(inside > grid.Count / 2);
        Assert.Equal(-1, grid.Locate(-1e6, 0));
        Assert.Equal(-1, grid.Locate(double.NaN, 0));
    }

    [Fact]
    public void Hexagonal_grid_basics()
    {
        var grid = HotspotGrid.Build(Box(0, 0, 2000, 2000), new GridOptions(200, GridShape.Hexagonal));
        Assert.Equal(GridShape.Hexagonal, grid.Shape);
        Assert.Equal(Math.Sqrt(3) / 2 * 200 * 200, grid.CellArea, 6);
        var first = grid.CellPolygons[Enumerable.Range(0, grid.Count).First(k => grid.AreaShares[k] == 1)];
        Assert.Equal(grid.CellArea, first.Area, 6);
        Assert.Equal(7, first.NumPoints);
        var w = grid.Weights(ContiguityRule.Queen);
        Assert.Equal(grid.Count, w.Count);
        Assert.Equal(6, Enumerable.Range(0, grid.Count).Max(w.Cardinality));
        // Neighbouring hexagons' centres are one cell width apart; the located point just over a shared edge is the neighbour.
        var i = Enumerable.Range(0, grid.Count).First(k => w.Cardinality(k) == 6);
        var ci = grid.CellCentre(i);
        foreach (var j in w.NeighboursOf(i))
        {
            var cj = grid.CellCentre(j);
            Assert.Equal(200, ci.Distance(cj), 6);
            var p = new Coordinate(ci.X + 0.6 * (cj.X - ci.X), ci.Y + 0.6 * (cj.Y - ci.Y));
            Assert.Equal(j, grid.Locate(p.X, p.Y));
            Assert.True(grid.CellPolygons[j].Touches(grid.CellPolygons[i]) || grid.CellPolygons[j].Intersection(grid.CellPolygons[i]).Area < 1e-6);
        }
    }

    [Fact]
    public void Square_weights_follow_the_rule()
    {
        var grid = HotspotGrid.Build(Box(0, 0, 300, 300), new GridOptions(100));
        Assert.Equal(9, grid.Count);
        Assert.Equal(8, grid.Weights(ContiguityRule.Queen).Cardinality(4));
        Assert.Equal(4, grid.Weights(ContiguityRule.Rook).Cardinality(4));
    }

    [Fact]
    public void Automatic_size_for_a_small_town()
    {
        var points = RandomPoints(300, 2000, 2000, 1);
        var grid = HotspotGrid.Build(Box(0, 0, 2000, 2000), new GridOptions(), points);
        Assert.True(grid.CellSizeWasChosen);
        Assert.Equal(250, grid.CellSize); // sqrt(5 · 4e6 / 300) = 258 → 250
        Assert.Contains("250 m", grid.CellSizeRule);
        Assert.Contains("300 events", grid.CellSizeRule);
        Assert.Equal(64, grid.Count);
    }

    [Fact]
    public void Automatic_size_for_a_municipality_and_without_events()
    {
        var (size, rule) = AutomaticCellSize.Choose(40_000.0 * 50_000, 40_000, 50_000);
        Assert.Equal(500, size); // sqrt(5 · 2e9 / 5e4) = 447 → 500
        Assert.Contains("50000 events", rule);
        var (boxSize, boxRule) = AutomaticCellSize.Choose(40_000.0 * 50_000, 40_000, 0);
        Assert.Equal(1000, boxSize); // 40 km / 50 = 800 m → 1000
        Assert.Contains("sfhotspot", boxRule);
        Assert.Equal(50, AutomaticCellSize.Choose(1e6, 1000, 1_000_000).Size);
        Assert.Equal(1000, AutomaticCellSize.Choose(1e10, 1e5, 1).Size);
        Assert.Equal(125, AutomaticCellSize.Nice(130));
        Assert.Equal(200, AutomaticCellSize.Nice(180));
    }

    [Fact]
    public void Automatic_size_for_a_municipality_grid()
    {
        var points = RandomPoints(50_000, 40_000, 50_000, 4);
        var grid = HotspotGrid.Build(Box(0, 0, 40_000, 50_000), new GridOptions(), points);
        Assert.True(grid.CellSizeWasChosen);
        Assert.Equal(500, grid.CellSize);
        Assert.Equal(80 * 100, grid.Count);
        Assert.StartsWith("automatic cell size 500 m", grid.CellSizeRule);
    }

    [Fact]
    public void Automatic_size_counts_only_points_inside_the_boundary()
    {
        var points = RandomPoints(300, 2000, 2000, 2).Concat(RandomPoints(3000, 2000, 2000, 3).Select(p => new Coordinate(p.X + 10_000, p.Y))).ToList();
        var grid = HotspotGrid.Build(Box(0, 0, 2000, 2000), new GridOptions(), points);
        Assert.Equal(250, grid.CellSize);
    }

    internal static List<Coordinate> RandomPoints(int n, double width, double height, int seed)
    {
        var random = new System.Random(seed);
        return [.. Enumerable.Range(0, n).Select(_ => new Coordinate(random.NextDouble() * width, random.NextDouble() * height))];
    }
}
