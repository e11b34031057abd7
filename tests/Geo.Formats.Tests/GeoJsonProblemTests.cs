using Geo.Testing;

namespace Geo.Formats.Tests;

/// <summary>A GeoJSON's CRS is taken as WGS 84 only when nothing says otherwise; unpaired surrogate escapes are text problems.</summary>
public sealed class GeoJsonProblemTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private IFeatureReader Open(string json) => FeatureReaders.Open(_dir.File("f.geojson", json));

    [Fact]
    public void NoCrsAndMetreCoordinatesIsACrsProblem()
    {
        using var reader = Open("""
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{"a":1},"geometry":{"type":"Point","coordinates":[22.15,65.58]}},
              {"type":"Feature","properties":{"a":2},"geometry":{"type":"MultiPolygon","coordinates":[[[[830000,7290000],[830100,7290000],[830100,7290100],[830000,7290000]]]]}}]}
            """);
        Assert.Null(reader.DeclaredSrid);
        Assert.Equal("the file declares no CRS, which means WGS 84 longitude/latitude (RFC 7946), but feature 2 has the position (830000, 7290000), which is not in degrees (longitude within ±180, latitude within ±90)", reader.CrsProblem);
    }

    [Fact]
    public void NoCrsAndMetreCoordinatesInABareFeatureIsACrsProblem()
    {
        using var reader = Open("""{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[100,7290000]}}""");
        Assert.Contains("feature 1 has the position (100, 7290000)", reader.CrsProblem);
    }

    [Fact]
    public void NoCrsAndDegreesIsFine()
    {
        using var reader = Open("""
            {"type":"FeatureCollection","bbox":[-180,-90,180,90],"features":[
              {"type":"Feature","properties":{"population":1200000},"geometry":{"type":"LineString","coordinates":[[-179.9,-89.9,3000],[179.9,89.9,-400]]}}]}
            """);
        Assert.Null(reader.CrsProblem);
    }

    [Fact]
    public void ACrsMemberThatIsNotEpsgIsACrsProblem()
    {
        using var reader = Open("""{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:LOCAL::kommun"}},"features":[]}""");
        Assert.Equal("the \"crs\" member of the file (urn:ogc:def:crs:LOCAL::kommun) is not an EPSG code", reader.CrsProblem);
    }

    [Fact]
    public void ADeclaredEpsgCrsWinsOverTheCoordinateCheck()
    {
        using var reader = Open("""{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:3006"}},"features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[830000,7290000]}}]}""");
        Assert.Equal(3006, reader.DeclaredSrid);
        Assert.Null(reader.CrsProblem);
    }

    [Fact]
    public void AnUnpairedSurrogateEscapeIsATextProblemNotACrash()
    {
        using var reader = Open("""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"a":"x\ud800y","b":"fine"},"geometry":null},{"type":"Feature","properties":{"a":"ok"},"geometry":null}]}""");
        var rows = reader.Read().Select(r => (r.Text(0), r.HasTextProblems, r.TextProblem(0), r.TextProblem(1))).ToList();
        Assert.Equal("x\\ud800y", rows[0].Item1);
        Assert.True(rows[0].HasTextProblems);
        Assert.Equal("holds an unpaired UTF-16 surrogate escape (in \"x\\ud800y\"), which is not valid Unicode text", rows[0].Item3);
        Assert.Null(rows[0].Item4);
        Assert.Equal(("ok", false, (string?)null, (string?)null), rows[1]);
    }

    [Fact]
    public void AnUnpairedSurrogateEscapeInAPropertyNameIsAFormatErrorNotACrash()
    {
        var e = Assert.Throws<InputFormatException>(() => Open("""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"a\udc00":"x"},"geometry":null}]}"""));
        Assert.Equal(1, e.Row);
        Assert.Contains("feature 1: a property name or the crs member holds an unpaired UTF-16 surrogate escape", e.Message);
    }

    [Fact]
    public void AnUnpairedSurrogateEscapeInAGeometryTypeIsAGeometryError()
    {
        using var reader = Open("""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Po\ud800int","coordinates":[1,2]}}]}""");
        var row = Assert.Single(reader.Read());
        Assert.Equal("the geometry's \"type\" holds an unpaired UTF-16 surrogate escape, which is not valid Unicode text", row.GeometryError);
    }
}
