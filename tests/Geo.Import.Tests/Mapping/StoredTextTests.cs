using System.Text;
using Geo.Core.Domain;
using Geo.Testing;

namespace Geo.Import.Tests.Mapping;

/// <summary>Text the database cannot hold, or that was not read faithfully, rejects its row naming the field.</summary>
public sealed class StoredTextTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static RowResult<Incident> One(params string?[] fields)
    {
        var reader = new MemoryReader("in.csv", "source_id", "occurred_at", "category", "x", "y", "district").Add(fields);
        using var src = Sources.OpenIncidents(reader, TestAreas.Options() with { KeepAttributes = ["district"] });
        return Assert.Single(src.Rows().ToList());
    }

    private static Reject Rejected(RowResult<Incident> r, string field)
    {
        Assert.Null(r.Value);
        var i = Assert.Single(r.Issues);
        Assert.Equal(("in.csv", 1L, field, RejectAction.Rejected), (i.File, i.Row, i.Field, i.Action));
        return i;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(5)]
    public void ANulCharacterRejectsTheRowNamingTheField(int column)
    {
        string?[] fields = ["A-1", "2024-05-01", "theft", "830000", "7290000", "Centrum"];
        fields[column] += "\0x";
        var field = new[] { "source_id", "occurred_at", "category", "x", "y", "district" }[column];
        var i = Rejected(One(fields), field);
        Assert.StartsWith($"{field} contains a NUL character (byte 0x00) at position", i.Reason);
        Assert.DoesNotContain('\0', i.Value);
        Assert.Contains('\u2400', i.Value);
    }

    [Fact]
    public void AnUnpairedSurrogateRejectsTheRow()
    {
        var i = Rejected(One("A-1", "2024-05-01", "theft", "830000", "7290000", "Cent\uD800rum"), "district");
        Assert.Equal("district contains an unpaired UTF-16 surrogate (U+D800) at position 5, which is not valid Unicode text; the row is not loaded", i.Reason);
        Assert.Equal("Cent\uFFFDrum", i.Value);
        // A proper pair (an emoji) is fine.
        Assert.NotNull(One("A-1", "2024-05-01", "theft", "830000", "7290000", "Cent😀rum").Value);
    }

    [Fact]
    public void AnIdLongerThan256CharactersIsRejected()
    {
        Assert.NotNull(One(new string('a', 256), "2024-05-01", "theft", "830000", "7290000", "").Value);
        var i = Rejected(One(new string('a', 3000), "2024-05-01", "theft", "830000", "7290000", ""), "source_id");
        Assert.StartsWith("source_id is 3,000 characters long; ids may have at most 256", i.Reason);
        Assert.Equal(200, i.Value.Length);
    }

    [Fact]
    public void OtherTextLongerThan10000CharactersIsRejected()
    {
        var i = Rejected(One("A-1", "2024-05-01", "theft", "830000", "7290000", new string('x', 10_001)), "district");
        Assert.StartsWith("district is 10,001 characters long; text values may have at most 10,000", i.Reason);
    }

    [Fact]
    public void ResourceAndAreaTextIsCheckedToo()
    {
        var resources = new MemoryReader("poi.csv", "source_id", "type", "name", "x", "y").Row("r1,school,Skola\0,830000,7290000");
        using (var src = Sources.OpenResources(resources, TestAreas.Options()))
        {
            var i = Assert.Single(Assert.Single(src.Rows().ToList()).Issues);
            Assert.Equal(("name", RejectAction.Rejected), (i.Field, i.Action));
            Assert.StartsWith("name contains a NUL character", i.Reason);
        }
        var square = new NetTopologySuite.Geometries.GeometryFactory(new NetTopologySuite.Geometries.PrecisionModel(), 3006)
            .ToGeometry(new NetTopologySuite.Geometries.Envelope(830_000, 830_100, 7_290_000, 7_290_100));
        var areas = new MemoryReader("areas.gpkg", "code") { HasGeometry = true, DeclaredSrid = 3006 }.Add([new string('7', 257)], square);
        using (var src = Sources.OpenAreas(areas, TestAreas.Options()))
        {
            var i = Assert.Single(Assert.Single(src.Rows().ToList()).Issues);
            Assert.Equal(("code", RejectAction.Rejected), (i.Field, i.Action));
            Assert.StartsWith("code is 257 characters long; ids may have at most 256", i.Reason);
        }
    }

    [Fact]
    public void Latin1BytesInAUtf8FileRejectTheirRowsInsteadOfStoringMojibake()
    {
        var bytes = new List<byte>();
        bytes.AddRange("source_id,occurred_at,category,x,y,district\n1,2024-05-01,theft,830000,7290000,Luleå\n"u8.ToArray());
        bytes.AddRange("2,2024-05-01,theft,830000,7290000,Pite"u8.ToArray());
        bytes.Add(0xE5); // 'å' in Latin-1
        bytes.AddRange("\n3,2024-05-01,theft,830000,7290000,Boden\n"u8.ToArray());
        var path = _dir.File("mixed.csv", bytes.ToArray());
        using var src = Sources.OpenIncidents(path, TestAreas.Options() with { KeepAttributes = path.EndsWith(".geojson") ? ["note"] : ["district"] });
        var rows = src.Rows().ToList();
        Assert.Equal("{\"district\":\"Luleå\"}", rows[0].Value!.Attributes);
        Assert.NotNull(rows[2].Value);
        Assert.Null(rows[1].Value);
        var i = Assert.Single(rows[1].Issues);
        Assert.Equal(("mixed.csv", 2L, "district", "Piteå", RejectAction.Rejected), (i.File, i.Row, i.Field, i.Value, i.Action));
        Assert.StartsWith("district holds bytes that are not valid UTF-8 (0xE5 ('å' in Windows-1252)), although the file is UTF-8 (its first 64 KB hold valid UTF-8 text): the file mixes encodings", i.Reason);
        Assert.Contains(src.Notices, n => n.StartsWith("Encoding: 1 byte(s) that are not valid UTF-8 in 1 row(s) (the first in row 2)", StringComparison.Ordinal));
    }

    [Fact]
    public void AWindows1252FileWhoseStartIsPlainAsciiStillLoads()
    {
        var head = Encoding.ASCII.GetBytes("source_id,occurred_at,category,x,y,district\n"
            + string.Concat(Enumerable.Range(1, 1500).Select(n => $"{n},2024-05-01,theft,830000,7290000,Centrum-{n:0000000000000000000000}\n")));
        var path = _dir.File("late.csv", [.. head, .. "9999,2024-05-01,theft,830000,7290000,Lule"u8, 0xE5, (byte)'\n']);
        using var src = Sources.OpenIncidents(path, TestAreas.Options() with { KeepAttributes = path.EndsWith(".geojson") ? ["note"] : ["district"] });
        var last = src.Rows().Last();
        Assert.Empty(last.Issues);
        Assert.Equal("{\"district\":\"Luleå\"}", last.Value!.Attributes);
        Assert.Contains(src.Notices, n => n.Contains("the file is taken as Windows-1252 from row 1501 on"));
    }

    [Fact]
    public void AnUnpairedSurrogateEscapeInGeoJsonRejectsTheRow()
    {
        var path = _dir.File("obs.geojson", """
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{"source_id":"o1","occurred_at":"2024-05-01","category":"theft","note":"bad \ud800 text"},"geometry":{"type":"Point","coordinates":[22.1547,65.5842]}},
              {"type":"Feature","properties":{"source_id":"o2","occurred_at":"2024-05-01","category":"theft","note":"fine"},"geometry":{"type":"Point","coordinates":[22.1547,65.5842]}}]}
            """);
        using var src = Sources.OpenIncidents(path, TestAreas.Options() with { KeepAttributes = path.EndsWith(".geojson") ? ["note"] : ["district"] });
        var rows = src.Rows().ToList();
        var i = Assert.Single(rows[0].Issues);
        Assert.Equal(("obs.geojson", 1L, "note", RejectAction.Rejected), (i.File, i.Row, i.Field, i.Action));
        Assert.StartsWith("note holds an unpaired UTF-16 surrogate escape (in \"bad \\ud800 text\"), which is not valid Unicode text", i.Reason);
        Assert.NotNull(rows[1].Value);
    }
}
