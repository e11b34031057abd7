using System.Text.Json;
using static Geo.Cli.Tests.Stats.StatsSampleData;

namespace Geo.Cli.Tests.Stats;

/// <summary>
/// <c>geo stats trend</c> and <c>emerging</c> on the sample municipality: police reports on 250 m cells clipped to the
/// boundary, quarterly steps 2021–2025 (the setup of Geo.Analysis.Tests' PlantedHotspotsTests, through the command line).
/// </summary>
public sealed class StatsSpaceTimeTests
{
    private static readonly string[] Classes =
    [
        "no-pattern", "new-hot-spot", "consecutive-hot-spot", "intensifying-hot-spot", "persistent-hot-spot", "diminishing-hot-spot",
        "sporadic-hot-spot", "oscillating-hot-spot", "historical-hot-spot", "new-cold-spot", "consecutive-cold-spot", "intensifying-cold-spot",
        "persistent-cold-spot", "diminishing-cold-spot", "sporadic-cold-spot", "oscillating-cold-spot", "historical-cold-spot",
    ];

    private static string[] Family(string expected) => expected.Split(' ')[0] switch
    {
        "new_hot_spot" or "consecutive_hot_spot" or "intensifying_hot_spot" => ["new-hot-spot", "consecutive-hot-spot", "intensifying-hot-spot"],
        var other => [other.Replace('_', '-')],
    };

    [Fact]
    public async Task Emerging_quarterly_gives_the_planted_classes_and_no_pattern_in_the_null_areas()
    {
        var dir = Directory.CreateTempSubdirectory("geo-stats-st-");
        try
        {
            var outFile = Path.Combine(dir.FullName, "emerging.geojson");
            var (exit, stdout, stderr) = await RunGeo("stats", "emerging", "--input", Police, "--time-field", "occurred_at", "--step", "quarter",
                "--cell-size", "250", "--boundary", Boundary, "--out", outFile, "--keep-crs", "--json");
            Assert.True(exit == 0, stderr);
            Assert.Contains("20 quarter steps", stderr);
            var rows = JsonDocument.Parse(stdout).RootElement;
            Assert.All(rows.EnumerateArray(), r => Assert.Contains(r.GetProperty("class").GetString(), Classes));
            using var doc = JsonDocument.Parse(File.ReadAllText(outFile));
            Assert.Equal(rows.GetArrayLength(), doc.RootElement.GetProperty("features").GetArrayLength());
            using var truth = Truth();
            foreach (var h in truth.RootElement.GetProperty("hotspots").EnumerateArray())
            {
                var family = Family(h.GetProperty("expectedClass").GetProperty("quarterly").GetString()!);
                var cells = CellsIn(doc.RootElement, Square(h.GetProperty("polygon")));
                Assert.Equal(4, cells.Count);
                var got = cells.Select(c => c.GetProperty("properties").GetProperty("class").GetString()!).ToList();
                Assert.True(got.Count(family.Contains) >= 3, $"{h.GetProperty("id")}: expected {string.Join("/", family)}, got {string.Join(", ", got)}");
            }
            foreach (var a in truth.RootElement.GetProperty("nullAreas").EnumerateArray())
            {
                var cells = CellsIn(doc.RootElement, Square(a.GetProperty("polygon")));
                var flagged = cells.Count(c => c.GetProperty("properties").GetProperty("class").GetString() != "no-pattern");
                Assert.True(flagged <= 0.05 * cells.Count, $"{a.GetProperty("id")}: {flagged}/{cells.Count} flagged");
            }
            Assert.Contains("persistent-hot-spot:", stderr); // the counts per class
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public async Task Trend_finds_H1_increasing_and_H3_decreasing_and_nothing_in_the_null_areas()
    {
        var dir = Directory.CreateTempSubdirectory("geo-stats-st-");
        try
        {
            var outFile = Path.Combine(dir.FullName, "trend.geojson");
            var (exit, stdout, stderr) = await RunGeo("stats", "trend", "--input", Police, "--time-field", "occurred_at", "--step", "quarter",
                "--cell-size", "250", "--boundary", Boundary, "--out", outFile, "--keep-crs", "--json");
            Assert.True(exit == 0, stderr);
            Assert.Contains("whole area: S = ", stderr);
            var rows = JsonDocument.Parse(stdout).RootElement;
            var tested = rows.EnumerateArray().First(r => r.GetProperty("p").ValueKind == JsonValueKind.Number);
            Assert.Equal(JsonValueKind.Null, tested.GetProperty("pseudo_p").ValueKind);
            Assert.Equal(JsonValueKind.Number, tested.GetProperty("p_adjusted").ValueKind);
            using var doc = JsonDocument.Parse(File.ReadAllText(outFile));
            using var truth = Truth();
            foreach (var (id, expected) in new[] { ("H1", "increasing"), ("H3", "decreasing") })
            {
                var h = truth.RootElement.GetProperty("hotspots").EnumerateArray().Single(e => e.GetProperty("id").GetString() == id);
                var got = CellsIn(doc.RootElement, Square(h.GetProperty("polygon"))).Select(c => c.GetProperty("properties")).ToList();
                Assert.True(got.Count(p => p.GetProperty("class").GetString() == expected) >= 3, $"{id}: {string.Join(", ", got.Select(p => p.GetProperty("class")))}");
                Assert.All(got, p => Assert.Equal(expected == "increasing", p.GetProperty("statistic").GetDouble() > 0));
            }
            foreach (var a in truth.RootElement.GetProperty("nullAreas").EnumerateArray())
            {
                var cells = CellsIn(doc.RootElement, Square(a.GetProperty("polygon")));
                var flagged = cells.Count(c => c.GetProperty("properties").GetProperty("class").GetString() is "increasing" or "decreasing");
                Assert.True(flagged <= 0.05 * cells.Count, $"{a.GetProperty("id")}: {flagged}/{cells.Count} flagged");
            }
        }
        finally { dir.Delete(true); }
    }

    [Theory]
    [InlineData("trend")]
    [InlineData("emerging")]
    public async Task Bad_time_value_names_the_file_row_and_field(string command)
    {
        var dir = Directory.CreateTempSubdirectory("geo-stats-st-");
        try
        {
            var csv = Path.Combine(dir.FullName, "events.csv");
            File.WriteAllText(csv, "id,when,x,y\n1,2024-01-05,0,0\n2,2024-02-05 13:45,100,0\n3,2024-13-05,0,100\n4,2024-04-05T08:00:00,100,100\n");
            var (exit, _, stderr) = await RunGeo("stats", command, "--input", csv, "--time-field", "when", "--cell-size", "50");
            Assert.Equal(2, exit);
            Assert.Contains("events.csv", stderr);
            Assert.Contains("row 3", stderr);
            Assert.Contains("when", stderr);
            Assert.Contains("2024-13-05", stderr);
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public async Task Iso_dates_timestamps_and_offsets_are_read()
    {
        var dir = Directory.CreateTempSubdirectory("geo-stats-st-");
        try
        {
            var csv = Path.Combine(dir.FullName, "events.csv");
            var formats = new[] { "2024-{0:00}-05", "2024-{0:00}-05 13:45", "2024-{0:00}-05 13:45:10", "2024-{0:00}-05T08:00", "2024-{0:00}-05T08:00:00Z",
                "2024-{0:00}-05 7:56:30 +02:00", "2024-{0:00}-05T23:30:00+01:00" };
            var lines = new List<string> { "x,y,when" };
            var k = 0;
            for (var m = 1; m <= 6; m++)
                foreach (var f in formats) { lines.Add($"{k % 7 * 30},{k / 7 * 15},{string.Format(System.Globalization.CultureInfo.InvariantCulture, f, m)}"); k++; }
            File.WriteAllLines(csv, lines);
            var (exit, _, stderr) = await RunGeo("stats", "trend", "--input", csv, "--time-field", "when", "--cell-size", "50", "--partial-steps", "keep");
            Assert.True(exit == 0, stderr);
            Assert.Contains("6 month steps", stderr);
            // Times with Z or an offset are converted to Europe/Stockholm: 2024-06-05T23:30:00+01:00 is 00:30 CEST on 6 June.
            Assert.Contains("events 2024-01-05 to 2024-06-06", stderr);
            Assert.Contains("times: 18 carry a UTC offset or Z: converted to Europe/Stockholm local time", stderr);
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public async Task Trend_with_a_field_tests_the_summed_weights_not_the_counts()
    {
        var dir = Directory.CreateTempSubdirectory("geo-stats-st-");
        try
        {
            // Cell (0, 0) of a 50 m grid: five events every month, with a harm weight that grows with the month. The events
            // start on 4 January and end on 28 December: --partial-steps keep keeps both months.
            var csv = Path.Combine(dir.FullName, "harm.csv");
            var lines = new List<string> { "x,y,when,harm" };
            for (var m = 1; m <= 12; m++)
            {
                for (var k = 0; k < 5; k++) lines.Add(FormattableString.Invariant($"{20 + k},25,2024-{m:00}-10,{m}"));
                foreach (var (x, y) in new[] { (1, 1), (199, 1), (1, 199), (199, 199), (110, 110) })
                    lines.Add(FormattableString.Invariant($"{x},{y},2024-{m:00}-{1 + (x + y + m) % 27:00} 12:00,1"));
            }
            File.WriteAllLines(csv, lines);
            var (exit, stdout, stderr) = await RunGeo("stats", "trend", "--input", csv, "--time-field", "when", "--cell-size", "50", "--partial-steps", "keep", "--json");
            Assert.True(exit == 0, stderr);
            Assert.Contains("12 month steps", stderr);
            var counted = JsonDocument.Parse(stdout).RootElement;
            // Six events every month: a constant series, no trend test and no trend claim.
            Assert.Equal("", counted[0].GetProperty("class").GetString());
            Assert.Equal("constant series: 6 in every step", counted[0].GetProperty("reason").GetString());
            Assert.Equal(JsonValueKind.Null, counted[0].GetProperty("statistic").ValueKind);
            (exit, stdout, stderr) = await RunGeo("stats", "trend", "--input", csv, "--time-field", "when", "--field", "harm", "--cell-size", "50", "--partial-steps", "keep", "--json");
            Assert.True(exit == 0, stderr);
            var weighted = JsonDocument.Parse(stdout).RootElement;
            Assert.Equal("increasing", weighted[0].GetProperty("class").GetString());
            Assert.Equal(66, weighted[0].GetProperty("statistic").GetDouble()); // all 12·11/2 pairs increase

            // emerging reads the same weighted cube: the geojson carries the summed weight as "value".
            var outFile = Path.Combine(dir.FullName, "emerging.geojson");
            (exit, _, stderr) = await RunGeo("stats", "emerging", "--input", csv, "--time-field", "when", "--field", "harm", "--cell-size", "50", "--partial-steps", "keep", "--out", outFile, "--keep-crs");
            Assert.True(exit == 0, stderr);
            var cell0 = JsonDocument.Parse(File.ReadAllText(outFile)).RootElement.GetProperty("features")[0].GetProperty("properties");
            // Cell 0 holds the five weighted events and the corner event (1, 1) of weight 1 every month.
            Assert.Equal(72, cell0.GetProperty("count").GetDouble());
            Assert.Equal(5 * 78 + 12, cell0.GetProperty("value").GetDouble());
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public async Task Emerging_offers_no_permutations_and_needs_a_time_field()
    {
        var (exit, _, stderr) = await RunGeo("stats", "emerging", "--input", Police, "--time-field", "occurred_at", "--permutations", "9");
        Assert.NotEqual(0, exit);
        Assert.Contains("--permutations", stderr);
        (exit, _, stderr) = await RunGeo("stats", "trend", "--input", Police);
        Assert.NotEqual(0, exit);
        Assert.Contains("--time-field", stderr);
    }
}
