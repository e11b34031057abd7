using System.Text.Json;
using Geo.Testing;

namespace Geo.Cli.Tests;

/// <summary><c>geo reference load</c> and <c>geo reference show</c> through the real command: exit codes and what they print.</summary>
[Collection("postgis")]
public sealed class ReferenceCliTests(PostGisFixture fixture) : CliDatabaseTest(fixture, "geo-reference-cli-")
{
    [Fact]
    public async Task Missing_events_file_is_a_usage_error_naming_the_file()
    {
        using var dir = new TempDir();
        var population = dir.File("population.csv", "kommun_kod,kommun_namn,population\n0180,Stockholm,1000000\n");
        var admin = dir.File("admin.csv", "municipality_code,municipality_name,county_code,county_name\n0180,Stockholm,01,Stockholms län\n");
        var missing = Path.Combine(dir.Path, "no-such-feed.csv");
        var r = await Geo("reference", "load", "--events", missing, "--population", population, "--admin", admin);
        Assert.Equal(2, r.Exit);
        Assert.Contains("no-such-feed.csv", r.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_without_a_table_says_how_to_load_one_and_exits_1()
    {
        var r = await Geo("reference", "show", "--municipality", "2580");
        Assert.Equal(1, r.Exit);
        Assert.Contains("geo reference load", r.Err, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public async Task Load_and_show_Lulea_against_Norrbotten_and_Sweden()
    {
        var d = SharedData.Path("sweden");
        var load = await Geo("reference", "load", "--events", Path.Combine(d, "polisen_events_2022_2026.csv"),
            "--population", Path.Combine(d, "scb_municipality_population_2024.csv"), "--admin", Path.Combine(d, "swedish_admin_areas_reference.csv"),
            "--counties", Path.Combine(d, "lan_wgs84.geojson"));
        Assert.True(load.Exit == 0, load.Err + load.Out);
        Assert.Contains("rows read", load.Out, StringComparison.Ordinal);

        var show = await Geo("reference", "show", "--municipality", "2580", "--lang", "en");
        Assert.True(show.Exit == 0, show.Err + show.Out);
        Assert.Contains("Luleå", show.Out, StringComparison.Ordinal);
        Assert.Contains("Norrbottens län", show.Out, StringComparison.Ordinal);
        Assert.Contains("Sweden", show.Out, StringComparison.Ordinal);
        Assert.Contains("Total (crimes)", show.Out, StringComparison.Ordinal);
        Assert.Contains("Similar municipalities:", show.Out, StringComparison.Ordinal);

        var sv = await Geo("reference", "show", "--municipality", "2580");
        Assert.Contains("Våld och hot", sv.Out, StringComparison.Ordinal);
        Assert.Matches(@"\d,\d", sv.Out); // decimal comma

        var json = await Geo("reference", "show", "--municipality", "2580", "--json");
        Assert.True(json.Exit == 0, json.Err);
        using var doc = JsonDocument.Parse(json.Out);
        Assert.Equal("25", doc.RootElement.GetProperty("county").GetProperty("code").GetString());
        Assert.Equal("SE", doc.RootElement.GetProperty("sweden").GetProperty("code").GetString());
        Assert.Equal(10, doc.RootElement.GetProperty("similar").GetArrayLength());
    }
}
