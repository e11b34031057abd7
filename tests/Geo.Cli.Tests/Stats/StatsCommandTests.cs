using System.Globalization;
using System.Text.Json;
using Geo.Testing;

namespace Geo.Cli.Tests.Stats;

/// <summary><c>geo stats</c> on the Columbus reference data (GeoDa / spdep values), run as a child process without a database.</summary>
public sealed class StatsCommandTests
{
    private const string DummyUrl = "postgres://nobody@127.0.0.1:1/none";
    private static string Geojson => SharedData.Path("reference/columbus/columbus.geojson");
    private static string Gal => SharedData.Path("reference/columbus/columbus.gal");

    private static Task<(int Exit, string Out, string Err)> Geo(params string[] args) =>
        CliRun.RunAsync(DummyUrl, Path.Combine(Path.GetTempPath(), "geo-stats-tests-home"), args);

    [SharedDataFact]
    public async Task Moran_matches_spdep_on_columbus_crime()
    {
        var (exit, stdout, stderr) = await Geo("stats", "moran", "--input", Geojson, "--field", "CRIME", "--weights", Gal, "--json");
        Assert.True(exit == 0, stderr);
        var json = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(0.485770914, json.GetProperty("statistic").GetDouble(), 1e-6);
        Assert.Equal(5.3427136, json.GetProperty("z").GetDouble(), 1e-6);
        Assert.Equal(999, json.GetProperty("permutations").GetInt32());
        Assert.Equal(42, json.GetProperty("seed").GetInt32());
        Assert.InRange(json.GetProperty("pseudoP").GetDouble(), 0, 0.01);
        foreach (var name in new[] { "expected", "variance", "p" }) Assert.True(json.TryGetProperty(name, out _), name);
        Assert.Contains("permutations: 999", stderr);
        Assert.Contains("seed: 42", stderr);
    }

    [SharedDataFact]
    public async Task Moran_human_output_is_one_block()
    {
        var (exit, stdout, stderr) = await Geo("stats", "moran", "--input", Geojson, "--field", "CRIME", "--weights", Gal, "--permutations", "0");
        Assert.True(exit == 0, stderr);
        Assert.Contains("0.485770914", stdout);
        Assert.Contains("5.3427136", stdout);
    }

    [SharedDataFact]
    public async Task Gistar_z_of_polygon_1_matches_spdep_localG_include_self()
    {
        var (exit, stdout, stderr) = await Geo("stats", "gistar", "--input", Geojson, "--field", "CRIME", "--weights", Gal, "--id-field", "POLYID", "--json");
        Assert.True(exit == 0, stderr);
        var rows = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(49, rows.GetArrayLength());
        var first = rows[0];
        Assert.Equal("1", first.GetProperty("id").GetString());
        Assert.Equal(-1.4327797, first.GetProperty("z").GetDouble(), 1e-6);
        foreach (var name in new[] { "statistic", "p", "pseudo_p", "p_adjusted", "class" }) Assert.True(first.TryGetProperty(name, out _), name);
        Assert.Contains("correction: fdr", stderr);
    }

    [SharedDataFact]
    public async Task Lisa_Ii_of_polygon_1_matches_spdep_localmoran()
    {
        var (exit, stdout, stderr) = await Geo("stats", "lisa", "--input", Geojson, "--field", "CRIME", "--weights", Gal, "--json");
        Assert.True(exit == 0, stderr);
        var rows = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(49, rows.GetArrayLength());
        Assert.Equal(1, rows[0].GetProperty("id").GetInt32());
        Assert.Equal(0.73681849, rows[0].GetProperty("statistic").GetDouble(), 1e-6);
        Assert.Equal(49, rows[48].GetProperty("id").GetInt32());
    }

    [SharedDataFact]
    public async Task Lisa_writes_csv_with_the_json_columns()
    {
        var csv = Path.Combine(Path.GetTempPath(), $"geo-stats-{Guid.NewGuid():N}.csv");
        try
        {
            var (exit, _, stderr) = await Geo("stats", "lisa", "--input", Geojson, "--field", "CRIME", "--weights", Gal, "--out", csv, "--holm");
            Assert.True(exit == 0, stderr);
            var table = TestCsv.Read(csv);
            Assert.Equal(["id", "statistic", "z", "p", "pseudo_p", "p_adjusted", "class", "reason"], table.Header);
            Assert.Equal(49, table.Rows.Count);
            var first = table.Rows[0];
            Assert.Equal("1", first[0]);
            Assert.Equal(0.73681849, double.Parse(first[1], CultureInfo.InvariantCulture), 1e-6);
            Assert.Contains("correction: holm", stderr);
        }
        finally { File.Delete(csv); }
    }

    [SharedDataFact]
    public async Task Queen_contiguity_from_the_polygons_is_the_default()
    {
        var (exit, stdout, stderr) = await Geo("stats", "moran", "--input", Geojson, "--field", "CRIME", "--json", "--permutations", "0");
        Assert.True(exit == 0, stderr);
        Assert.Contains("queen", stderr);
        Assert.True(JsonDocument.Parse(stdout).RootElement.GetProperty("z").GetDouble() > 3);
    }

    [SharedDataFact]
    public async Task Unknown_field_exits_2_naming_the_field_and_listing_fields()
    {
        var (exit, _, stderr) = await Geo("stats", "moran", "--input", Geojson, "--field", "NO_SUCH_FIELD");
        Assert.Equal(2, exit);
        Assert.Contains("NO_SUCH_FIELD", stderr);
        Assert.Contains("columbus.geojson", stderr);
        Assert.Contains("CRIME", stderr);
    }

    [Fact]
    public async Task Non_numeric_value_names_row_and_value()
    {
        var dir = Directory.CreateTempSubdirectory("geo-stats-");
        try
        {
            var csv = Path.Combine(dir.FullName, "points.csv");
            File.WriteAllText(csv, "x,y,count\n0,0,1\n1,0,2\n0,1,abc\n1,1,4\n2,2,5\n");
            var (exit, _, stderr) = await Geo("stats", "lisa", "--input", csv, "--field", "count", "--weights", "knn:2");
            Assert.Equal(2, exit);
            Assert.Contains("row 3", stderr);
            Assert.Contains("abc", stderr);
            Assert.Contains("count", stderr);
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public async Task Help_texts_are_present()
    {
        var (exit, stdout, _) = await Geo("stats", "--help");
        Assert.Equal(0, exit);
        Assert.Contains("moran", stdout);
        Assert.Contains("gistar", stdout);
        Assert.Contains("lisa", stdout);
        foreach (var sub in new[] { "kde", "trend", "emerging" }) Assert.Contains(sub, stdout);
        (exit, stdout, _) = await Geo("stats", "gistar", "--help");
        Assert.Equal(0, exit);
        Assert.Contains("include.self", stdout);
        foreach (var o in new[] { "--input", "--field", "--id-field", "--weights", "--permutations", "--seed", "--alpha", "--fdr", "--bonferroni", "--holm", "--no-adjust", "--out", "--json",
                     "--p-from", "--cell-size", "--shape", "--boundary" })
            Assert.Contains(o, stdout);
        (exit, stdout, _) = await Geo("stats", "kde", "--help");
        Assert.Equal(0, exit);
        foreach (var o in new[] { "--input", "--field", "--kernel", "--bandwidth", "--cell-size", "--boundary", "--no-edge-correction", "--out", "--json" })
            Assert.Contains(o, stdout);
        Assert.DoesNotContain("--permutations", stdout);
        foreach (var sub in new[] { "trend", "emerging" })
        {
            (exit, stdout, _) = await Geo("stats", sub, "--help");
            Assert.Equal(0, exit);
            foreach (var o in new[] { "--input", "--time-field", "--step", "--cell-size", "--shape", "--boundary", "--alpha", "--fdr", "--out", "--json" })
                Assert.Contains(o, stdout);
            Assert.DoesNotContain("--permutations", stdout);
        }
        (exit, stdout, _) = await Geo("stats", "moran", "--help");
        Assert.Equal(0, exit);
        Assert.Contains("row-standardised", stdout);
    }
}
