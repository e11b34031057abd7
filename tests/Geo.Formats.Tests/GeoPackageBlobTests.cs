using System.Buffers.Binary;
using Geo.Testing;
using NetTopologySuite.Geometries;

namespace Geo.Formats.Tests;

/// <summary>Corrupt geometry blobs, undefined CRS and invalid text in GeoPackages: plain reasons, no stack traces.</summary>
public sealed class GeoPackageBlobTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static byte[] Blob(params byte[] wkb)
    {
        var h = new byte[8];
        h[0] = (byte)'G';
        h[1] = (byte)'P';
        h[3] = 1;
        BinaryPrimitives.WriteInt32LittleEndian(h.AsSpan(4), 3006);
        return [.. h, .. wkb];
    }

    public static TheoryData<string, byte[], string> Corrupt => new()
    {
        { "line of 2^31 points", Blob(1, 2, 0, 0, 0, 0, 0, 0, 0x80), "the line claims 2,147,483,648 points, but the rest of the geometry blob (0 bytes) has room for at most 0: the blob is corrupt" },
        { "line of 2^31-1 points", Blob(1, 2, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0x7F, 1, 2, 3), "the line claims 2,147,483,647 points, but the rest of the geometry blob (3 bytes) has room for at most 0" },
        { "polygon of 2^31 rings", Blob(1, 3, 0, 0, 0, 0, 0, 0, 0x80), "the polygon claims 2,147,483,648 rings" },
        { "multipolygon of 2^31-1 parts", Blob(1, 6, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0x7F), "the multi-geometry claims 2,147,483,647 parts" },
        { "point cut short", Blob(1, 1, 0, 0, 0, 1, 2, 3), "the geometry blob ends inside the point's coordinates" },
        { "unknown type", Blob(1, 99, 0, 0, 0, 1, 2), "unknown WKB geometry type 99" },
        { "unknown byte order", Blob(7, 1, 0, 0, 0), "unknown WKB byte order 7 (expected 0 or 1)" },
        { "header only", Blob(), "the geometry blob ends inside a WKB geometry header" },
        { "no GP magic", [1, 2, 3], "not a GeoPackage geometry blob" },
        { "infinite coordinate", Blob([1, 2, 0, 0, 0, 2, 0, 0, 0, .. BitConverter.GetBytes(double.PositiveInfinity), .. new byte[24]]), "the line has an infinite coordinate" },
    };

    [Theory]
    [MemberData(nameof(Corrupt))]
    public void ACorruptBlobIsAPlainGeometryErrorAndTheNextRowIsRead(string what, byte[] blob, string reason)
    {
        var path = System.IO.Path.Combine(_dir.Path, "bad.gpkg");
        using (var gpkg = new GeoPackageWriter(path))
        {
            gpkg.AddSrs(3006, "EPSG", 3006, "SWEREF99 TM");
            gpkg.AddLayer("t", "GEOMETRY", 3006, "name TEXT");
            gpkg.Insert("t", null, blob, what);
            gpkg.Insert("t", null, GeoPackageWriter.Blob(new Point(830_000, 7_290_000), 3006), "good");
        }
        using var reader = FeatureReaders.Open(path);
        var rows = reader.Read().Select(r => (r.Geometry?.Copy(), r.GeometryError)).ToList();
        Assert.Null(rows[0].Item1);
        Assert.Contains(reason, rows[0].GeometryError);
        Assert.DoesNotContain("   at ", rows[0].GeometryError);
        Assert.DoesNotContain("Exception", rows[0].GeometryError);
        Assert.Equal(new Point(830_000, 7_290_000), rows[1].Item1);
    }

    [Theory]
    [InlineData(0, "undefined geographic CRS")]
    [InlineData(-1, "undefined Cartesian CRS")]
    public void AnUndefinedSrsIsACrsProblem(int srsId, string description)
    {
        var path = System.IO.Path.Combine(_dir.Path, "undefined.gpkg");
        using (var gpkg = new GeoPackageWriter(path)) gpkg.AddLayer("t", "POINT", srsId, "name TEXT");
        using var reader = FeatureReaders.Open(path);
        Assert.Null(reader.DeclaredSrid);
        Assert.Equal($"the GeoPackage layer 't' has srs_id {srsId} ({description}), which is not an EPSG code", reader.CrsProblem);
    }

    [Fact]
    public void AnEpsgSrsIsNoProblem()
    {
        var path = System.IO.Path.Combine(_dir.Path, "epsg.gpkg");
        using (var gpkg = new GeoPackageWriter(path)) gpkg.AddLayer("t", "POINT", 4326, "name TEXT");
        using var reader = FeatureReaders.Open(path);
        Assert.Equal(4326, reader.DeclaredSrid);
        Assert.Null(reader.CrsProblem);
    }

    [Fact]
    public void TextThatIsNotUtf8IsATextProblemButARealReplacementCharacterIsNot()
    {
        var path = System.IO.Path.Combine(_dir.Path, "text.gpkg");
        using (var gpkg = new GeoPackageWriter(path))
        {
            gpkg.AddSrs(3006, "EPSG", 3006, "SWEREF99 TM");
            gpkg.AddLayer("t", "POINT", 3006, "name TEXT");
            gpkg.Insert("t", null, null, "ok \uFFFD");
            gpkg.InsertText("t", "name", [(byte)'L', (byte)'u', (byte)'l', 0xE5]);
        }
        using var reader = FeatureReaders.Open(path);
        var rows = reader.Read().Select(r => (r.Text(1), r.HasTextProblems, r.TextProblem(1))).ToList();
        Assert.Equal(("ok \uFFFD", false, (string?)null), rows[0]);
        Assert.True(rows[1].HasTextProblems);
        Assert.StartsWith("holds bytes that are not valid UTF-8", rows[1].Item3);
    }
}
