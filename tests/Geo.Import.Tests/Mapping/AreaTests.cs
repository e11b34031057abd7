using NetTopologySuite.Geometries;
using Geo.Formats;
using Geo.Testing;

namespace Geo.Import.Tests.Mapping;

public class AreaTests
{
    private static readonly GeometryFactory Sweref = new(new PrecisionModel(), 3006);

    private static Polygon Square(double x, double y, double size) =>
        (Polygon)Sweref.ToGeometry(new Envelope(x, x + size, y, y + size));

    [Fact]
    public void NativeAreasWithPopulationAndAgeBands()
    {
        var r = new MemoryReader("deso.gpkg", "code", "name", "population", "pop_0_15", "pop_65_plus", "pop_2023", "kommun") { HasGeometry = true, DeclaredSrid = 3006 }
            .Row("2580C1010,Centrum,1200,312,150,1190,2580", Square(830_000, 7_290_000, 1000));
        using var src = Sources.OpenAreas(r, TestAreas.Options());
        var a = Assert.Single(src.Rows().ToList()).Value!;
        Assert.Equal(("2580C1010", "Centrum", 1200), (a.Code, a.Name, a.Population));
        Assert.Equal(312, a.PopulationByAge!["0-15"]);
        Assert.Equal(150, a.PopulationByAge["65+"]);
        Assert.Equal(2, a.PopulationByAge.Count);
        Assert.IsType<MultiPolygon>(a.Geometry);
        Assert.Equal(3006, a.Geometry.SRID);
        // Extra properties are opt-in: pop_2023 and kommun are announced, not loaded; the age bands are not extras.
        Assert.Null(a.Attributes);
        Assert.Contains(src.Notices, n => n.StartsWith("column(s) pop_2023, kommun not loaded (attributes are opt-in: keep them with --keep-attributes pop_2023,kommun)", StringComparison.Ordinal));
        Assert.Contains(src.Notices, n => n.Contains("file declares EPSG:3006"));

        r = new MemoryReader("deso.gpkg", "code", "name", "population", "pop_0_15", "pop_65_plus", "pop_2023", "kommun") { HasGeometry = true, DeclaredSrid = 3006 }
            .Row("2580C1010,Centrum,1200,312,150,1190,2580", Square(830_000, 7_290_000, 1000));
        using var kept = Sources.OpenAreas(r, TestAreas.Options() with { KeepAttributes = ["pop_2023"] });
        var k = Assert.Single(kept.Rows().ToList()).Value!;
        Assert.Equal("{\"pop_2023\":\"1190\"}", k.Attributes);
        Assert.Equal(2, k.PopulationByAge!.Count);
    }

    [Fact]
    public void NonNumericPopulationIsRejected()
    {
        var r = new MemoryReader("a.geojson", "code", "population") { HasGeometry = true }
            .Row("A1,1 200", Square(830_000, 7_290_000, 1000))
            .Row("A2,-5", Square(830_000, 7_290_000, 1000))
            .Row("A3,", Square(830_000, 7_290_000, 1000));
        using var src = Sources.OpenAreas(r, TestAreas.Options() with { SourceSrid = 3006 });
        var rows = src.Rows().ToList();
        var i = Assert.Single(rows[0].Issues);
        Assert.Equal(("a.geojson", 1L, "population", "1 200", RejectAction.Rejected), (i.File, i.Row, i.Field, i.Value, i.Action));
        Assert.StartsWith("non-numeric population '1 200' in population", i.Reason);
        Assert.Null(rows[1].Value);
        Assert.Null(rows[2].Value!.Population);
    }

    [Fact]
    public void InvalidPolygonIsLoadedAsRepairedWithTheValidationReason()
    {
        var bowtie = Sweref.CreatePolygon([new(830_000, 7_290_000), new(831_000, 7_291_000), new(831_000, 7_290_000), new(830_000, 7_291_000), new(830_000, 7_290_000)]);
        var r = new MemoryReader("a.geojson", "code") { HasGeometry = true, DeclaredSrid = 3006 }.Row("A1", bowtie);
        using var src = Sources.OpenAreas(r, TestAreas.Options());
        var row = Assert.Single(src.Rows().ToList());
        Assert.NotNull(row.Value);
        var i = Assert.Single(row.Issues);
        Assert.Equal((RejectAction.Repaired, "geometry"), (i.Action, i.Field));
        Assert.Equal("invalid polygon (Self-intersection at 830500 7290500): repaired with ST_MakeValid", i.Reason);
    }

    [Fact]
    public void PointsAndUnparsableOrFarAwayGeometriesAreRejected()
    {
        var r = new MemoryReader("a.geojson", "code") { HasGeometry = true, DeclaredSrid = 3006 }
            .Row("P", Sweref.CreatePoint(new Coordinate(830_000, 7_290_000)))
            .Row("X", null, "bad ring")
            .Row("F", Square(900_000, 7_290_000, 1000))
            .Row("P", Square(830_000, 7_290_000, 1000))
            .Row("P", Square(830_000, 7_290_000, 1000));
        using var src = Sources.OpenAreas(r, TestAreas.Options());
        var rows = src.Rows().ToList();
        Assert.Equal("areas need a polygon or multipolygon; found Point", rows[0].Issues[0].Reason);
        Assert.Equal("unparsable geometry: bad ring", rows[1].Issues[0].Reason);
        Assert.EndsWith("outside study area 2580 by 60,000 m", rows[2].Issues[0].Reason);
        Assert.NotNull(rows[3].Value);
        Assert.Equal("area code 'P' appears twice in code", rows[4].Issues[0].Reason);
    }

    [Fact]
    public void WktColumnInACsv()
    {
        var p = new Geo.Import.Profiles.MappingProfile { Name = "wkt", Kind = Geo.Core.Domain.ImportKind.Areas, WktColumn = "the_geom", CodeColumn = "n", Crs = "EPSG:4326" };
        var r = new MemoryReader("a.csv", "the_geom", "n").Add(["POLYGON ((22.15 65.58, 22.16 65.58, 22.16 65.59, 22.15 65.58))", "1"]).Add(["POLYGON ((", "2"]);
        using var src = Sources.OpenAreas(r, TestAreas.Options(p));
        var rows = src.Rows().ToList();
        Assert.Equal(3006, rows[0].Value!.Geometry.SRID);
        Assert.StartsWith("unparsable geometry in the_geom", rows[1].Issues[0].Reason);
    }

    [Fact]
    public void MissingCodeColumnIsAnError()
    {
        var r = new MemoryReader("a.geojson", "kod", "namn") { HasGeometry = true };
        var e = Assert.Throws<InputFormatException>(() => Sources.OpenAreas(r, TestAreas.Options()));
        Assert.Contains("missing column 'code'", e.Message);
        Assert.Contains("closest: 'kod'", e.Message);
    }
}
