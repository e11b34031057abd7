using Geo.Planning.Runs;
using Geo.Planning.Samples;
using Geo.Storage;
using Geo.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Geo.Planning.Tests.Runs;

/// <summary>
/// The follow-up: a run on the sample loaded up to 2024, then the year 2025 loaded and a second run. The first run is
/// not changed by the new data; <c>compare</c> reports the moved period, the emerging hotspot's area rising significantly
/// and the diminishing one's falling.
/// </summary>
[Collection("postgis")]
public sealed class RunCompareTests(PostGisFixture fixture) : PlanningDatabaseTest(fixture, "geo-compare-")
{
    private static readonly string Sample = Path.Combine(RepoRoot.Path, "data", "sample");

    [Fact]
    public async Task Compare_before_and_after_loading_an_extra_year_reports_the_change_and_the_old_run_stays()
    {
        // The sample without 2025: every file copied, the incident files cut at the end of 2024.
        var until2024 = Path.Combine(Home, "sample-2024");
        Directory.CreateDirectory(until2024);
        foreach (var f in Directory.GetFiles(Sample))
        {
            var target = Path.Combine(until2024, Path.GetFileName(f));
            if (Path.GetFileName(f).StartsWith("incidents_", StringComparison.Ordinal))
                await File.WriteAllLinesAsync(target, File.ReadLines(f).Where((line, i) => i == 0 || string.CompareOrdinal(line.Split(',')[1], "2025") < 0));
            else File.Copy(f, target);
        }
        var imports = Services.GetRequiredService<SampleImportService>();
        var analyze = Services.GetRequiredService<AnalyzeService>();
        var store = Services.GetRequiredService<RunStore>();
        await imports.RunAsync(until2024, null, "test");
        var a = await analyze.RunAsync(new AnalyzeRequest("9999", CreatedBy: "test"));
        Assert.Equal(new DateOnly(2024, 12, 31), a.Run.PeriodTo);
        var before = await store.AreaIndicatorsAsync(a.Run.Id);

        await imports.RunAsync(Sample, null, "test");
        var b = await analyze.RunAsync(new AnalyzeRequest("9999", CreatedBy: "test"));
        Assert.Equal(new DateOnly(2025, 12, 31), b.Run.PeriodTo);
        Assert.NotEqual(a.Run.InputFingerprint, b.Run.InputFingerprint);

        // New data never changes an old run.
        var after = await store.AreaIndicatorsAsync(a.Run.Id);
        Assert.Equal(before.Select(r => (r.AreaCode, r.CategoryGroup, r.Incidents, r.RatePer1000)), after.Select(r => (r.AreaCode, r.CategoryGroup, r.Incidents, r.RatePer1000)));

        var c = await Services.GetRequiredService<RunsService>().CompareAsync(a.Run.Id, b.Run.Id);
        Assert.Contains(c.Parameters, p => p.Name == "period" && p.A == "2024-01-01–2024-12-31" && p.B == "2025-01-01–2025-12-31");
        Assert.Contains(c.Parameters, p => p.Name == "inputFingerprint");
        // The emerging vandalism hotspot (H1: 240 → 320 planted a year) makes its area's vandalism rise.
        var rows = await store.AreaIndicatorsAsync(b.Run.Id);
        var truth = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Sample, "ground_truth.json")));
        string AreaOf(string id)
        {
            var h = truth.RootElement.GetProperty("hotspots").EnumerateArray().Single(x => x.GetProperty("id").GetString() == id);
            var square = SampleRunTests.Square(h.GetProperty("polygon"));
            return rows.Single(r => r.CategoryGroup == "total" && !r.IsReference && r.Geom!.Contains(square.Centroid)).AreaCode;
        }
        Assert.Contains(c.Moved, m => m.AreaCode == AreaOf("H1") && m.CategoryGroup == "vandalism" && m.Direction == "rise");
        Assert.Contains(c.Moved, m => m.AreaCode == AreaOf("H3") && m.CategoryGroup == "theft" && m.Direction == "fall");
        Assert.Equal(c.Entered.Count, c.Left.Count);
    }
}
