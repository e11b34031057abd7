using Geo.Analysis.Grids;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace Geo.Analysis.Tests.Grids;

/// <summary>
/// The indexed clipping of <see cref="HotspotGrid.Build"/> against the plain NTS overlay of every lattice cell with the
/// whole boundary (the method it replaced: prepared Contains → whole cell, else <c>boundary.Intersection(cell)</c>),
/// on boundaries built to hit the awkward cases.
/// </summary>
public class GridClippingTests
{
    private static readonly GeometryFactory Factory = new();

    private static Polygon Box(double x0, double y0, double x1, double y1, params LinearRing[] holes) =>
        Factory.CreatePolygon(Factory.CreateLinearRing([new(x0, y0), new(x1, y0), new(x1, y1), new(x0, y1), new(x0, y0)]), holes);

    private static LinearRing Ring(double x0, double y0, double x1, double y1) =>
        Factory.CreateLinearRing([new(x0, y0), new(x0, y1), new(x1, y1), new(x1, y0), new(x0, y0)]);

    /// <summary>A noisy closed curve around (cx, cy): <paramref name="n"/> vertices, radius r ± 35 % in random steps.</summary>
    private static Polygon Blob(double cx, double cy, double r, int n, Random random)
    {
        var ring = new Coordinate[n + 1];
        var radius = r;
        for (var i = 0; i < n; i++)
        {
            radius = Math.Clamp(radius + (random.NextDouble() - 0.5) * r * 0.08, r * 0.65, r * 1.35);
            var a = 2 * Math.PI * i / n;
            ring[i] = new Coordinate(cx + radius * Math.Cos(a), cy + radius * Math.Sin(a));
        }
        ring[n] = ring[0].Copy();
        return Factory.CreatePolygon(ring);
    }

    public static TheoryData<string, GridShape, double> Cases()
    {
        var data = new TheoryData<string, GridShape, double>();
        foreach (var name in new[] { "hole-and-island", "l-shape-on-cell-edges", "diamond-on-cell-corners", "corner-touching-squares", "coast-with-islands", "thin-sliver", "reversed-rings" })
        {
            var scale = name == "coast-with-islands" ? 3 : 1; // the plain overlay is slow on the detailed coast
            data.Add(name, GridShape.Square, 10 * scale);
            data.Add(name, GridShape.Hexagonal, 10 * scale);
            data.Add(name, GridShape.Square, 7.3 * scale);
        }
        return data;
    }

    private static Geometry Boundary(string name)
    {
        switch (name)
        {
            case "hole-and-island": // a square with a hole holding an island; every edge on a cell edge of the 10 m grid
                return Factory.CreateMultiPolygon([Box(0, 0, 200, 200, Ring(60, 60, 140, 140)), Box(80, 80, 120, 120)]);
            case "l-shape-on-cell-edges": // cells outside the L touch it along whole edges
                return Factory.CreatePolygon([new(0, 0), new(200, 0), new(200, 80), new(80, 80), new(80, 200), new(0, 200), new(0, 0)]);
            case "diamond-on-cell-corners": // vertices on lattice nodes: corner cells touch it at one point only
                return Factory.CreatePolygon([new(100, 0), new(200, 100), new(100, 200), new(0, 100), new(100, 0)]);
            case "corner-touching-squares": // two squares meeting at a vertex, a third touching along an edge-half
                return Factory.CreateMultiPolygon([Box(0, 0, 100, 100), Box(100, 100, 200, 200), Box(200, 0, 250, 50)]);
            case "coast-with-islands":
                {
                    var random = new Random(11);
                    var parts = new List<Polygon> { Blob(500, 500, 400, 1200, random) };
                    for (var i = 0; i < 40; i++)
                    {
                        var a = 2 * Math.PI * i / 40;
                        parts.Add(Blob(500 + 620 * Math.Cos(a), 500 + 620 * Math.Sin(a), 4 + (i % 7) * 3, 24 + i, random));
                    }
                    var land = (Geometry)Factory.CreateMultiPolygon([.. parts]);
                    var lake = Blob(450, 520, 90, 200, random);
                    return land.Difference(lake).Union(Blob(450, 520, 25, 60, random)); // a lake with an island in it
                }
            case "reversed-rings": // shells clockwise, holes counter-clockwise (as GeoJSON files written against RFC 7946 may be)
                {
                    var g = Factory.CreateMultiPolygon([Box(0, 0, 200, 200, Ring(60, 60, 140, 140)), Box(83, 81, 117, 123), Box(203, 3, 251, 67, Ring(213, 13, 221, 29))]);
                    var reversed = (Geometry)g.Reverse();
                    Assert.True(reversed.GetGeometryN(0) is Polygon p && !p.Shell.IsCCW);
                    return reversed;
                }
            case "thin-sliver": // a long thin wedge: cells with tiny shares, edges nearly along cell edges
                return Factory.CreatePolygon([new(0, 0), new(300, 0.5), new(300, 3), new(0, 0)]);
            default:
                throw new ArgumentOutOfRangeException(nameof(name));
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Indexed_clipping_equals_the_plain_overlay_of_every_cell(string name, GridShape shape, double size)
    {
        var boundary = Boundary(name);
        Assert.True(boundary.IsValid);
        var grid = HotspotGrid.Build(boundary, new GridOptions(size, shape));
        var reference = PlainOverlay(grid);

        Assert.Equal(reference.Keys.Order(), grid.Cells.Order());
        var cellArea = grid.CellArea;
        var whole = 0;
        for (var i = 0; i < grid.Count; i++)
        {
            var (polygon, share, contained) = reference[grid.Cells[i]];
            if (contained)
            {
                whole++;
                Assert.Equal(1, grid.AreaShares[i]); // contained cells: exactly 1, the cell itself
                Assert.True(grid.CellPolygons[i].EqualsExact(polygon), $"cell {grid.Cells[i]}: whole cell expected");
                continue;
            }
            Assert.Equal(share, grid.AreaShares[i], 1e-9);
            Assert.True(grid.CellPolygons[i] is Polygon or MultiPolygon, $"{grid.CellPolygons[i].GeometryType}: polygonal cells expected");
            var polygonal = Polygons(polygon);
            var difference = grid.CellPolygons[i].SymmetricDifference(polygonal).Area;
            Assert.True(difference < 1e-9 * cellArea, $"cell {grid.Cells[i]}: symmetric difference {difference} m²");
        }
        Assert.True(whole > 0 || name == "thin-sliver");
        Assert.Equal(boundary.Area, grid.CellPolygons.Sum(p => p.Area), 1e-9 * boundary.Area);
    }

    [Fact]
    public void Cells_touching_the_boundary_only_at_a_point_or_along_an_edge_are_not_kept()
    {
        // The diamond |x − 100| + |y − 100| ≤ 100 on 10 m cells: its edges are the diagonals of the cells they cross
        // (share ½ each), and the cells beside those touch it at one lattice node only.
        var grid = HotspotGrid.Build(Boundary("diamond-on-cell-corners"), new GridOptions(10));
        var cells = grid.Cells.ToList();
        foreach (var touching in new[] { (0, 0), (8, 0), (11, 0), (0, 8), (0, 11), (19, 19) })
            Assert.DoesNotContain(touching, cells);
        foreach (var half in new[] { (9, 0), (10, 0), (0, 9), (0, 10), (19, 9) })
            Assert.Equal(0.5, grid.AreaShares[cells.IndexOf(half)], 1e-12);
        Assert.Equal(1, grid.AreaShares[cells.IndexOf((10, 10))]);

        // The L: cell (8, 8) touches its inner corner along two edges, (8, 19) along one; neither is kept, and every
        // kept cell is whole.
        var l = HotspotGrid.Build(Boundary("l-shape-on-cell-edges"), new GridOptions(10));
        Assert.DoesNotContain((8, 8), l.Cells);
        Assert.DoesNotContain((8, 19), l.Cells);
        Assert.Contains((7, 19), l.Cells);
        Assert.Equal(20 * 8 + 12 * 8, l.Count);
        Assert.All(l.AreaShares, s => Assert.Equal(1, s));
    }

    /// <summary>The method replaced: per lattice cell, prepared Intersects / Contains, else the NTS overlay with the whole boundary.</summary>
    private static Dictionary<(int, int), (Geometry Polygon, double Share, bool Contained)> PlainOverlay(HotspotGrid grid)
    {
        var prepared = PreparedGeometryFactory.Prepare(grid.Boundary);
        var result = new Dictionary<(int, int), (Geometry, double, bool)>();
        for (var r = 0; r < grid.Rows; r++)
            for (var c = 0; c < grid.Columns; c++)
            {
                var cell = LatticeCell(grid, c, r);
                if (!prepared.Intersects(cell)) continue;
                if (prepared.Contains(cell))
                {
                    result[(c, r)] = (cell, 1, true);
                    continue;
                }
                var clipped = grid.Boundary.Intersection(cell);
                var share = Math.Min(1, clipped.Area / cell.Area);
                if (share > HotspotGrid.MinShare) result[(c, r)] = (clipped, share, false);
            }
        return result;
    }

    private static Polygon LatticeCell(HotspotGrid grid, int c, int r)
    {
        double s = grid.CellSize, ox = grid.OriginX, oy = grid.OriginY;
        if (grid.Shape == GridShape.Square)
        {
            double x0 = ox + c * s, y0 = oy + r * s;
            return Box(x0, y0, x0 + s, y0 + s);
        }
        var radius = s / Math.Sqrt(3);
        double cx = ox + s * (c + 0.5 + 0.5 * (r & 1)), cy = oy + radius + 1.5 * radius * r;
        var ring = new Coordinate[7];
        for (var i = 0; i < 6; i++)
        {
            var angle = Math.PI / 180 * (60 * i - 30);
            ring[i] = new Coordinate(cx + radius * Math.Cos(angle), cy + radius * Math.Sin(angle));
        }
        ring[6] = ring[0].Copy();
        return Factory.CreatePolygon(ring);
    }

    private static Geometry Polygons(Geometry g) =>
        g is Polygon or MultiPolygon ? g : Factory.BuildGeometry(NetTopologySuite.Geometries.Utilities.PolygonExtracter.GetPolygons(g));
}
