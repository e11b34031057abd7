using Geo.Analysis.Grids;
using NetTopologySuite.Geometries;

namespace Geo.Analysis.Tests.Grids;

public class CountsTests
{
    private static readonly GeometryFactory Factory = new();

    private static Polygon Box(double x0, double y0, double x1, double y1) =>
        Factory.CreatePolygon([new(x0, y0), new(x1, y0), new(x1, y1), new(x0, y1), new(x0, y0)]);

    [Fact]
    public void Cell_counts_sum_to_the_points_inside()
    {
        var triangle = Factory.CreatePolygon([new(0, 0), new(1000, 0), new(0, 730), new(0, 0)]);
        var grid = HotspotGrid.Build(triangle, new GridOptions(100));
        var points = HotspotGridTests.RandomPoints(2000, 1000, 730, 5);
        var x = points.Select(p => p.X).ToArray();
        var y = points.Select(p => p.Y).ToArray();
        var inside = points.Count(p => triangle.Contains(Factory.CreatePoint(p)));
        var result = CellCounts.Count(grid, x, y);
        Assert.Equal(inside, result.InsideWeight);
        Assert.Equal(points.Count - inside, result.OutsidePoints);
        Assert.Equal(points.Count - inside, result.OutsideWeight);
        Assert.True(result.OutsidePoints > 500);
        for (var k = 0; k < points.Count; k++)
        {
            var cell = grid.Locate(x[k], y[k]);
            if (cell >= 0) Assert.True(grid.CellPolygons[cell].Buffer(1e-9).Contains(Factory.CreatePoint(points[k])));
        }
    }

    [Fact]
    public void Weighted_cell_counts()
    {
        var grid = HotspotGrid.Build(Box(0, 0, 200, 100), new GridOptions(100));
        double[] x = [10, 20, 150, 500];
        double[] y = [10, 90, 50, 50];
        double[] w = [2.5, 1, 10, 7];
        var result = CellCounts.Count(grid, x, y, w);
        Assert.Equal([3.5, 10], result.Counts);
        Assert.Equal(7, result.OutsideWeight);
        Assert.Equal(1, result.OutsidePoints);
        Assert.Throws<ArgumentException>(() => CellCounts.Count(grid, x, y, [1.0]));
    }

    [Fact]
    public void Area_counts_assign_points_on_shared_edges_once()
    {
        Geometry[] areas = [Box(0, 0, 1, 1), Box(1, 0, 2, 1), Box(0, 1, 1, 2), Box(1, 1, 2, 2)];
        double[] x = [0.5, 1.0, 1.0, 1.5, 1.0, 0.5, 3.0, 2.0];
        double[] y = [0.5, 0.5, 1.0, 1.0, 1.5, 1.5, 3.0, 2.0];
        var result = AreaCounts.Count(areas, x, y);
        // (0.5,0.5) → 0; (1,0.5) edge 0|1 → 0; (1,1) corner of all → 0; (1.5,1) edge 1|3 → 1; (1,1.5) edge 2|3 → 2;
        // (0.5,1.5) → 2; (3,3) outside; (2,2) outer corner of 3 → 3.
        Assert.Equal([3.0, 1, 2, 1], result.Counts);
        Assert.Equal(1, result.OutsidePoints);
        Assert.Equal(x.Length, result.InsideWeight + result.OutsideWeight);
        var weighted = AreaCounts.Count(areas, x, y, [1, 2, 3, 4, 5, 6, 7, 8]);
        Assert.Equal([6.0, 4, 11, 8], weighted.Counts);
        Assert.Equal(7, weighted.OutsideWeight);
    }
}
