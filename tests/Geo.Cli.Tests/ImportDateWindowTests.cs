using System.Text.Json;
using Geo.Storage;
using Geo.Testing;

namespace Geo.Cli.Tests;

/// <summary><c>geo import incidents --earliest-date / --max-days-ahead</c> set the window of plausible dates.</summary>
[Collection("postgis")]
public sealed class ImportDateWindowTests(PostGisFixture fixture) : CliDatabaseTest(fixture, "geo-cli-dates-")
{
    [Fact]
    public async Task TheDateWindowOptionsReachTheImport()
    {
        var boundary = Path.Combine(Home, "sq.geojson");
        await File.WriteAllTextAsync(boundary, """
            {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::3006"}},
             "features":[{"type":"Feature","properties":{"code":"D1"},"geometry":{"type":"Polygon","coordinates":[[[800000,7270000],[810000,7270000],[810000,7280000],[800000,7280000],[800000,7270000]]]}}]}
            """);
        Assert.Equal(0, (await Geo("study-area", "add", "D1", "--boundary", boundary, "--name", "Dates")).Exit);
        var file = Path.Combine(Home, "old.csv");
        var soon = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd'T'HH:mm'Z'", System.Globalization.CultureInfo.InvariantCulture);
        await File.WriteAllTextAsync(file, $"source_id,occurred_at,category,x,y\n1,1850-06-01,violence.assault,800100,7270100\n2,{soon},violence.assault,800100,7270100\n3,2024-01-01,violence.assault,800100,7270100\n");

        var strict = await Geo("import", "incidents", file, "--study-area", "D1", "--max-reject-rate", "1", "--json");
        Assert.True(strict.Exit == 0, strict.Err);
        Assert.Equal((1, 2), Counts(strict.Out));

        var wide = await Geo("import", "incidents", file, "--study-area", "D1", "--earliest-date", "1800-01-01", "--max-days-ahead", "7", "--json");
        Assert.True(wide.Exit == 0, wide.Err);
        Assert.Equal((3, 0), Counts(wide.Out));

        var bad = await Geo("import", "incidents", file, "--study-area", "D1", "--earliest-date", "1.1.1800");
        Assert.Equal(2, bad.Exit);
        Assert.Contains("--earliest-date '1.1.1800' is not a date", bad.Err);
    }

    private static (int Loaded, int Rejected) Counts(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return (doc.RootElement.GetProperty("loaded").GetInt32(), doc.RootElement.GetProperty("rejected").GetInt32());
    }
}
