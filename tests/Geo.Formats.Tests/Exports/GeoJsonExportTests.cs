using System.Globalization;
using System.Text.Json;
using Geo.Formats.Exports;
using Geo.Testing;

namespace Geo.Formats.Tests.Exports;

/// <summary>GeoJSON exports read back as JSON and by GDAL's ogrinfo.</summary>
public sealed class GeoJsonExportTests
{
    [Fact]
    public async Task Features_carry_WGS84_coordinates_nulls_with_flags_and_the_metadata_member()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "export.geojson");
        Assert.Equal(8, await ExportFixture.WriteAsync(ExportFormats.GeoJson, path, ExportFixture.Options()));
        using var doc = JsonDocument.Parse(await File.ReadAllBytesAsync(path));
        var root = doc.RootElement;
        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        Assert.False(root.TryGetProperty("crs", out _), "RFC 7946 has no crs member");
        var meta = root.GetProperty("geo_metadata");
        Assert.Equal(ExportFixture.Entries.Select(e => e.Key), meta.EnumerateObject().Select(p => p.Name));
        Assert.Equal(57, meta.GetProperty("run_id").GetInt32());
        Assert.Equal("inbrott", meta.GetProperty("parameters").GetProperty("groups")[1].GetString());

        var features = root.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(ExportFixture.Values.Length, features.Count);
        for (var r = 0; r < features.Count; r++)
        {
            var p = features[r].GetProperty("properties");
            for (var c = 0; c < ExportFixture.Columns.Length; c++)
            {
                var column = ExportFixture.Columns[c];
                var planted = ExportFixture.Values[r][c];
                var value = p.GetProperty(column.Name);
                if (column.Suppressible)
                {
                    var flag = p.GetProperty(column.FlagName);
                    if (planted is ExportSuppressed s)
                    {
                        Assert.Equal(JsonValueKind.Null, value.ValueKind);
                        Assert.Equal(s.Reason.ToString().ToLowerInvariant(), flag.GetString());
                        continue;
                    }
                    Assert.Equal(JsonValueKind.Null, flag.ValueKind);
                }
                switch (planted)
                {
                    case null: Assert.Equal(JsonValueKind.Null, value.ValueKind); break;
                    case string t: Assert.Equal(t, value.GetString()); break;
                    case bool b: Assert.Equal(b, value.GetBoolean()); break;
                    case DateOnly d: Assert.Equal(d, DateOnly.ParseExact(value.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
                    case DateTimeOffset t: Assert.Equal(t, DateTimeOffset.Parse(value.GetString()!, CultureInfo.InvariantCulture)); break;
                    default: Assert.Equal(Convert.ToDouble(planted, CultureInfo.InvariantCulture), value.GetDouble()); break;
                }
            }
        }

        Assert.Equal(JsonValueKind.Null, features[5].GetProperty("geometry").ValueKind);
        // The first vertex, against GDAL's own transformation of SWEREF 99 TM (674000, 6580000).
        var first = features[0].GetProperty("geometry").GetProperty("coordinates")[0][0];
        var expected = GdalTransform(674000, 6580000);
        Assert.Equal(expected.Lon, first[0].GetDouble(), 1e-7);
        Assert.Equal(expected.Lat, first[1].GetDouble(), 1e-7);
        foreach (var f in features.Where(f => f.GetProperty("geometry").ValueKind != JsonValueKind.Null))
            foreach (var vertex in f.GetProperty("geometry").GetProperty("coordinates")[0].EnumerateArray())
                foreach (var ordinate in vertex.EnumerateArray())
                {
                    var text = ordinate.GetRawText();
                    Assert.True(!text.Contains('.', StringComparison.Ordinal) || text.Length - text.IndexOf('.', StringComparison.Ordinal) - 1 <= 7, $"{text} has more than 7 decimals");
                }
    }

    private static (double Lon, double Lat) GdalTransform(double x, double y)
    {
        var info = new System.Diagnostics.ProcessStartInfo("gdaltransform") { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { "-s_srs", "EPSG:3006", "-t_srs", "EPSG:4326" }) info.ArgumentList.Add(a);
        using var p = System.Diagnostics.Process.Start(info) ?? throw new InvalidOperationException("gdaltransform did not start");
        p.StandardInput.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{x} {y}"));
        p.StandardInput.Close();
        var parts = p.StandardOutput.ReadToEnd().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        p.WaitForExit();
        return (double.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Ogrinfo_lists_the_layer_its_count_fields_and_WGS84_without_warnings()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "export.geojson");
        await ExportFixture.WriteAsync(ExportFormats.GeoJson, path, ExportFixture.Options());
        var info = OgrInfo.Clean("-al", "-so", path);
        Assert.Contains("Layer name: indicators", info, StringComparison.Ordinal);
        Assert.Contains("Feature Count: 8", info, StringComparison.Ordinal);
        Assert.Contains("ID[\"EPSG\",4326]", info, StringComparison.Ordinal);
        foreach (var (field, type) in new[] { ("area_name", "String"), ("population", "Integer64"), ("incidents_flag", "String"), ("rate", "Real"), ("first_day", "Date"), ("computed_at", "DateTime"), ("hotspot", "Integer(Boolean)") })
            Assert.Contains($"{field}: {type} ", info, StringComparison.Ordinal);
        OgrInfo.Clean("-al", path); // every feature read without a warning
    }

    [Fact]
    public async Task A_table_without_geometry_gives_null_geometries_and_a_second_table_is_refused()
    {
        using var stream = new MemoryStream();
        await using (var w = ExportWriters.Create(ExportFormats.GeoJson, stream, ExportFixture.Options("en")))
        {
            await w.WriteTableAsync(ExportFixture.Table(null));
            await Assert.ThrowsAsync<InvalidOperationException>(() => w.WriteTableAsync(ExportFixture.Table()));
        }
        using var doc = JsonDocument.Parse(stream.ToArray());
        Assert.All(doc.RootElement.GetProperty("features").EnumerateArray(), f => Assert.Equal(JsonValueKind.Null, f.GetProperty("geometry").ValueKind));
    }
}
