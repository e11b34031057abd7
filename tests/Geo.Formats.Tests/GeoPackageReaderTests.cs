using Geo.Formats;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Geo.Testing;

namespace Geo.Formats.Tests;

public sealed class GeoPackageReaderTests : IDisposable
{
    private static readonly WKTReader Wkt = new();
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Path(string name) => System.IO.Path.Combine(_dir.Path, name);

    private string DesoPackage(string name = "deso.gpkg")
    {
        var path = Path(name);
        using var gpkg = new GeoPackageWriter(path);
        gpkg.AddSrs(3006, "EPSG", 3006, "SWEREF99 TM");
        gpkg.AddLayer("deso_2018", "MULTIPOLYGON", 3006, "deso TEXT", "kommun TEXT", "pop INTEGER", "share REAL");
        var square = Wkt.Read("MULTIPOLYGON(((674000 6580000, 675000 6580000, 675000 6581000, 674000 6581000, 674000 6580000)))");
        gpkg.Insert("deso_2018", 2, GeoPackageWriter.Blob(square, 3006, envelope: 1), "0180C3420", "0180", 1316, 0.5);
        gpkg.Insert("deso_2018", 1, GeoPackageWriter.Blob(square, 3006, envelope: 0, littleEndianHeader: false, bigEndianWkb: true), "0180C3440", "0180", 1586, 1.25e-7);
        gpkg.Insert("deso_2018", 3, null, "0180C9999", null, null, null);
        return path;
    }

    [Fact]
    public void Reads_the_only_layer_with_fields_srid_and_rows_in_fid_order()
    {
        using var reader = FeatureReaders.Open(DesoPackage());
        Assert.True(reader.HasGeometry);
        Assert.Equal(3006, reader.DeclaredSrid);
        Assert.Contains("Layer: deso_2018 (the only feature layer)", reader.Notices);
        Assert.Contains(reader.Notices, n => n.StartsWith("CRS: EPSG:3006", StringComparison.Ordinal));
        Assert.Equal(["fid", "deso", "kommun", "pop", "share"], reader.Fields);
        var rows = new List<(long, string?[], string?, int?)>();
        foreach (var r in reader.Read())
        {
            var values = Enumerable.Range(0, r.FieldCount).Select(i => r.IsNull(i) ? null : r.Text(i)).ToArray();
            rows.Add((r.Row, values, r.Geometry?.GeometryType, r.Geometry?.SRID));
            Assert.Null(r.GeometryError);
            if (r.Geometry is { } g) Assert.Equal(1_000_000, g.Area, 6);
        }

        Assert.Equal(3, rows.Count);
        Assert.Equal((1L, "MultiPolygon", 3006), (rows[0].Item1, rows[0].Item3, rows[0].Item4));
        Assert.Equal<string?[]>([["1", "0180C3440", "0180", "1586", "1.25E-07"], ["2", "0180C3420", "0180", "1316", "0.5"], ["3", "0180C9999", null, null, null]],
            rows.Select(r => r.Item2).ToList());
        Assert.Null(rows[2].Item3);
        Assert.Equal(reader.TotalBytes, reader.BytesRead);
    }

    [Theory]
    [InlineData(0, true, false)]
    [InlineData(1, false, true)]
    [InlineData(2, true, true)]
    [InlineData(3, false, false)]
    [InlineData(4, true, false)]
    [InlineData(4, false, true)]
    public void Every_envelope_size_and_byte_order_is_read(int envelope, bool littleEndianHeader, bool bigEndianWkb)
    {
        var path = Path($"env{envelope}.gpkg");
        var point = Wkt.Read("POINT(18.0686 59.3293)");
        var line = Wkt.Read("LINESTRING(1 2, 3 4, 5 6)");
        using (var gpkg = new GeoPackageWriter(path))
        {
            gpkg.AddLayer("things", "GEOMETRY", 4326, "name TEXT");
            gpkg.Insert("things", null, GeoPackageWriter.Blob(point, 4326, envelope, littleEndianHeader, bigEndianWkb), "p");
            gpkg.Insert("things", null, GeoPackageWriter.Blob(line, 4326, envelope, littleEndianHeader, bigEndianWkb), "l");
        }

        using var reader = FeatureReaders.Open(path);
        Assert.Equal(4326, reader.DeclaredSrid);
        var geometries = reader.Read().Select(r => (r.Geometry!.Copy(), r.GeometryError)).ToList();
        Assert.True(point.EqualsExact(geometries[0].Item1));
        Assert.True(line.EqualsExact(geometries[1].Item1));
        Assert.All(geometries, g => Assert.Null(g.GeometryError));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Empty_geometries_are_read_as_empty(bool bigEndian)
    {
        var path = Path("empty.gpkg");
        using (var gpkg = new GeoPackageWriter(path))
        {
            gpkg.AddLayer("e", "GEOMETRY", 4326);
            gpkg.Insert("e", null, GeoPackageWriter.Blob(new GeometryFactory().CreatePoint(), 4326, littleEndianHeader: !bigEndian, bigEndianWkb: bigEndian, empty: true));
            gpkg.Insert("e", null, GeoPackageWriter.Blob(Wkt.Read("POLYGON EMPTY"), 4326, bigEndianWkb: bigEndian, empty: true));
        }

        using var reader = FeatureReaders.Open(path);
        var rows = reader.Read().Select(r => (r.Geometry?.GeometryType, r.Geometry?.IsEmpty, r.GeometryError)).ToList();
        Assert.Equal([("Point", true, null), ("Polygon", true, null)], rows);
    }

    [Fact]
    public void Unreadable_blobs_set_GeometryError()
    {
        var path = Path("bad.gpkg");
        using (var gpkg = new GeoPackageWriter(path))
        {
            gpkg.AddLayer("b", "POINT", 4326, "n INTEGER");
            gpkg.Insert("b", null, [1, 2, 3], 1);
            gpkg.Insert("b", null, [(byte)'G', (byte)'P', 0, 1, 0xE6, 0x10, 0, 0, 1, 1, 0], 2);
            gpkg.Insert("b", null, GeoPackageWriter.Blob(Wkt.Read("POINT(1 2)"), 4326), 3);
        }

        using var reader = FeatureReaders.Open(path);
        var rows = reader.Read().Select(r => (r.Text(1), r.Geometry is null, r.GeometryError)).ToList();
        Assert.Contains("no \"GP\" magic", rows[0].GeometryError);
        Assert.True(rows[1].Item2);
        Assert.StartsWith("unreadable geometry", rows[1].GeometryError);
        Assert.Equal(("3", false, null), rows[2]);
    }

    [Fact]
    public void Several_layers_need_a_choice()
    {
        var path = Path("multi.gpkg");
        using (var gpkg = new GeoPackageWriter(path))
        {
            gpkg.AddLayer("deso_2018", "MULTIPOLYGON", 4326);
            gpkg.AddLayer("regso_2018", "MULTIPOLYGON", 4326);
            gpkg.AddAttributeTable("population");
            gpkg.Insert("regso_2018", null, GeoPackageWriter.Blob(Wkt.Read("POINT(1 2)"), 4326));
        }

        var e = Assert.Throws<InputFormatException>(() => FeatureReaders.Open(path));
        Assert.Contains("2 feature layers; choose one: deso_2018, regso_2018", e.Message);

        var missing = Assert.Throws<InputFormatException>(() => FeatureReaders.Open(path, new FormatHints(GeoPackageLayer: "population")));
        Assert.Contains("no feature layer 'population'", missing.Message);

        using var reader = FeatureReaders.Open(path, new FormatHints(GeoPackageLayer: "REGSO_2018"));
        Assert.Contains("Layer: regso_2018 (given)", reader.Notices);
        Assert.Single(reader.Read());
    }

    [Fact]
    public void Non_EPSG_or_undefined_srs_gives_no_DeclaredSrid()
    {
        var path = Path("local.gpkg");
        using (var gpkg = new GeoPackageWriter(path))
        {
            gpkg.AddSrs(100, "LOCAL", 7, "Local grid");
            gpkg.AddLayer("a", "POINT", 100);
        }

        using var reader = FeatureReaders.Open(path);
        Assert.Null(reader.DeclaredSrid);
        Assert.Contains(reader.Notices, n => n.Contains("has no EPSG code", StringComparison.Ordinal));
    }

    [Fact]
    public void Gzip_GeoPackage_is_decompressed_to_a_temporary_file()
    {
        var plain = DesoPackage("deso_plain.gpkg");
        var path = _dir.Gzip("deso.gpkg.gz", File.ReadAllBytes(plain));
        var tempBefore = Directory.GetFiles(System.IO.Path.GetTempPath(), "geo-*.gpkg").Length;
        using (var reader = FeatureReaders.Open(path))
        {
            Assert.Contains(reader.Notices, n => n.StartsWith("Compression: gzip", StringComparison.Ordinal));
            Assert.Equal(3, reader.Read().Count());
        }

        Assert.Equal(tempBefore, Directory.GetFiles(System.IO.Path.GetTempPath(), "geo-*.gpkg").Length);
    }

    [Fact]
    public void A_file_that_is_not_SQLite_is_an_error()
    {
        var path = _dir.File("fake.gpkg", "id,x\n1,2\n");
        var e = Assert.Throws<InputFormatException>(() => FeatureReaders.Open(path));
        Assert.Contains("not a GeoPackage", e.Message);
    }

    [Fact]
    public void Plain_SQLite_without_gpkg_tables_is_an_error()
    {
        var path = Path("plain.sqlite");
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE t (a INTEGER)";
            command.ExecuteNonQuery();
        }

        var e = Assert.Throws<InputFormatException>(() => FeatureReaders.Open(path, new FormatHints(Format: FileFormat.GeoPackage)));
        Assert.Contains("gpkg_contents", e.Message);
    }
}
