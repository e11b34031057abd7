using Geo.Analysis.Weights;
using Geo.Testing;
using NetTopologySuite.Geometries;

namespace Geo.Analysis.Tests.Weights;

public class ContiguityWeightsTests
{
    private static SpatialWeights ColumbusGal()
    {
        using var reader = new StreamReader(ColumbusPolygons.GalPath);
        return GalReader.Read(reader, "columbus.gal").Weights;
    }

    // Finding (checked against the data): columbus.gal is NOT the vertex-queen contiguity of columbus.geojson, nor the
    // rook. From the polygons, queen has 236 links and rook 200 (libpysal Queen/Rook.from_shapefile on columbus.shp
    // report mean_neighbors 4.816 and 4.082, i.e. the same 236 and 200). The GAL (the historical SpaceStat/GeoDa file,
    // spdep's col.gal.nb) has 230: every rook link plus 30 of the 36 corner-only links; it omits the corner touches
    // 5-16, 25-30 and 31-39 (POLYIDs), whose polygons meet in a single point.
    private static readonly (int A, int B)[] CornerTouchesMissingFromGal = [(5, 16), (25, 30), (31, 39)];

    private static HashSet<(int, int)> Links(SpatialWeights w)
    {
        var set = new HashSet<(int, int)>();
        for (var i = 0; i < w.Count; i++)
            foreach (var j in w.NeighboursOf(i)) set.Add((i + 1, j + 1));
        return set;
    }

    [SharedDataFact]
    public void Columbus_queen_is_the_gal_plus_three_corner_touches()
    {
        var (polygons, polyIds) = ColumbusPolygons.Load();
        Assert.Equal(49, polygons.Count);
        Assert.Equal(Enumerable.Range(1, 49), polyIds); // feature i is POLYID i+1, the GAL's location i
        var queen = ContiguityWeights.FromPolygons(polygons, ContiguityRule.Queen);
        Assert.Equal(WeightsKind.Binary, queen.Kind);
        Assert.Equal(236, queen.NonZero);
        var expected = Links(ColumbusGal());
        foreach (var (a, b) in CornerTouchesMissingFromGal)
        {
            Assert.True(expected.Add((a, b)));
            Assert.True(expected.Add((b, a)));
            // a single shared point: queen, not rook
            Assert.Equal(Dimension.Point, polygons[a - 1].Relate(polygons[b - 1]).Get(Location.Boundary, Location.Boundary));
        }
        Assert.Equal(expected.Order(), Links(queen).Order());
        // polygon 1's neighbours are 2 and 3 in both
        Assert.Equal([1, 2], queen.NeighboursOf(0).ToArray());
    }

    [SharedDataFact]
    public void Columbus_rook_is_within_the_gal_and_the_gal_within_queen()
    {
        var (polygons, _) = ColumbusPolygons.Load();
        var queen = Links(ContiguityWeights.FromPolygons(polygons, ContiguityRule.Queen));
        var rookW = ContiguityWeights.FromPolygons(polygons, ContiguityRule.Rook);
        var rook = Links(rookW);
        var gal = Links(ColumbusGal());
        Assert.Equal(200, rook.Count);
        Assert.True(WeightsTransform.IsSymmetric(rookW));
        Assert.Superset(rook, gal);
        Assert.Superset(gal, queen);
        // every GAL link that is not rook is a point touch
        foreach (var (a, b) in gal.Except(rook))
            Assert.Equal(Dimension.Point, polygons[a - 1].Relate(polygons[b - 1]).Get(Location.Boundary, Location.Boundary));
        // and every rook link shares a boundary line
        foreach (var (a, b) in rook)
            Assert.Equal(Dimension.Curve, polygons[a - 1].Relate(polygons[b - 1]).Get(Location.Boundary, Location.Boundary));
    }

    [SharedDataFact]
    public void Columbus_snapping_tolerance_keeps_the_same_queen()
    {
        var (polygons, _) = ColumbusPolygons.Load();
        var exact = ContiguityWeights.FromPolygons(polygons, ContiguityRule.Queen);
        var snapped = ContiguityWeights.FromPolygons(polygons, ContiguityRule.Queen, snapTolerance: 1e-9);
        Assert.Equal(exact.Neighbours, snapped.Neighbours);
    }

    private static readonly GeometryFactory Factory = new();

    private static Polygon Square(double x, double y, double size = 1) => Factory.CreatePolygon(
    [
        new Coordinate(x, y), new Coordinate(x + size, y), new Coordinate(x + size, y + size), new Coordinate(x, y + size), new Coordinate(x, y),
    ]);

    [Fact]
    public void Corner_touch_is_queen_not_rook_and_split_edge_is_rook()
    {
        // 0: unit square at origin; 1: touches 0 only at corner (1,1); 2: right of 0, with an extra vertex (1, 0.5)
        // on the shared edge that 0 does not have; 3: far away (island)
        var split = Factory.CreatePolygon(
        [
            new Coordinate(1, 0), new Coordinate(2, 0), new Coordinate(2, 1), new Coordinate(1, 1), new Coordinate(1, 0.5), new Coordinate(1, 0),
        ]);
        Geometry[] polys = [Square(0, 0), Square(1, 1), split, Square(10, 10)];
        var queen = ContiguityWeights.FromPolygons(polys, ContiguityRule.Queen);
        var rook = ContiguityWeights.FromPolygons(polys, ContiguityRule.Rook);
        Assert.Equal([1, 2], queen.NeighboursOf(0).ToArray());
        Assert.Equal([0, 2], queen.NeighboursOf(1).ToArray()); // 1 and 2 share vertex (1,1)... and (2,1): an edge
        Assert.Equal([2], rook.NeighboursOf(0).ToArray());
        Assert.Equal([2], rook.NeighboursOf(1).ToArray());
        Assert.Equal([3], queen.Islands());
    }

    [Fact]
    public void Snapping_tolerance_joins_nearly_equal_vertices()
    {
        Geometry[] polys = [Square(0, 0), Square(1.0000001, 0)];
        Assert.Equal(2, ContiguityWeights.FromPolygons(polys, ContiguityRule.Queen).Islands().Count());
        var snapped = ContiguityWeights.FromPolygons(polys, ContiguityRule.Rook, snapTolerance: 1e-3);
        Assert.Equal([1], snapped.NeighboursOf(0).ToArray());
    }

    [Fact]
    public void Multipolygon_parts_count_and_non_polygons_are_rejected()
    {
        Geometry multi = Factory.CreateMultiPolygon([Square(0, 0), Square(5, 0)]);
        Geometry[] polys = [multi, Square(6, 0), Factory.CreatePolygon()];
        var queen = ContiguityWeights.FromPolygons(polys, ContiguityRule.Queen);
        Assert.Equal([1], queen.NeighboursOf(0).ToArray());
        Assert.Equal([2], queen.Islands());
        var e = Assert.Throws<ArgumentException>(() => ContiguityWeights.FromPolygons([Factory.CreatePoint(new Coordinate(0, 0))], ContiguityRule.Queen));
        Assert.Contains("geometry 0 is a Point", e.Message);
    }
}
