using System.Buffers.Binary;
using Geo.Core.Domain;
using Geo.Formats;

using Geo.Testing;
using NetTopologySuite.Geometries;

namespace Geo.Import.Tests.Mapping;

/// <summary>Broken coordinates, geometries and CRS: row rejects with plain reasons, or a refusal that asks for --crs.</summary>
public sealed class CoordinateRejectTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static void Plain(Reject i)
    {
        Assert.DoesNotContain("Object reference", i.Reason);
        Assert.DoesNotContain("Exception", i.Reason);
        Assert.DoesNotContain("   at ", i.Reason); // a stack trace
        Assert.DoesNotContain('\n', i.Reason);
    }

    private static RowResult<Incident> One(MemoryReader reader, ImportOptions? options = null)
    {
        using var src = Sources.OpenIncidents(reader, options ?? TestAreas.Options());
        return Assert.Single(src.Rows().ToList());
    }

    [Theory]
    [InlineData("1e300", "7290000", "x,y", "1E+300, 7290000")]
    [InlineData("1e300", "1e300", "x,y", "1E+300, 1E+300")]
    [InlineData("-1e300", "1e300", "x,y", "-1E+300, 1E+300")]
    public void HugeCoordinatesAreRejected(string x, string y, string field, string value)
    {
        var r = One(new MemoryReader("in.csv", "source_id", "occurred_at", "category", "x", "y").Row($"1,2024-05-01,theft,{x},{y}"));
        Assert.Null(r.Value);
        var i = Assert.Single(r.Issues);
        Plain(i);
        Assert.Equal((1L, field, value, RejectAction.Rejected), (i.Row, i.Field, i.Value, i.Action));
        Assert.StartsWith("coordinates beyond any coordinate system (more than 1,000,000 km from its origin", i.Reason);
    }

    [Theory]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("NaN")]
    [InlineData("1e999")]
    public void NonFiniteCoordinatesAreRejected(string x)
    {
        var r = One(new MemoryReader("in.csv", "source_id", "occurred_at", "category", "x", "y").Row($"1,2024-05-01,theft,{x},7290000"));
        var i = Assert.Single(r.Issues);
        Assert.Equal(("x", RejectAction.Rejected), (i.Field, i.Action));
        Assert.Equal($"unparsable coordinate x '{x}'", i.Reason);
    }

    [Theory]
    [InlineData("POINT(1e400 7290000)")]
    [InlineData("POINT(NaN NaN)")]
    public void ANonFiniteWktPointIsRejected(string wkt)
    {
        var profile = new Geo.Import.Profiles.MappingProfile { Name = "p", IdColumn = "source_id", WktColumn = "wkt" };
        var reader = new MemoryReader("in.csv", "source_id", "occurred_at", "category", "wkt").Add(["1", "2024-05-01", "theft", wkt]);
        var i = Assert.Single(One(reader, TestAreas.Options(profile)).Issues);
        Plain(i);
        Assert.Equal(("wkt", RejectAction.Rejected), (i.Field, i.Action));
        Assert.StartsWith("coordinates beyond any coordinate system", i.Reason);
    }

    [Fact]
    public void AHugePointGeometryIsRejected()
    {
        var reader = new MemoryReader("in.gpkg", "source_id", "occurred_at", "category") { HasGeometry = true, DeclaredSrid = 3006 }
            .Add(["1", "2024-05-01", "theft"], new Point(1e300, 1e300));
        var i = Assert.Single(One(reader).Issues);
        Plain(i);
        Assert.Equal(("geometry", RejectAction.Rejected), (i.Field, i.Action));
        Assert.StartsWith("coordinates beyond any coordinate system", i.Reason);
    }

    [Fact]
    public void AHugeAreaGeometryIsRejected()
    {
        var square = new GeometryFactory(new PrecisionModel(), 3006).ToGeometry(new Envelope(830_000, 1e300, 7_290_000, 7_291_000));
        var reader = new MemoryReader("areas.gpkg", "code") { HasGeometry = true, DeclaredSrid = 3006 }.Add(["A"], square);
        using var src = Sources.OpenAreas(reader, TestAreas.Options());
        var i = Assert.Single(Assert.Single(src.Rows().ToList()).Issues);
        Plain(i);
        Assert.Equal(("geometry", RejectAction.Rejected), (i.Field, i.Action));
        Assert.StartsWith("geometry has coordinates beyond any coordinate system (x 830000 to 1E+300", i.Reason);
    }

    [Fact]
    public void AnAreaInMetresDeclaredAsWgs84IsRejectedNotLoadedWithAnEnormousArea()
    {
        var square = new GeometryFactory(new PrecisionModel(), 4326).ToGeometry(new Envelope(830_000, 830_100, 7_290_000, 7_290_100));
        var reader = new MemoryReader("areas.gpkg", "code") { HasGeometry = true, DeclaredSrid = 4326 }.Add(["A"], square);
        using var src = Sources.OpenAreas(reader, TestAreas.Options());
        var row = Assert.Single(src.Rows().ToList());
        Assert.Null(row.Value);
        var i = Assert.Single(row.Issues);
        Assert.StartsWith("geometry has coordinates out of range for geographic EPSG:4326 (x 830000 to 830100, y 7290000 to 7290100", i.Reason);
        Assert.Contains("--crs", i.Reason);
    }

    [Fact]
    public void AGeoJsonWithoutCrsWhoseCoordinatesAreNotDegreesIsRefused()
    {
        var path = _dir.File("stadsdelar.geojson", """
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{"code":"A"},"geometry":{"type":"Polygon","coordinates":[[[830000,7290000],[830100,7290000],[830100,7290100],[830000,7290100],[830000,7290000]]]}}]}
            """);
        var e = Assert.Throws<InputFormatException>(() => Sources.OpenAreas(path, TestAreas.Options()));
        Assert.Equal("stadsdelar.geojson", e.File);
        Assert.Contains("the file declares no CRS", e.Message);
        Assert.Contains("feature 1 has the position (830000, 7290000), which is not in degrees", e.Message);
        Assert.Contains("--crs EPSG:NNNN", e.Message);

        // With the CRS given, the 100 m square loads as 10,000 m².
        using var src = Sources.OpenAreas(path, TestAreas.Options() with { SourceSrid = 3006 });
        Assert.Equal(10_000, Assert.Single(src.Rows().ToList()).Value!.Geometry.Area, 3);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(99)]
    public void AGeoPackageWithAnUndefinedCrsIsRefused(int srsId)
    {
        var path = Path.Combine(_dir.Path, $"srs{srsId}.gpkg");
        using (var gpkg = new GeoPackageWriter(path))
        {
            if (srsId == 99) gpkg.AddSrs(99, "LOCAL", 7, "Kommunens lokala system");
            gpkg.AddLayer("omraden", "POLYGON", srsId, "code TEXT");
            var square = new GeometryFactory().ToGeometry(new Envelope(830_000, 830_100, 7_290_000, 7_290_100));
            gpkg.Insert("omraden", null, GeoPackageWriter.Blob(square, srsId), "A");
        }
        var e = Assert.Throws<InputFormatException>(() => Sources.OpenAreas(path, TestAreas.Options()));
        Assert.Contains($"the GeoPackage layer 'omraden' has srs_id {srsId}", e.Message);
        Assert.Contains("give it with --crs EPSG:NNNN", e.Message);
        using var src = Sources.OpenAreas(path, TestAreas.Options() with { SourceSrid = 3006 });
        Assert.Equal(10_000, Assert.Single(src.Rows().ToList()).Value!.Geometry.Area, 3);
    }

    [Fact]
    public void ACorruptGeoPackageBlobIsARowRejectWithAPlainReason()
    {
        var path = Path.Combine(_dir.Path, "handelser.gpkg");
        using (var gpkg = new GeoPackageWriter(path))
        {
            gpkg.AddSrs(3006, "EPSG", 3006, "SWEREF99 TM");
            gpkg.AddLayer("handelser", "GEOMETRY", 3006, "source_id TEXT", "occurred_at TEXT", "category TEXT");
            gpkg.Insert("handelser", null, GeoPackageWriter.Blob(new Point(830_000, 7_290_000), 3006), "1", "2024-05-01", "theft");
            // A line string claiming 2^31 points in a 17-byte blob.
            gpkg.Insert("handelser", null, [.. Header(3006), 1, 2, 0, 0, 0, 0, 0, 0, 0x80], "2", "2024-05-01", "theft");
            gpkg.Insert("handelser", null, [.. Header(3006), 1, 1, 0, 0, 0, 1, 2, 3], "3", "2024-05-01", "theft");
        }
        using var src = Sources.OpenIncidents(path, TestAreas.Options());
        var rows = src.Rows().ToList();
        Assert.NotNull(rows[0].Value);
        var claim = Assert.Single(rows[1].Issues);
        Plain(claim);
        Assert.Equal((2L, "geometry", RejectAction.Rejected), (claim.Row, claim.Field, claim.Action));
        Assert.Contains("the line claims 2,147,483,648 points, but the rest of the geometry blob (0 bytes) has room for at most 0: the blob is corrupt", claim.Reason);
        var cut = Assert.Single(rows[2].Issues);
        Plain(cut);
        Assert.Contains("the geometry blob ends inside the point's coordinates", cut.Reason);
    }

    [Fact]
    public void XyAndLatLonThatDisagreeGiveAWarning()
    {
        // Luleå centre is E 829440, N 7292327 and lat 65.5842, lon 22.1547; the second row's lat/lon lies ~1.1 km north.
        var reader = new MemoryReader("in.csv", "source_id", "occurred_at", "category", "x", "y", "lat", "lon")
            .Row("1,2024-05-01,theft,829440.05,7292327.40,65.5842,22.1547")
            .Row("2,2024-05-01,theft,829440.05,7292327.40,65.5942,22.1547")
            .Row("3,2024-05-01,theft,829440.05,7292327.40,,");
        using var src = Sources.OpenIncidents(reader, TestAreas.Options());
        var rows = src.Rows().ToList();
        Assert.Empty(rows[0].Issues);
        Assert.Empty(rows[2].Issues);
        Assert.Equal(829440.05, rows[1].Value!.Location!.X, 0.01);
        var i = Assert.Single(rows[1].Issues);
        Assert.Equal(("x,y,lat,lon", "829440.05, 7292327.4 / 65.5942, 22.1547", RejectAction.Warning), (i.Field, i.Value, i.Action));
        Assert.Matches(@"^x,y \(829440\.05, 7292327\.4\) and lat,lon \(65\.5942, 22\.1547\) disagree: they lie 1,1\d\d m apart after reprojection, more than the 100 m tolerance; x,y used", i.Reason);
    }

    private static byte[] Header(int srsId)
    {
        var h = new byte[8];
        h[0] = (byte)'G';
        h[1] = (byte)'P';
        h[3] = 1;
        BinaryPrimitives.WriteInt32LittleEndian(h.AsSpan(4), srsId);
        return h;
    }
}
