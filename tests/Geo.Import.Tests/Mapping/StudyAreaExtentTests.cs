using Geo.Core.Domain;
using Geo.Import.Mapping;
using Geo.Import.Tests.Profiles;
using Geo.Testing;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;

namespace Geo.Import.Tests.Mapping;

/// <summary>
/// <see cref="StudyAreaExtent.Covers"/> answers through a grid of pre-classified cells; it must give exactly the answer of
/// NTS's point-in-area locator for every point: random points, points on and a hair beside every vertex and edge midpoint,
/// and points on cell edges.
/// </summary>
public sealed class StudyAreaExtentTests
{
    [Fact]
    public void Grid_answers_equal_the_locator_on_a_polygon_with_a_hole_and_a_second_part()
    {
        var gf = new GeometryFactory(new PrecisionModel(), 3006);
        var shell = gf.CreateLinearRing([new(0, 0), new(10_000, 0), new(10_000, 8_000), new(6_000, 8_000), new(5_000, 3_000), new(4_000, 8_000), new(0, 8_000), new(0, 0)]);
        var hole = gf.CreateLinearRing([new(1_000, 1_000), new(3_000, 1_000), new(2_000, 2_500), new(1_000, 1_000)]);
        var island = (Polygon)gf.ToGeometry(new Envelope(12_000, 13_000, 500, 900));
        var boundary = gf.CreateMultiPolygon([gf.CreatePolygon(shell, [hole]), island]);
        AssertSameAsLocator(new StudyArea("T", "T", boundary, 3006), gf);
    }

    [SharedDataFact]
    public void Grid_answers_equal_the_locator_on_real_boundaries()
    {
        foreach (var key in new[] { "chicago", "vancouver", "manchester" })
        {
            var area = RealStudyAreas.Get(key);
            AssertSameAsLocator(area, new GeometryFactory(new PrecisionModel(), area.Srid));
        }
    }

    private static void AssertSameAsLocator(StudyArea area, GeometryFactory gf)
    {
        var extent = new StudyAreaExtent(area, gf);
        Assert.True(extent.GridSide >= 16, "the grid is in use");
        var locator = new IndexedPointInAreaLocator(area.Boundary);
        var env = area.Boundary.EnvelopeInternal;
        var points = new List<(double X, double Y)>();
        var random = new Random(20261126);
        for (var i = 0; i < 200_000; i++)
            points.Add((env.MinX - env.Width * 0.01 + random.NextDouble() * env.Width * 1.02, env.MinY - env.Height * 0.01 + random.NextDouble() * env.Height * 1.02));
        var coordinates = area.Boundary.Coordinates;
        for (var i = 0; i < coordinates.Length; i++)
        {
            var c = coordinates[i];
            var next = coordinates[(i + 1) % coordinates.Length];
            var mid = ((c.X + next.X) / 2, (c.Y + next.Y) / 2);
            foreach (var (x, y) in new[] { (c.X, c.Y), mid })
                foreach (var d in new[] { 0.0, 1e-9, 1e-6, 1e-3, 0.5 })
                {
                    points.Add((x + d, y));
                    points.Add((x - d, y));
                    points.Add((x, y + d));
                    points.Add((x, y - d));
                }
        }
        // Points on the lines between grid cells of any plausible grid size.
        for (var n = 16; n <= 1024; n *= 2)
            for (var k = 0; k <= n; k += Math.Max(1, n / 64))
            {
                points.Add((env.MinX + env.Width * k / n, env.MinY + env.Height * random.NextDouble()));
                points.Add((env.MinX + env.Width * random.NextDouble(), env.MinY + env.Height * k / n));
            }
        points.Add((env.MinX, env.MinY));
        points.Add((env.MaxX, env.MaxY));

        var inside = 0;
        foreach (var (x, y) in points)
        {
            var expected = env.Covers(x, y) && locator.Locate(new Coordinate(x, y)) != Location.Exterior;
            Assert.True(expected == extent.Covers(x, y), $"{area.Code}: ({x:R}, {y:R}) expected {(expected ? "inside" : "outside")}");
            if (expected) inside++;
        }
        Assert.InRange(inside, points.Count / 10, points.Count - points.Count / 10); // both answers were tested
    }
}
