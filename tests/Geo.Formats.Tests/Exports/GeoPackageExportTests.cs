using System.Globalization;
using Geo.Formats.Exports;
using Geo.Testing;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Geo.Formats.Tests.Exports;

/// <summary>GeoPackage exports read back by GDAL's ogrinfo and by SQLite.</summary>
public sealed class GeoPackageExportTests
{
    private static async Task<string> Write(TempDir dir)
    {
        var path = Path.Combine(dir.Path, "export.gpkg");
        Assert.Equal(16, await ExportFixture.WriteAsync(ExportFormats.GeoPackage, path, ExportFixture.Options(),
            ExportFixture.Table(), ExportFixture.Table(null, "plain")));
        return path;
    }

    [Fact]
    public async Task Ogrinfo_lists_every_layer_with_count_fields_and_CRS_without_warnings()
    {
        using var dir = new TempDir();
        var path = await Write(dir);
        var info = OgrInfo.Clean("-al", "-so", path);
        var layers = info.Split("Layer name: ").Skip(1).ToDictionary(l => l[..l.IndexOf('\n', StringComparison.Ordinal)], l => l);
        Assert.Equal(["indicators", "plain", "_metadata"], layers.Keys);
        Assert.Contains("Geometry: Polygon", layers["indicators"], StringComparison.Ordinal);
        Assert.Contains("Feature Count: 8", layers["indicators"], StringComparison.Ordinal);
        Assert.Contains("ID[\"EPSG\",3006]", layers["indicators"], StringComparison.Ordinal);
        Assert.Contains("Extent: (674000.000000, 6580000.000000) - (678000.000000, 6580500.000000)", layers["indicators"], StringComparison.Ordinal);
        Assert.Contains("Geometry: None", layers["plain"], StringComparison.Ordinal);
        Assert.Contains("Feature Count: 8", layers["plain"], StringComparison.Ordinal);
        Assert.Contains("Feature Count: 10", layers["_metadata"], StringComparison.Ordinal);
        foreach (var layer in new[] { "indicators", "plain" })
            foreach (var (field, type) in new[] { ("area_code", "String"), ("population", "Integer64"), ("incidents", "Integer64"), ("incidents_flag", "String"), ("rate", "Real"), ("share_flag", "String"), ("first_day", "Date"), ("computed_at", "DateTime"), ("hotspot", "Integer(Boolean)") })
                Assert.Contains($"\n{field}: {type} ", layers[layer], StringComparison.Ordinal);
        foreach (var field in new[] { "key", "label", "value" })
            Assert.Contains($"\n{field}: String ", layers["_metadata"], StringComparison.Ordinal);
        var all = OgrInfo.Clean("-al", path); // every feature read without a warning
        Assert.Contains("computed_at (DateTime) = 2026/11/27 02:04:05+00", all, StringComparison.Ordinal);
        Assert.Contains("first_day (Date) = 2024/02/29", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Values_flags_geometries_and_the_metadata_table_read_back()
    {
        using var dir = new TempDir();
        var path = await Write(dir);
        using var c = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        c.Open();
        using (var q = c.CreateCommand())
        {
            q.CommandText = "SELECT table_name, data_type, srs_id FROM gpkg_contents ORDER BY table_name";
            using var r = q.ExecuteReader();
            var rows = new List<string>();
            while (r.Read()) rows.Add($"{r.GetString(0)}:{r.GetString(1)}:{(r.IsDBNull(2) ? "" : r.GetInt32(2).ToString(CultureInfo.InvariantCulture))}");
            Assert.Equal(["_metadata:attributes:", "indicators:features:3006", "plain:attributes:"], rows);
        }
        using (var q = c.CreateCommand())
        {
            q.CommandText = "SELECT geom, area_name, population, incidents, incidents_flag, rate, rate_flag, share, first_day, computed_at, hotspot FROM indicators ORDER BY fid";
            using var r = q.ExecuteReader();
            var reader = new GeoPackageGeoReader();
            for (var i = 0; r.Read(); i++)
            {
                var v = ExportFixture.Values[i];
                if (ExportFixture.Square(i) is { } square) Assert.True(square.EqualsExact(reader.Read((byte[])r[0])), $"row {i} geometry");
                else Assert.True(r.IsDBNull(0));
                Assert.Equal(v[1], r.IsDBNull(1) ? null : r.GetString(1));
                Assert.Equal<double?>(v[2] is null ? null : Convert.ToInt64(v[2], CultureInfo.InvariantCulture), r.IsDBNull(2) ? null : r.GetInt64(2));
                Assert.Equal<double?>(v[3] is ExportSuppressed or null ? null : Convert.ToInt64(v[3], CultureInfo.InvariantCulture), r.IsDBNull(3) ? null : r.GetInt64(3));
                Assert.Equal((v[3] as ExportSuppressed)?.Flag, r.IsDBNull(4) ? null : r.GetString(4));
                Assert.Equal(v[4] is ExportSuppressed or null ? null : (double?)Convert.ToDouble(v[4], CultureInfo.InvariantCulture), r.IsDBNull(5) ? null : (double?)r.GetDouble(5));
                Assert.Equal((v[4] as ExportSuppressed)?.Flag, r.IsDBNull(6) ? null : r.GetString(6));
                Assert.Equal(v[5] is ExportSuppressed or null ? null : (double?)Convert.ToDouble(v[5], CultureInfo.InvariantCulture), r.IsDBNull(7) ? null : (double?)r.GetDouble(7));
                Assert.Equal((v[6] as DateOnly?)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.IsDBNull(8) ? null : r.GetString(8));
                Assert.Equal((v[7] as DateTimeOffset?)?.ToUniversalTime(), r.IsDBNull(9) ? null : DateTimeOffset.Parse(r.GetString(9), CultureInfo.InvariantCulture));
                Assert.Equal(v[8] as bool?, r.IsDBNull(10) ? null : r.GetInt64(10) == 1);
            }
        }
        using (var q = c.CreateCommand())
        {
            q.CommandText = "SELECT key, label, value FROM _metadata ORDER BY fid";
            using var r = q.ExecuteReader();
            var read = new List<(string, string, string?)>();
            while (r.Read()) read.Add((r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2)));
            Assert.Equal(ExportFixture.Entries.Select(e => (e.Key, e.LabelSv)), read.Select(e => (e.Item1, e.Item2)));
            var values = read.ToDictionary(e => e.Item1, e => e.Item3);
            Assert.Equal("57", values["run_id"]);
            Assert.Equal("""{"bandwidth_m":250,"groups":["total","inbrott"]}""", values["parameters"]);
            Assert.Equal("""[{"name":"polisen","batch":12}]""", values["sources"]);
            Assert.Equal("2026-11-27T01:50:00Z", values["created_at"]);
            Assert.Null(values["note"]);
        }
    }

    [Fact]
    public async Task Feature_layers_have_an_rtree_index_that_GDAL_uses_and_keeps()
    {
        using var dir = new TempDir();
        var path = await Write(dir);
        Assert.Contains("HasSpatialIndex (Integer) = 1", OgrInfo.Clean(path, "-sql", "SELECT HasSpatialIndex('indicators', 'geom')"), StringComparison.Ordinal);
        // Squares 0, 1 and 2 (x 674000–675500) meet the window; GDAL answers from the index.
        Assert.Contains("Feature Count: 3\n", OgrInfo.Clean("-so", "-spat", "674100", "6580100", "675100", "6580200", path, "indicators"), StringComparison.Ordinal);
        using (var c = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            c.Open();
            using var q = c.CreateCommand();
            q.CommandText = "SELECT (SELECT COUNT(*) FROM rtree_indicators_geom), (SELECT extension_name || ':' || table_name FROM gpkg_extensions), " +
                "(SELECT minx || ',' || maxx || ',' || miny || ',' || maxy FROM rtree_indicators_geom WHERE id = 2)";
            using var r = q.ExecuteReader();
            Assert.True(r.Read());
            Assert.Equal(7, r.GetInt64(0)); // eight rows, one without geometry
            Assert.Equal("gpkg_rtree_index:indicators", r.GetString(1));
            Assert.Equal("674500.0,675000.0,6580000.0,6580500.0", r.GetString(2));
        }
        // The triggers keep the index in step when GDAL (QGIS) edits the layer.
        OgrInfo.Clean(path, "-sql", "DELETE FROM indicators WHERE fid = 1");
        Assert.Contains("n (Integer) = 6", OgrInfo.Clean(path, "-sql", "SELECT COUNT(*) AS n FROM rtree_indicators_geom"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Layers_need_distinct_names()
    {
        using var dir = new TempDir();
        await using var w = ExportWriters.Create(ExportFormats.GeoPackage, Path.Combine(dir.Path, "x.gpkg"), ExportFixture.Options());
        await w.WriteTableAsync(ExportFixture.Table());
        await Assert.ThrowsAsync<InvalidOperationException>(() => w.WriteTableAsync(ExportFixture.Table(null)));
        Assert.Throws<NotSupportedException>(() => ExportWriters.Create(ExportFormats.GeoPackage, new MemoryStream(), ExportFixture.Options()));
    }
}
