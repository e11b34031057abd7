using Geo.Core.Domain;
using NetTopologySuite.Geometries;

namespace Geo.Storage.Tests;

/// <summary>Small geometries and domain objects for tests, in SWEREF 99 TM.</summary>
internal static class TestGeometry
{
    public static readonly GeometryFactory Factory = Geo.Core.Geometries.GeometryServices.Factory(StudyArea.DefaultSrid);

    public static Polygon Square(double x, double y, double size) =>
        Factory.CreatePolygon([new(x, y), new(x + size, y), new(x + size, y + size), new(x, y + size), new(x, y)]);

    /// <summary>A self-intersecting "bow-tie" polygon: invalid, ST_MakeValid splits it in two triangles.</summary>
    public static Polygon BowTie(double x, double y, double size) =>
        Factory.CreatePolygon([new(x, y), new(x + size, y + size), new(x + size, y), new(x, y + size), new(x, y)]);

    public static MultiPolygon Multi(params Polygon[] polygons) => Factory.CreateMultiPolygon(polygons);

    public static Point Point(double x, double y) => Factory.CreatePoint(new Coordinate(x, y));

    public static StudyArea Lulea(string code = "2580") =>
        new(code, "Luleå", Multi(Square(800_000, 7_300_000, 20_000)), StudyArea.DefaultSrid);

    public static Incident Incident(string id, string category = "theft", double x = 805_000, double y = 7_305_000, int minute = 0, string source = "test") =>
        new(source, id, category, new DateTimeOffset(2024, 5, 1, 12, minute, 0, TimeSpan.FromHours(2)), TimePrecision.Minute,
            Point(x, y), LocationPrecision.Exact, "src-" + category, """{"k": 1}""");
}
