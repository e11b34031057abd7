using System.Text.Json;
using Geo.Planning.Runs;
using Geo.Planning.Samples;
using Geo.Storage;
using Geo.Testing;
using Microsoft.Extensions.DependencyInjection;
using NetTopologySuite.Geometries;

namespace Geo.Planning.Tests.Runs;

/// <summary>
/// The lägesbild engine on the sample municipality against its planted truth (data/sample/ground_truth.json): the
/// default periods, the planted hotspots found with their change, the planted temporal coverage gap with its hours and
/// nothing in the null areas, the planted hotspots' areas in the top priorities with reasons naming their categories and
/// times, and a reproducible run. The sample is loaded once for the class (one database).
/// </summary>
[Collection("postgis")]
public sealed class SampleRunTests(PostGisFixture fixture) : IAsyncLifetime
{
    private static readonly string Sample = Path.Combine(RepoRoot.Path, "data", "sample");
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static (GeoDatabase Db, ServiceProvider Services, AnalyzeResult Run)? _shared;
    private readonly string _home = Directory.CreateTempSubdirectory("geo-runs-").FullName;

    public async Task InitializeAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_shared is not null) return;
            var db = await fixture.CreateDatabaseAsync();
            var services = new ServiceCollection().AddGeo(GeoSettings.FromEnvironment(_home)).AddGeoDatabase(db).BuildServiceProvider();
            await services.GetRequiredService<SampleImportService>().RunAsync(Sample, null, "test");
            var run = await services.GetRequiredService<AnalyzeService>().RunAsync(new AnalyzeRequest("9999", CreatedBy: "test"));
            _shared = (db, services, run);
        }
        finally
        {
            Gate.Release();
        }
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_home, true);
        return Task.CompletedTask;
    }

    private static AnalyzeResult Run => _shared!.Value.Run;

    private static T Get<T>() where T : notnull => _shared!.Value.Services.GetRequiredService<T>();

    private sealed record Planted(string Id, string Trend, Polygon Square, string[] Groups, JsonElement Json);

    private static List<Planted> Hotspots()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Sample, "ground_truth.json")));
        return doc.RootElement.GetProperty("hotspots").EnumerateArray().Select(h => new Planted(
            h.GetProperty("id").GetString()!, h.GetProperty("trend").GetString()!,
            SampleRunTests.Square(h.GetProperty("polygon")),
            h.GetProperty("categories").EnumerateArray().Select(c => c.GetString()!.Split('.')[0]).Distinct().ToArray(),
            h.Clone())).ToList();
    }

    private static List<Polygon> NullAreas()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Sample, "ground_truth.json")));
        return doc.RootElement.GetProperty("nullAreas").EnumerateArray().Select(n => Square(n.GetProperty("polygon"))).ToList();
    }

    /// <summary>A ground-truth GeoJSON polygon (one ring, EPSG:3006).</summary>
    internal static Polygon Square(JsonElement polygon)
    {
        var ring = polygon.GetProperty("coordinates")[0].EnumerateArray().Select(c => new Coordinate(c[0].GetDouble(), c[1].GetDouble())).ToArray();
        return Geo.Core.Geometries.GeometryServices.Factory(3006).CreatePolygon(ring);
    }

    [Fact]
    public void Defaults_are_the_last_full_year_of_data_against_the_year_before_on_the_finest_set_with_population()
    {
        Assert.Equal(new DateOnly(2025, 1, 1), Run.Run.PeriodFrom);
        Assert.Equal(new DateOnly(2025, 12, 31), Run.Run.PeriodTo);
        Assert.Equal(new DateOnly(2024, 1, 1), Run.Run.CompareFrom);
        Assert.Equal(new DateOnly(2024, 12, 31), Run.Run.CompareTo);
        Assert.Equal("deso", Run.Run.AreaSet);
        Assert.Equal("completed", Run.Run.Status);
        Assert.Matches("^[0-9a-f]{64}$", Run.Run.InputFingerprint!);
        foreach (var code in new[] { "period", "compare", "area_set", "categories", "cell_size", "area_centroid", "withheld" })
            Assert.Contains(Run.Notices, n => n.Code == code);
        Assert.Contains("de senaste 12 hela månaderna", Run.Notices.First(n => n.Code == "period").TextSv);
    }

    [Fact]
    public async Task The_planted_hotspots_are_found_and_the_emerging_one_rises_and_the_diminishing_and_former_ones_fall()
    {
        var hotspots = await Get<RunStore>().HotspotsAsync(Run.Run.Id);
        foreach (var p in Hotspots())
        {
            var found = hotspots.Where(h => h.Geom.Intersection(p.Square).Area > 0.5 * p.Square.Area).ToList();
            Assert.True(found.Count == 1, $"{p.Id}: {found.Count} hotspots cover half its square");
            var h = found[0];
            using var dominant = JsonDocument.Parse(h.DominantCategories);
            Assert.Contains(dominant.RootElement[0].GetProperty("group").GetString(), p.Groups);
            if (p.Trend == "emerging") Assert.Equal("significant_rise", h.ChangeClass);
            if (p.Trend == "diminishing") Assert.Equal("significant_fall", h.ChangeClass);
            // The former hotspot stopped in June 2025: half a year of it against a whole one.
            if (p.Trend == "former") Assert.Equal("significant_fall", h.ChangeClass);
        }
        var nulls = NullAreas();
        Assert.DoesNotContain(hotspots, h => nulls.Any(n => n.Intersects(h.Geom) && n.Intersection(h.Geom).Area > 0));
    }

    [Fact]
    public async Task The_planted_coverage_gap_is_found_with_its_hours_and_nothing_is_reported_in_the_null_areas()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Sample, "ground_truth.json")));
        var gap = doc.RootElement.GetProperty("coverageGaps")[0];
        var planted = Hotspots().Single(h => h.Id == gap.GetProperty("hotspot").GetString());
        var window = gap.GetProperty("uncoveredWindow");
        var days = window.GetProperty("days").EnumerateArray().Select(d => d.GetInt32()).ToArray();
        var hotspots = await Get<RunStore>().HotspotsAsync(Run.Run.Id);
        var h = hotspots.Single(x => x.Geom.Intersection(planted.Square).Area > 0.5 * planted.Square.Area);
        Assert.Equal("temporal", h.CoverageGap);
        Assert.True(h.UncoveredShare >= 0.5, $"uncovered share {h.UncoveredShare}");
        using var windows = JsonDocument.Parse(h.UncoveredWindows);
        var first = windows.RootElement[0];
        var foundDays = first.GetProperty("days").EnumerateArray().Select(d => d.GetInt32()).ToArray();
        Assert.Equal(days, foundDays);
        // The found window lies within the planted night (± 1 hour at either end).
        var start = first.GetProperty("start_hour").GetInt32();
        var end = first.GetProperty("end_hour").GetInt32();
        Assert.InRange((start - window.GetProperty("startHour").GetInt32() + 24) % 24, 0, 1);
        Assert.InRange((window.GetProperty("endHour").GetInt32() - end + 24) % 24, 0, 1);
        // Nothing is reported in the null areas (no hotspot there at all).
        var nulls = NullAreas();
        Assert.DoesNotContain(hotspots, x => nulls.Any(n => n.Intersection(x.Geom).Area > 0));
        var reasons = (await Get<RunStore>().PrioritiesAsync(Run.Run.Id)).Where(p => p.TargetKind == "hotspot" && p.TargetId == h.HotspotId.ToString()).SelectMany(p => p.ReasonsSv);
        Assert.Contains(reasons, r => r.Contains("fre–lör") && r.Contains("ingen fritidsgård"));
    }

    [Fact]
    public async Task The_planted_hotspots_areas_are_in_the_top_priorities_with_reasons_naming_their_categories_and_times()
    {
        var indicators = await Get<RunStore>().AreaIndicatorsAsync(Run.Run.Id);
        var areas = indicators.Where(i => i.CategoryGroup == "total" && !i.IsReference).ToList();
        var priorities = (await Get<RunStore>().PrioritiesAsync(Run.Run.Id)).Where(p => p.TargetKind == "area").ToList();
        foreach (var p in Hotspots())
        {
            var area = areas.Single(a => a.Geom!.Contains(p.Square.Centroid)).AreaCode;
            var mine = priorities.Where(x => x.TargetId == area && p.Groups.Contains(x.CategoryGroup)).OrderBy(x => x.Rank).First();
            Assert.True(mine.Rank <= 10, $"{p.Id} in area {area}: best rank {mine.Rank} ({mine.CategoryGroup})");
            var label = Geo.Core.Taxonomy.CategoryTaxonomy.BuiltIn.Find(mine.CategoryGroup)!.LabelSv;
            Assert.StartsWith(label + ":", mine.ReasonsSv[0]);
        }
        // The persistent violence hotspot's area names its planted nights.
        var h2 = Hotspots().Single(h => h.Trend == "persistent");
        var h2Area = areas.Single(a => a.Geom!.Contains(h2.Square.Centroid)).AreaCode;
        var violence = priorities.Single(x => x.TargetId == h2Area && x.CategoryGroup == "violence");
        Assert.Contains(violence.ReasonsSv, r => r.Contains("fre–lör"));
    }

    [Fact]
    public async Task The_same_inputs_and_parameters_give_identical_numbers()
    {
        var again = await Get<AnalyzeService>().RunAsync(new AnalyzeRequest("9999", CreatedBy: "test"));
        var store = Get<RunStore>();
        Assert.Equal(Run.Run.InputFingerprint, again.Run.InputFingerprint);
        Assert.Equal(Run.Run.Parameters, again.Run.Parameters);
        // Every column but the run id and the geometry (compared as WKT) must be equal.
        var options = new JsonSerializerOptions
        {
            NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
            TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver
            {
                Modifiers = { ti => { foreach (var prop in ti.Properties.Where(x => x.Name is "RunId" or "Geom").ToList()) ti.Properties.Remove(prop); } },
            },
        };
        string Rows<T>(IEnumerable<T> rows) => JsonSerializer.Serialize(rows, options) +
            string.Join("|", rows.Select(r => (typeof(T).GetProperty("Geom")?.GetValue(r) as Geometry)?.AsText()));
        Assert.Equal(Rows(await store.AreaIndicatorsAsync(Run.Run.Id)), Rows(await store.AreaIndicatorsAsync(again.Run.Id)));
        Assert.Equal(Rows(await store.CellsAsync(Run.Run.Id)), Rows(await store.CellsAsync(again.Run.Id)));
        Assert.Equal(Rows(await store.HotspotsAsync(Run.Run.Id)), Rows(await store.HotspotsAsync(again.Run.Id)));
        Assert.Equal(Rows(await store.PrioritiesAsync(Run.Run.Id)), Rows(await store.PrioritiesAsync(again.Run.Id)));
        await Get<RunsService>().DeleteAsync(again.Run.Id);
        Assert.Null(await store.GetAsync(again.Run.Id));
    }

    [Fact]
    public async Task The_reference_row_holds_every_incident_of_the_period_and_the_areas_add_up_to_the_located_ones()
    {
        var rows = await Get<RunStore>().AreaIndicatorsAsync(Run.Run.Id);
        var total = rows.Single(r => r.IsReference && r.CategoryGroup == "total");
        var areas = rows.Where(r => !r.IsReference && r.CategoryGroup == "total").ToList();
        Assert.Equal(60, areas.Count);
        using var quality = JsonDocument.Parse(Run.Run.DataQuality!);
        Assert.Equal(quality.RootElement.GetProperty("incidents").GetInt32(), total.Incidents);
        Assert.Equal(total.Incidents - quality.RootElement.GetProperty("withoutLocation").GetInt32(), areas.Sum(a => a.Incidents));
        Assert.Equal(areas.Sum(a => a.Population), total.Population);
        // Rates per 1,000 and per 100,000 agree with the counts and populations.
        foreach (var a in areas)
        {
            Assert.Equal(a.Incidents * 1000.0 / a.Population!.Value, a.RatePer1000!.Value, 9);
            Assert.Equal(a.Incidents * 100000.0 / a.Population!.Value, a.RatePer100000!.Value, 6);
        }
        // Every group's areas add up to the group's located incidents; the groups add up to the total.
        var groups = rows.Where(r => r.IsReference && r.CategoryGroup != "total").ToList();
        Assert.Equal(total.Incidents, groups.Sum(g => g.Incidents));
    }
}
