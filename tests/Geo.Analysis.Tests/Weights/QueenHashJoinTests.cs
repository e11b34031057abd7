using Geo.Analysis.Weights;
using NetTopologySuite.Geometries;

namespace Geo.Analysis.Tests.Weights;

/// <summary>The queen hash join against spdep's cell2nb on a square lattice and against a brute-force shared-vertex rule.</summary>
public class QueenHashJoinTests
{
    private static readonly GeometryFactory Factory = new();

    private static Polygon Square(double x0, double y0, double size) =>
        Factory.CreatePolygon([new(x0, y0), new(x0 + size, y0), new(x0 + size, y0 + size), new(x0, y0 + size), new(x0, y0)]);

    [Fact]
    public void Square_lattice_polygons_give_the_grid_queen_of_cell2nb()
    {
        const int columns = 37, rows = 23;
        var polygons = new List<Geometry>();
        for (var r = 0; r < rows; r++)
            for (var c = 0; c < columns; c++)
                polygons.Add(Square(c * 100, r * 100, 100));
        var fromPolygons = ContiguityWeights.FromPolygons(polygons, ContiguityRule.Queen);
        var grid = GridWeights.Queen(columns, rows); // spdep cell2nb(type = "queen"), row-major cells
        Assert.Equal(grid.Offsets, fromPolygons.Offsets);
        Assert.Equal(grid.Neighbours, fromPolygons.Neighbours);
        Assert.Equal(2 * (4 * columns * rows - 3 * (columns + rows) + 2), fromPolygons.NonZero);
    }

    [Fact]
    public void Mixed_layer_equals_the_brute_force_shared_vertex_rule()
    {
        var random = new Random(5);
        var polygons = new List<Geometry>();
        for (var i = 0; i < 300; i++)
        {
            double x = random.Next(0, 40) * 10, y = random.Next(0, 40) * 10;
            var size = random.Next(1, 4) * 10;
            polygons.Add(i % 17 == 0 ? Factory.CreateMultiPolygon([Square(x, y, size), Square(x + 200, y, 10)])
                : i % 23 == 0 ? Factory.CreatePolygon()
                : i % 11 == 0 ? Factory.CreatePolygon(Square(x, y, 40).Shell, [Factory.CreateLinearRing([new(x + 10, y + 10), new(x + 10, y + 20), new(x + 20, y + 20), new(x + 20, y + 10), new(x + 10, y + 10)])])
                : Square(x, y, size));
        }
        var w = ContiguityWeights.FromPolygons(polygons, ContiguityRule.Queen);
        var vertexSets = polygons.Select(p => p.Coordinates.Select(c => (c.X, c.Y)).ToHashSet()).ToArray();
        var links = 0;
        for (var i = 0; i < polygons.Count; i++)
        {
            var expected = Enumerable.Range(0, polygons.Count).Where(j => j != i && vertexSets[i].Overlaps(vertexSets[j])).ToArray();
            Assert.Equal(expected, w.NeighboursOf(i).ToArray());
            links += expected.Length;
        }
        Assert.True(links > 300, $"only {links} links: the layer does not exercise the join");
    }
}
