using Geo.Core.Domain;
using Geo.Import.Profiles;
using NetTopologySuite.Geometries;

namespace Geo.Import.Tests.Mapping;

/// <summary>Study areas for tests.</summary>
internal static class TestAreas
{
    /// <summary>A 20 km square in EPSG:3006 around Luleå centre (lat 65.5842, lon 22.1547 → E 829440, N 7292327).</summary>
    public static StudyArea Lulea { get; } = Box("2580", 3006, 820_000, 7_282_000, 840_000, 7_302_000);

    public static StudyArea Box(string code, int srid, double x0, double y0, double x1, double y1)
    {
        var gf = new GeometryFactory(new PrecisionModel(), srid);
        var poly = (Polygon)gf.ToGeometry(new Envelope(x0, x1, y0, y1));
        return new StudyArea(code, code, gf.CreateMultiPolygon([poly]), srid);
    }

    public static ImportOptions Options(MappingProfile? profile = null, double tolerance = 100) => new(Lulea, profile, BoundaryToleranceMetres: tolerance);

    public static List<RowResult<T>> ReadAll<T>(IRowSource<T> source) where T : class => source.Rows().ToList();
}
