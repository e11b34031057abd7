using System.Globalization;
using System.Text.Json;
using static Geo.Cli.Tests.Stats.StatsSampleData;

namespace Geo.Cli.Tests.Stats;

/// <summary>
/// <c>geo stats</c> on degenerate data, run as the real command: either a data error (exit 1) that says what is wrong and
/// what to do, or a result that says where and why it is undefined, never a class or a p-value there.
/// </summary>
public sealed class StatsDegenerateTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("geo-stats-degenerate-");

    public void Dispose() => _dir.Delete(true);

    /// <summary>Writes a CSV of 21 points on a 7 × 3 lattice of 100 m with the value <paramref name="value"/>(i) in column v.</summary>
    private string Lattice(string name, Func<int, string> value, Func<int, string>? id = null)
    {
        var path = Path.Combine(_dir.FullName, name);
        File.WriteAllLines(path, new[] { "id,x,y,v" }.Concat(Enumerable.Range(0, 21).Select(i =>
            $"{id?.Invoke(i) ?? (i + 1).ToString(CultureInfo.InvariantCulture)},{i % 7 * 100},{i / 7 * 100},{value(i)}")));
        return path;
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Theory]
    [InlineData("gistar")]
    [InlineData("lisa")]
    public async Task All_values_equal_are_undefined_not_cold_with_p_0(string command)
    {
        var csv = Lattice("equal.csv", _ => "3");
        var (exit, stdout, stderr) = await RunGeo("stats", command, "--input", csv, "--field", "v", "--weights", "knn:4", "--json");
        Assert.True(exit == 0, stderr);
        var rows = JsonDocument.Parse(stdout).RootElement.EnumerateArray().ToList();
        Assert.Equal(21, rows.Count);
        foreach (var row in rows)
        {
            Assert.Equal("", row.GetProperty("class").GetString());
            Assert.Equal("zero variance: all 21 values equal 3", row.GetProperty("reason").GetString());
            foreach (var name in new[] { "statistic", "z", "p", "pseudo_p", "p_adjusted" })
                Assert.Equal(JsonValueKind.Null, row.GetProperty(name).ValueKind);
        }
        Assert.Contains("zero variance: all 21 values equal 3", stderr);
        Assert.Contains("undefined: 21 (zero variance: all 21 values equal 3)", stderr);
        Assert.DoesNotContain("cold", stderr);
        Assert.DoesNotContain("hot:", stderr);
    }

    [Fact]
    public async Task Moran_of_all_zeros_is_undefined_without_a_pseudo_p()
    {
        var csv = Lattice("zeros.csv", _ => "0");
        var (exit, stdout, stderr) = await RunGeo("stats", "moran", "--input", csv, "--field", "v", "--weights", "knn:4", "--json");
        Assert.True(exit == 0, stderr);
        var json = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal("zero variance: all 21 values equal 0", json.GetProperty("undefined").GetString());
        foreach (var name in new[] { "statistic", "z", "p", "pseudoP" }) Assert.Equal(JsonValueKind.Null, json.GetProperty(name).ValueKind);
        (exit, stdout, stderr) = await RunGeo("stats", "moran", "--input", csv, "--field", "v", "--weights", "knn:4");
        Assert.True(exit == 0, stderr);
        Assert.Contains("is undefined: zero variance: all 21 values equal 0; no z and no p-value", stdout);
        Assert.DoesNotContain("NaN", stdout);
        Assert.DoesNotContain("pseudo p", stdout);
    }

    [Fact]
    public async Task Kde_on_identical_points_asks_for_a_bandwidth_and_works_with_one()
    {
        var csv = Write("same.csv", "x,y\n" + string.Concat(Enumerable.Repeat("6400000.123,1500000.456\n", 21)));
        var (exit, stdout, stderr) = await RunGeo("stats", "kde", "--input", csv);
        Assert.Equal(1, exit);
        Assert.Contains("all 21 points are at the same place (6400000.123, 1500000.456)", stderr);
        Assert.Contains("--bandwidth M", stderr);
        Assert.DoesNotContain("events per km²", stdout + stderr);
        (exit, _, stderr) = await RunGeo("stats", "kde", "--input", csv, "--bandwidth", "200", "--json");
        Assert.True(exit == 0, stderr);
    }

    [Fact]
    public async Task Kde_on_nearly_identical_points_asks_for_a_bandwidth()
    {
        var rng = new Random(3);
        var csv = Write("near.csv", "x,y\n" + string.Concat(Enumerable.Range(0, 21).Select(_ =>
            FormattableString.Invariant($"{6400000 + rng.NextDouble() * 0.1:F4},{1500000 + rng.NextDouble() * 0.1:F4}\n"))));
        var (exit, _, stderr) = await RunGeo("stats", "kde", "--input", csv);
        Assert.Equal(1, exit);
        Assert.Contains("nearly at one place", stderr);
        Assert.Contains("--bandwidth M", stderr);
    }

    [Fact]
    public async Task A_too_short_band_names_the_locations_without_neighbours_and_the_band_that_connects_them()
    {
        // The lattice plus a 22nd point far away.
        var csv = Lattice("islands.csv", i => (i % 3).ToString(CultureInfo.InvariantCulture));
        File.AppendAllText(csv, "22,5000,5000,7\n");
        var (exit, stdout, stderr) = await RunGeo("stats", "gistar", "--input", csv, "--field", "v", "--weights", "band:150", "--id-field", "id", "--json");
        Assert.True(exit == 0, stderr);
        Assert.Contains("no neighbours for 1 location: id 22", stderr);
        // The far point is 4400 m, 4800 m from the lattice's corner (600, 200): √(4400² + 4800²) = 6511.5282 m, rounded up to the mm.
        Assert.Contains("the smallest band that gives every location a neighbour is 6511.529 m", stderr);
        Assert.Contains("undefined: 1 (no neighbours)", stderr);
        var last = JsonDocument.Parse(stdout).RootElement[21];
        Assert.Equal("22", last.GetProperty("id").GetString());
        Assert.Equal("", last.GetProperty("class").GetString());
        Assert.Equal("no neighbours", last.GetProperty("reason").GetString());
        Assert.Equal(JsonValueKind.Null, last.GetProperty("p").ValueKind);

        // The same band for Moran's I: a warning, the statistic is still defined.
        (exit, _, stderr) = await RunGeo("stats", "moran", "--input", csv, "--field", "v", "--weights", "band:150", "--id-field", "id", "--permutations", "0");
        Assert.True(exit == 0, stderr);
        Assert.Contains("warning: no neighbours for 1 location: id 22", stderr);
    }

    [Fact]
    public async Task A_band_that_connects_nobody_is_an_error()
    {
        var csv = Lattice("far.csv", i => i.ToString(CultureInfo.InvariantCulture));
        var (exit, _, stderr) = await RunGeo("stats", "lisa", "--input", csv, "--field", "v", "--weights", "band:50");
        Assert.Equal(1, exit);
        Assert.Contains("no location of v of far.csv has a neighbour", stderr);
        Assert.Contains("the smallest band that gives every location a neighbour is 100 m", stderr);
    }

    [Fact]
    public async Task Polygon_islands_are_undefined_in_the_geojson_output_with_their_reason()
    {
        // Four touching squares and one square far away: queen contiguity leaves the fifth alone.
        static string Square(double x, double y) => FormattableString.Invariant($"[[[{x},{y}],[{x + 100},{y}],[{x + 100},{y + 100}],[{x},{y + 100}],[{x},{y}]]]");
        var features = new[] { (0.0, 0.0), (100.0, 0.0), (0.0, 100.0), (100.0, 100.0), (900.0, 900.0) }
            .Select((s, i) => $"{{\"type\":\"Feature\",\"properties\":{{\"code\":\"A{i}\",\"v\":{i * i}}},\"geometry\":{{\"type\":\"Polygon\",\"coordinates\":{Square(s.Item1, s.Item2)}}}}}");
        var geojson = Write("polygons.geojson", $"{{\"type\":\"FeatureCollection\",\"features\":[{string.Join(",", features)}]}}");
        var outFile = Path.Combine(_dir.FullName, "out.geojson");
        var (exit, _, stderr) = await RunGeo("stats", "lisa", "--input", geojson, "--field", "v", "--id-field", "code", "--out", outFile, "--keep-crs");
        Assert.True(exit == 0, stderr);
        Assert.Contains("no neighbours for 1 location: id A4", stderr);
        var island = JsonDocument.Parse(File.ReadAllText(outFile)).RootElement.GetProperty("features")[4].GetProperty("properties");
        Assert.Equal("", island.GetProperty("class").GetString());
        Assert.Equal("no neighbours", island.GetProperty("reason").GetString());
        Assert.Equal(JsonValueKind.Null, island.GetProperty("pseudo_p").ValueKind);
    }

    [Fact]
    public async Task Duplicate_ids_are_an_error_naming_both_rows()
    {
        var csv = Lattice("dup.csv", i => (i % 4).ToString(CultureInfo.InvariantCulture), i => i == 10 ? "3" : (i + 1).ToString(CultureInfo.InvariantCulture));
        var (exit, _, stderr) = await RunGeo("stats", "gistar", "--input", csv, "--field", "v", "--id-field", "id");
        Assert.Equal(1, exit);
        Assert.Contains("dup.csv", stderr);
        Assert.Contains("--id-field id has the value \"3\" on row 3 and on row 11", stderr);
        // Without --id-field the rows are numbered and the same file is fine.
        (exit, _, stderr) = await RunGeo("stats", "gistar", "--input", csv, "--field", "v", "--permutations", "0");
        Assert.True(exit == 0, stderr);
    }

    [Theory]
    [InlineData("empty.csv", "id,x,y,v\n", "moran")]
    [InlineData("empty.geojson", "{\"type\":\"FeatureCollection\",\"features\":[]}", "moran")]
    [InlineData("empty.geojson", "{\"type\":\"FeatureCollection\",\"features\":[]}", "kde")]
    [InlineData("empty.geojson", "{\"type\":\"FeatureCollection\",\"features\":[]}", "gistar-grid")]
    [InlineData("header.csv", "when,place\n", "trend")]
    public async Task An_empty_layer_says_it_has_no_rows_not_that_a_field_is_missing(string name, string text, string command)
    {
        var path = Write(name, text);
        string[] args = command switch
        {
            "moran" => ["stats", "moran", "--input", path, "--field", "v"],
            "kde" => ["stats", "kde", "--input", path],
            "gistar-grid" => ["stats", "gistar", "--input", path, "--cell-size", "100"],
            _ => ["stats", "trend", "--input", path, "--time-field", "when"],
        };
        var (exit, _, stderr) = await RunGeo(args);
        Assert.Equal(1, exit);
        Assert.Contains($"{name} has no rows", stderr);
        Assert.DoesNotContain("no such field", stderr);
        Assert.DoesNotContain("no x,y columns", stderr);
    }

    [Fact]
    public async Task Trend_makes_no_claim_for_a_constant_series_and_emerging_none_for_an_island_cell()
    {
        // 30 events a month spread over a 200 m square, and 2 events every month in a 50 m islet of the boundary.
        var rng = new Random(1);
        var lines = new List<string> { "x,y,when" };
        for (var m = 1; m <= 12; m++)
        {
            for (var k = 0; k < 30; k++)
                lines.Add(FormattableString.Invariant($"{1 + rng.NextDouble() * 198:F1},{1 + rng.NextDouble() * 198:F1},2024-{m:00}-{1 + rng.Next(28):00}"));
            lines.Add(FormattableString.Invariant($"1025,25,2024-{m:00}-10"));
            lines.Add(FormattableString.Invariant($"1030,30,2024-{m:00}-20"));
        }
        var csv = Path.Combine(_dir.FullName, "events.csv");
        File.WriteAllLines(csv, lines);
        var boundary = Write("archipelago.geojson", "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"MultiPolygon\"," +
            "\"coordinates\":[[[[0,0],[200,0],[200,200],[0,200],[0,0]]],[[[1000,0],[1050,0],[1050,50],[1000,50],[1000,0]]]]}}]}");

        var (exit, stdout, stderr) = await RunGeo("stats", "trend", "--input", csv, "--time-field", "when", "--cell-size", "50", "--boundary", boundary, "--json");
        Assert.True(exit == 0, stderr);
        var rows = JsonDocument.Parse(stdout).RootElement.EnumerateArray().ToList();
        Assert.Equal(17, rows.Count);
        var flat = Assert.Single(rows, r => r.GetProperty("reason").ValueKind == JsonValueKind.String);
        Assert.Equal("constant series: 2 in every step", flat.GetProperty("reason").GetString());
        Assert.Equal("", flat.GetProperty("class").GetString());
        foreach (var name in new[] { "statistic", "z", "p", "p_adjusted" }) Assert.Equal(JsonValueKind.Null, flat.GetProperty(name).ValueKind);
        Assert.Contains("undefined: 1 (constant series: 2 in every step)", stderr);
        Assert.Contains("whole area: constant series: 32 in every step: no trend test", stderr);

        (exit, stdout, stderr) = await RunGeo("stats", "emerging", "--input", csv, "--time-field", "when", "--cell-size", "50", "--boundary", boundary, "--json");
        Assert.True(exit == 0, stderr);
        Assert.Contains("no neighbours for 1 location: id " + flat.GetProperty("id").GetInt32(), stderr);
        var island = JsonDocument.Parse(stdout).RootElement[flat.GetProperty("id").GetInt32()];
        Assert.Equal("", island.GetProperty("class").GetString());
        Assert.Equal("Gi* undefined in every step: no neighbours", island.GetProperty("reason").GetString());
        Assert.Equal(JsonValueKind.Null, island.GetProperty("p_adjusted").ValueKind);
    }
}
