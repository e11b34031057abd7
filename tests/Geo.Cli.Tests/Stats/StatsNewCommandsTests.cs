using System.Globalization;
using System.Text.Json;
using Geo.Testing;
using static Geo.Cli.Tests.Stats.StatsSampleData;

namespace Geo.Cli.Tests.Stats;

/// <summary><c>geo stats concentration | change | dual-kde</c> on the sample municipality and its planted hot spots.</summary>
public sealed class StatsNewCommandsTests
{
    [Fact]
    public async Task Concentration_on_a_grid_counts_every_cell_as_a_place_and_writes_ranked_places()
    {
        var dir = Directory.CreateTempSubdirectory("geo-stats-conc-");
        try
        {
            var outFile = Path.Combine(dir.FullName, "places.csv");
            var (exit, stdout, stderr) = await RunGeo("stats", "concentration", "--input", Police, "--cell-size", "500", "--boundary", Boundary, "--out", outFile, "--json");
            Assert.True(exit == 0, stderr);
            Assert.Contains("places: ", stderr);
            var json = JsonDocument.Parse(stdout).RootElement;
            var csv = TestCsv.Read(outFile);
            Assert.Equal(["id", "count", "rank", "share", "cumulative_share", "top"], csv.Header);
            var counts = csv.Rows.Select(f => double.Parse(f[1], CultureInfo.InvariantCulture)).ToList();
            var police = TestCsv.Read(Police);
            Assert.Equal(police.Rows.Count(f => f[police["x"]].Length > 0), json.GetProperty("events").GetDouble());
            Assert.Equal(counts.Count, json.GetProperty("places").GetInt32());
            // The top 10 % share is the sum of the ceil(10 %) largest counts over all events.
            var k = json.GetProperty("top10PercentPlaces").GetInt32();
            Assert.Equal((int)Math.Ceiling(0.1 * counts.Count), k);
            Assert.Equal(counts.OrderDescending().Take(k).Sum() / counts.Sum(), json.GetProperty("top10PercentShare").GetDouble(), 12);
            Assert.Equal(k, csv.Rows.Count(f => f[5].Length > 0));
            var first = csv.Rows.Single(f => f[2] == "1");
            Assert.Equal(counts.Max(), double.Parse(first[1], CultureInfo.InvariantCulture));
            Assert.InRange(json.GetProperty("gini").GetDouble(), 0, 1);

            (exit, stdout, stderr) = await RunGeo("stats", "concentration", "--input", Police);
            Assert.Equal(2, exit);
            Assert.Contains("--field NAME is required", stderr);
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public async Task Change_from_2021_to_2025_finds_H1_new_and_increasing_H3_decreasing_and_quiet_null_areas()
    {
        var dir = Directory.CreateTempSubdirectory("geo-stats-change-");
        try
        {
            var outFile = Path.Combine(dir.FullName, "change.geojson");
            var (exit, stdout, stderr) = await RunGeo("stats", "change", "--input", Police, "--time-field", "occurred_at",
                "--compare-from", "2021-01-01", "--compare-to", "2021-12-31", "--from", "2025-01-01", "--to", "2025-12-31",
                "--cell-size", "250", "--boundary", Boundary, "--out", outFile, "--keep-crs", "--json");
            Assert.True(exit == 0, stderr);
            Assert.Contains("comparison period (before): 2021-01-01 to 2021-12-31", stderr);
            Assert.Matches(@"^\d+ events of the two periods, of \d+ points in incidents_police.csv", stderr);
            Assert.DoesNotContain("warning", stderr);
            Assert.Equal(JsonDocument.Parse(stdout).RootElement.GetArrayLength(), JsonDocument.Parse(File.ReadAllText(outFile)).RootElement.GetProperty("features").GetArrayLength());
            using var doc = JsonDocument.Parse(File.ReadAllText(outFile));
            using var truth = Truth();
            List<JsonElement> In(string id) => CellsIn(doc.RootElement, Square(truth.RootElement.GetProperty("hotspots").EnumerateArray()
                .Single(e => e.GetProperty("id").GetString() == id).GetProperty("polygon"))).Select(c => c.GetProperty("properties")).ToList();
            // H1 was planted from 2023 (0 extra events in 2021, 320 in 2025), H3 shrinks from 448 to 191 extra a year.
            var h1 = In("H1");
            Assert.True(h1.Count(p => p.GetProperty("change").GetString() == "new-hot-spot") >= 3, string.Join(", ", h1.Select(p => p.GetProperty("change"))));
            Assert.True(h1.Count(p => p.GetProperty("count_change").GetString() == "increase") >= 3, string.Join(", ", h1.Select(p => p.GetProperty("count_change"))));
            var h3 = In("H3");
            Assert.True(h3.Count(p => p.GetProperty("count_change").GetString() == "decrease") >= 3, string.Join(", ", h3.Select(p => p.GetProperty("count_change"))));
            Assert.DoesNotContain(h3, p => p.GetProperty("count_change").GetString() == "increase");
            foreach (var a in truth.RootElement.GetProperty("nullAreas").EnumerateArray())
            {
                var cells = CellsIn(doc.RootElement, Square(a.GetProperty("polygon"))).Select(c => c.GetProperty("properties")).ToList();
                var flagged = cells.Count(p => p.GetProperty("count_change").GetString() is "increase" or "decrease");
                Assert.True(flagged <= 0.05 * cells.Count, $"{a.GetProperty("id")}: {flagged}/{cells.Count} changed");
            }

            (exit, _, stderr) = await RunGeo("stats", "change", "--input", Police, "--time-field", "occurred_at", "--from", "2025-01-01", "--to", "2025-12-31");
            Assert.Equal(2, exit);
            Assert.Contains("--compare-from", stderr);
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public async Task Dual_kde_with_the_deso_population_gives_incidents_per_1000_residents()
    {
        var dir = Directory.CreateTempSubdirectory("geo-stats-dual-");
        try
        {
            var outFile = Path.Combine(dir.FullName, "rate.gpkg");
            var deso = Path.Combine(RepoRoot.Path, "data", "sample", "areas_deso.geojson");
            var (exit, stdout, stderr) = await RunGeo("stats", "dual-kde", "--input", Police, "--population", deso, "--population-field", "population",
                "--boundary", Boundary, "--bandwidth", "1500", "--cell-size", "500", "--out", outFile, "--json");
            Assert.True(exit == 0, stderr);
            Assert.Contains("polygons (at their centroids)", stderr);
            Assert.Contains("events per 1000 residents", stderr);
            var json = JsonDocument.Parse(stdout).RootElement;
            using var reader = Geo.Formats.FeatureReaders.Open(outFile);
            Assert.Equal(3006, reader.DeclaredSrid);
            Assert.Equal(["fid", "id", "x", "y", "per_1000_residents"], reader.Fields);
            var rates = reader.Read().Where(r => !r.IsNull(4)).Select(r => double.Parse(r.Text(4), CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(json.GetProperty("cells").GetInt32() - json.GetProperty("cellsWithoutRate").GetInt32(), rates.Count);
            Assert.Equal(json.GetProperty("maxRate").GetDouble(), rates.Max(), 1e-9);
            Assert.All(rates, v => Assert.True(v >= 0));
            using var deso0 = JsonDocument.Parse(File.ReadAllText(deso));
            Assert.Equal(deso0.RootElement.GetProperty("features").EnumerateArray().Sum(f => f.GetProperty("properties").GetProperty("population").GetDouble()),
                json.GetProperty("residents").GetDouble());
        }
        finally { dir.Delete(true); }
    }
}
