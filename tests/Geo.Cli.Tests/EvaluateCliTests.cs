using System.Globalization;
using System.Text.Json;
using Geo.Testing;

namespace Geo.Cli.Tests;

/// <summary>
/// <c>geo evaluate</c> through the real command: the planted emerging hotspot H1 of the sample (as a polygon file) 2022
/// against 2024 in Swedish, English and JSON, and usage errors (exit 2, a message saying what to do, no stack trace).
/// </summary>
[Collection("postgis")]
public sealed class EvaluateCliTests(PostGisFixture fixture) : CliDatabaseTest(fixture, "geo-evaluate-cli-")
{
    private string H1File()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoRoot.Path, "data", "sample", "ground_truth.json")));
        var h1 = doc.RootElement.GetProperty("hotspots").EnumerateArray().Single(h => h.GetProperty("id").GetString() == "H1");
        var path = Path.Combine(Home, "h1.geojson");
        File.WriteAllText(path, "{\"type\": \"FeatureCollection\", \"crs\": {\"type\": \"name\", \"properties\": {\"name\": \"urn:ogc:def:crs:EPSG::3006\"}}, " +
                                "\"features\": [{\"type\": \"Feature\", \"properties\": {}, \"geometry\": " + h1.GetProperty("polygon").GetRawText() + "}]}");
        return path;
    }

    [Fact]
    public async Task Evaluates_the_planted_emerging_hotspot_in_swedish_english_and_json()
    {
        var load = await Geo("import", "sample", Path.Combine(RepoRoot.Path, "data", "sample"));
        Assert.True(load.Exit == 0, load.Err + load.Out);
        var place = H1File();
        string[] args = ["evaluate", "--study-area", "9999", "--place", place, "--before", "2022-01-01..2022-12-31", "--after", "2024-01-01..2024-12-31"];

        var sv = await Geo(args);
        Assert.True(sv.Exit == 0, sv.Err + sv.Out);
        Assert.Contains("Händelser per område och period:", sv.Out);
        Assert.Contains("kontrollområdets buffertzon", sv.Out);
        Assert.Contains("Ökningen i det behandlade området", sv.Out);
        Assert.Contains("buffertzon: 250 m runt det behandlade området (standard", sv.Err);

        var en = await Geo([.. args, "--lang", "en"]);
        Assert.True(en.Exit == 0, en.Err + en.Out);
        Assert.Contains("Incidents per region and period:", en.Out);
        Assert.Contains("WDD = ΔT − ΔC + ΔD − ΔDC", en.Out);
        Assert.Contains("The increase in the treated area with its buffer zone, against the control area, is significant", en.Out);

        var json = await Geo([.. args, "--json"]);
        Assert.True(json.Exit == 0, json.Err + json.Out);
        using var doc = JsonDocument.Parse(json.Out);
        var root = doc.RootElement;
        var regions = root.GetProperty("regions").EnumerateArray().ToList();
        Assert.Equal(["treated", "treated_buffer", "control", "control_buffer"], regions.Select(r => r.GetProperty("code").GetString()));
        var wdd = root.GetProperty("wdd");
        Assert.Equal(regions.Sum(r => r.GetProperty("before").GetInt64() + r.GetProperty("after").GetInt64()), wdd.GetProperty("variance").GetDouble());
        Assert.True(wdd.GetProperty("z").GetDouble() > 1.96);
        Assert.Equal("no_success", root.GetProperty("interpretation").GetProperty("class").GetString());
        Assert.StartsWith("Ökningen", root.GetProperty("interpretation").GetProperty("sv").GetString());
        Assert.Contains(root.GetProperty("notices").EnumerateArray(), n => n.GetProperty("code").GetString() == "control");
        // The printed table carries the same counts.
        var treated = regions[0];
        Assert.Contains(treated.GetProperty("after").GetInt64().ToString("N0", CultureInfo.InvariantCulture), en.Out);
    }

    [Fact]
    public async Task Usage_errors_exit_2_with_what_to_do()
    {
        var none = await Geo("evaluate", "--study-area", "9999", "--before", "2022-01-01..2022-12-31", "--after", "2024-01-01..2024-12-31");
        Assert.Equal(2, none.Exit);
        Assert.Contains("exactly one of --hotspot RUN:ID, --area CODE or --place FILE", none.Err);
        var period = await Geo("evaluate", "--study-area", "9999", "--area", "x", "--before", "2022", "--after", "2024-01-01..2024-12-31");
        Assert.Equal(2, period.Exit);
        Assert.Contains("--before must be FROM..TO", period.Err);
        var hotspot = await Geo("evaluate", "--study-area", "9999", "--hotspot", "3", "--before", "2022-01-01..2022-12-31", "--after", "2024-01-01..2024-12-31");
        Assert.Equal(2, hotspot.Exit);
        Assert.Contains("--hotspot must be RUN:ID", hotspot.Err);
        var missing = await Geo("evaluate", "--study-area", "9999", "--area", "x");
        Assert.Equal(2, missing.Exit);
        foreach (var r in new[] { none, period, hotspot, missing }) Assert.DoesNotContain("   at ", r.Err);
    }
}
