using System.Text.Json;
using Geo.Analysis.Change;
using Geo.Planning.Causes;
using Geo.Planning.Plans;
using Geo.Planning.Runs;
using Geo.Planning.Samples;
using Geo.Planning.Tests.Runs;
using Geo.Storage;
using Geo.Storage.Model;
using Geo.Testing;
using Microsoft.Extensions.DependencyInjection;
using NetTopologySuite.Geometries;
using Npgsql;

namespace Geo.Planning.Tests.Plans;

/// <summary>
/// Stored plans on the sample municipality: two runs (the default 2025 against 2024, and 2024 alone) made once for the
/// class; plans drafted from hand-built facts on the runs' real polygons (the planted hotspot H2 and the area around it),
/// so that baselines and follow-ups count real incidents. Covers the store/show round trip, edits with history and
/// versions, drafting into a plan without touching edited rows, the follow-up's recount against an independent SQL
/// count, the protection of a run a plan refers to, and errors for unknown ids.
/// </summary>
[Collection("postgis")]
public sealed class PlanServiceTests(PostGisFixture fixture) : IAsyncLifetime
{
    private static readonly string Sample = Path.Combine(RepoRoot.Path, "data", "sample");
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static (GeoDatabase Db, ServiceProvider Services, AnalysisRunEntity Run2025, AnalysisRunEntity Run2024)? _shared;
    private readonly string _home = Directory.CreateTempSubdirectory("geo-plans-").FullName;

    public async Task InitializeAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_shared is not null) return;
            var db = await fixture.CreateDatabaseAsync();
            var services = new ServiceCollection().AddGeo(GeoSettings.FromEnvironment(_home)).AddGeoDatabase(db).BuildServiceProvider();
            await services.GetRequiredService<SampleImportService>().RunAsync(Sample, null, "test");
            var analyze = services.GetRequiredService<AnalyzeService>();
            var a = await analyze.RunAsync(new AnalyzeRequest("9999", CreatedBy: "test"));
            var b = await analyze.RunAsync(new AnalyzeRequest("9999", new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), CreatedBy: "test"));
            _shared = (db, services, a.Run, b.Run);
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

    private static T Get<T>() where T : notnull => _shared!.Value.Services.GetRequiredService<T>();

    private static AnalysisRunEntity Run2025 => _shared!.Value.Run2025;

    private static AnalysisRunEntity Run2024 => _shared!.Value.Run2024;

    private static Polygon H2()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Sample, "ground_truth.json")));
        var h2 = doc.RootElement.GetProperty("hotspots").EnumerateArray().Single(h => h.GetProperty("id").GetString() == "H2");
        return SampleRunTests.Square(h2.GetProperty("polygon"));
    }

    /// <summary>The run's hotspot on the planted H2 and the area containing H2's centre (with its polygon).</summary>
    private static async Task<(RunHotspotEntity Hotspot, RunAreaIndicatorEntity Area)> TargetsAsync(AnalysisRunEntity run)
    {
        var h2 = H2();
        var hotspot = (await Get<RunStore>().HotspotsAsync(run.Id)).Single(h => h.Geom.Intersection(h2).Area > 0.5 * h2.Area);
        var area = (await Get<RunStore>().AreaIndicatorsAsync(run.Id)).First(a => a.Geom is not null && a.AreaCode != "*" && a.Geom.Contains(h2.Centroid));
        return (hotspot, area);
    }

    private static async Task<IReadOnlyList<ProblemFacts>> FactsAsync(AnalysisRunEntity run, int hotspotIncidents = 143, bool withBurglary = false)
    {
        var (h, a) = await TargetsAsync(run);
        var list = new List<ProblemFacts>
        {
            Facts.Problem(kind: "area", id: a.AreaCode, group: "violence", placeTypes: ["licensed_premises"], times: ["night", "weekend"],
                peak: Facts.FriSatNight(0.3), hypotheses: [Facts.Hypothesis("night_economy", "place", ["licensed_premises"], ["night", "weekend"])],
                geometry: a.Geom),
            Facts.NightEconomyHotspot(h.HotspotId.ToString(System.Globalization.CultureInfo.InvariantCulture), h.Geom) with { Incidents = hotspotIncidents },
        };
        if (withBurglary)
            list.Add(Facts.Problem(kind: "area", id: a.AreaCode, group: "burglary", rank: 2, placeTypes: ["residential"], repeatShare: 0.3,
                hypotheses: [Facts.Hypothesis("repeat_targets", "target", ["residential"], ["any"])], geometry: a.Geom));
        return list;
    }

    private static Task<PlanDraftResult> DraftAsync(AnalysisRunEntity run, IReadOnlyList<ProblemFacts> facts, long? into = null, string lang = "sv") =>
        Get<PlanService>().DraftFromFactsAsync(new PlanDraftRequest(run.Id, 5, lang, into, CreatedBy: "tester"), run, facts, CancellationToken.None);

    /// <summary>An independent count: local dates by casting, groups by LIKE, the week window as an explicit predicate.</summary>
    private static async Task<int> SqlCountAsync(Geometry polygon, DateOnly from, DateOnly to, FactWindow? window, bool hotspot)
    {
        var windowSql = window is null ? "true" : """
            i.time_precision IN ('minute', 'hour') AND (
              (extract(isodow FROM l.t) = 5 AND extract(hour FROM l.t) >= 22)
              OR (extract(isodow FROM l.t) = 6 AND (extract(hour FROM l.t) >= 22 OR extract(hour FROM l.t) < 4))
              OR (extract(isodow FROM l.t) = 7 AND extract(hour FROM l.t) < 4))
            """;
        Assert.True(window is null || window is { FirstDay: 4, LastDay: 5, StartHour: 22, EndHour: 4 });
        await using var cmd = _shared!.Value.Db.DataSource.CreateCommand($"""
            SELECT count(*)::int
            FROM incident i
            JOIN study_area s ON s.code = i.study_area_code
            CROSS JOIN LATERAL (SELECT i.occurred_at AT TIME ZONE s.time_zone AS t) l
            WHERE i.study_area_code = '9999'
              AND l.t::date BETWEEN $1 AND $2
              AND (i.category = 'violence' OR i.category LIKE 'violence.%')
              AND {(hotspot ? "i.location_precision IN ('exact', 'address', 'street_segment') AND ST_Covers($3, ST_Translate(i.geom, 1e-6, 1e-6))" : "ST_Covers($3, i.geom)")}
              AND {windowSql}
            """);
        cmd.Parameters.Add(new NpgsqlParameter { Value = from });
        cmd.Parameters.Add(new NpgsqlParameter { Value = to });
        cmd.Parameters.Add(new NpgsqlParameter { Value = polygon });
        return (int)(await cmd.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task A_draft_is_stored_and_shown_back_with_goals_indicators_and_baselines_from_the_run()
    {
        var result = await DraftAsync(Run2025, await FactsAsync(Run2025));
        var plan = result.Plan;
        Assert.Contains(result.Notices, n => n.Code == "review_date");
        Assert.Equal(DateOnly.FromDateTime(DateTime.Today).AddMonths(6), plan.ReviewDate);
        Assert.Equal(result.Added, plan.Rows.Count);
        Assert.Equal(Run2025.Id, plan.RunId);
        Assert.Equal("tester", plan.CreatedBy);

        var shown = await Get<PlanService>().ShowAsync(plan.Id);
        Assert.Equal(plan.Rows.Count, shown.Rows.Count);
        foreach (var (a, b) in plan.Rows.Zip(shown.Rows))
        {
            Assert.Equal(a with { Actors = [], Indicator = a.Indicator with { Window = null } }, b with { Actors = [], Indicator = b.Indicator with { Window = null } });
            Assert.Equal(a.Actors, b.Actors);
            Assert.Equal(a.Indicator.Window, b.Indicator.Window);
        }
        Assert.Contains(await Get<PlanService>().ListAsync("9999"), p => p.Id == plan.Id);

        // The hotspot: licensing first, a night guardianship measure for the same cause, field work for the gap.
        var hotspotRows = plan.Rows.Where(r => r.TargetKind == "hotspot").ToList();
        Assert.Contains(hotspotRows, r => r.CauseCode == "night_economy" && r.MeasureId is "SIT-28" or "SIT-29" or "SIT-30");
        Assert.Contains(hotspotRows, r => r.CauseCode == "night_economy" && r.MeasureId is "SIT-16" or "SIT-17");
        var gap = hotspotRows.Single(r => r.CauseCode == "uncovered_hours" && r.Cause.StartsWith("Tidsmässig täckningslucka", StringComparison.Ordinal));
        Assert.Contains(gap.MeasureId, new[] { "SOC-01", "SOC-02", "SOC-13", "SOC-16", "SOC-03" });
        Assert.Contains("fre–lör 22–04", gap.Goal, StringComparison.Ordinal);
        Assert.Equal(hotspotRows.Count, hotspotRows.Select(r => r.MeasureId).Distinct().Count());

        // Baselines are the run's incidents in the polygon (hotspot rows in the window: the peak holds ≥ 40 %; the area's peak
        // holds 30 %, so its rows count every hour).
        var (h, a2) = await TargetsAsync(Run2025);
        var hotspotBaseline = await SqlCountAsync(h.Geom, Run2025.PeriodFrom, Run2025.PeriodTo, Facts.FriSatNight(), true);
        Assert.True(hotspotBaseline > 40, $"the planted H2 has {hotspotBaseline} violent incidents at weekend nights in 2025");
        Assert.All(hotspotRows, r =>
        {
            Assert.Equal("incidents_in_window", r.Indicator.Code);
            Assert.Equal(hotspotBaseline, r.Indicator.Baseline);
            Assert.Equal(Run2025.PeriodFrom, r.Indicator.BaselineFrom);
            Assert.Equal(-0.2, r.Indicator.GoalChange);
            Assert.StartsWith($"Minska våldet i hot spot {h.HotspotId} ", r.Goal, StringComparison.Ordinal);
            Assert.Contains($"(från {hotspotBaseline} händelser per år)", r.Goal, StringComparison.Ordinal);
            Assert.Equal("proposed", r.Status);
            Assert.Equal(1, r.Version);
        });
        var areaRow = plan.Rows.First(r => r.TargetKind == "area");
        Assert.Equal("incidents", areaRow.Indicator.Code);
        Assert.Equal(await SqlCountAsync(a2.Geom!, Run2025.PeriodFrom, Run2025.PeriodTo, null, false), areaRow.Indicator.Baseline);
        Assert.StartsWith("Våld och hot i område", areaRow.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edit_raises_the_version_and_writes_one_history_event_per_changed_field()
    {
        var plan = (await DraftAsync(Run2025, await FactsAsync(Run2025), lang: "en")).Plan;
        var service = Get<PlanService>();
        var row = plan.Rows[0];
        var edited = await service.UpdateRowAsync(plan.Id, row.Id, "adopted", "Anna Berg, fältgruppen", new DateOnly(2027, 3, 31), "Start in March", null, "anna");
        Assert.Equal(2, edited.Version);
        Assert.Equal("adopted", edited.Status);
        Assert.Equal("anna", edited.UpdatedBy);
        // The same values again: no change, no new version.
        var same = await service.UpdateRowAsync(plan.Id, row.Id, "adopted", "Anna Berg, fältgruppen", by: "anna");
        Assert.Equal(2, same.Version);
        // Only the follow-up status, then clearing the notes.
        Assert.Equal(3, (await service.UpdateRowAsync(plan.Id, row.Id, followUpStatus: "yellow", by: "bo")).Version);
        Assert.Null((await service.UpdateRowAsync(plan.Id, row.Id, notes: "", by: "bo")).Notes);

        var history = await service.HistoryAsync(plan.Id);
        Assert.Equal(6, history.Count);
        Assert.Equal(["deadline", "notes", "responsible", "status"], history.Where(e => e.Version == 2).Select(e => e.Field).Order(StringComparer.Ordinal));
        var status = history.Single(e => e.Field == "status");
        Assert.Equal(("proposed", "adopted", "anna", row.Id), (status.OldValue, status.NewValue, status.ChangedBy, status.RowId));
        Assert.Equal("2027-03-31", history.Single(e => e.Field == "deadline").NewValue);
        Assert.Equal(("Start in March", (string?)null, 4), history.Where(e => e.Field == "notes").Select(e => (e.OldValue, e.NewValue, e.Version)).Last());
        Assert.Equal((null, "yellow", 3), history.Where(e => e.Field == "follow_up_status").Select(e => (e.OldValue, e.NewValue, e.Version)).Single());
        // The other rows are untouched.
        Assert.All((await service.ShowAsync(plan.Id)).Rows.Where(r => r.Id != row.Id), r => Assert.Equal(1, r.Version));
    }

    [Fact]
    public async Task Drafting_into_a_plan_adds_new_rows_refreshes_untouched_ones_and_never_changes_an_edited_row()
    {
        var service = Get<PlanService>();
        var plan = (await DraftAsync(Run2025, await FactsAsync(Run2025))).Plan;
        var hotspotRows = plan.Rows.Where(r => r.TargetKind == "hotspot").ToList();
        var edited = await service.UpdateRowAsync(plan.Id, hotspotRows[0].Id, "in_progress", "Kommunen", notes: "Beslutat i BRÅ-gruppen", by: "kommunen");
        // A row whose status was set back to proposed after an edit is still the municipality's (version > 1).
        var reverted = await service.UpdateRowAsync(plan.Id, hotspotRows[1].Id, "adopted", by: "kommunen");
        reverted = await service.UpdateRowAsync(plan.Id, hotspotRows[1].Id, "proposed", by: "kommunen");
        Assert.Equal(3, reverted.Version);

        // The 2024 run: the planted hotspot has another id there; the same problem by its polygon. A burglary problem is new.
        var result = await DraftAsync(Run2024, await FactsAsync(Run2024, hotspotIncidents: 99, withBurglary: true), into: plan.Id);
        var after = result.Plan;
        Assert.Equal(plan.Id, after.Id);
        Assert.Equal(Run2024.Id, after.RunId);
        Assert.Equal(2, result.Kept);
        Assert.True(result.Added >= 1);
        Assert.Equal(plan.Rows.Count + result.Added, after.Rows.Count);
        Assert.Equal(plan.Rows.Count - 2, result.Refreshed);

        var e = after.Rows.Single(r => r.Id == edited.Id);
        Assert.Equal(edited, e with { Actors = edited.Actors, Indicator = edited.Indicator with { Window = edited.Indicator.Window } });
        Assert.Equal(edited.Indicator.Window, e.Indicator.Window);
        Assert.Equal(Run2025.PeriodFrom, e.Indicator.BaselineFrom);
        Assert.Equal(hotspotRows[1].Problem, after.Rows.Single(r => r.Id == reverted.Id).Problem);
        Assert.Equal(3, after.Rows.Single(r => r.Id == reverted.Id).Version);

        // Untouched rows now carry the 2024 run's problem text and baseline, still version 1 and proposed.
        var refreshed = after.Rows.Where(r => r.Id != edited.Id && r.Id != reverted.Id && plan.Rows.Any(p => p.Id == r.Id)).ToList();
        Assert.NotEmpty(refreshed);
        Assert.All(refreshed, r =>
        {
            Assert.Equal((1, "proposed"), (r.Version, r.Status));
            Assert.Equal(new DateOnly(2024, 1, 1), r.Indicator.BaselineFrom);
        });
        Assert.Contains(refreshed, r => r.TargetKind == "hotspot" && r.Problem.Contains(": 99 händelser 2024-01-01–2024-12-31", StringComparison.Ordinal));
        Assert.Contains(after.Rows, r => r.CategoryGroup == "burglary" && r.MeasureId == "SIT-01");
        // The history holds only the municipality's edits.
        Assert.All(await service.HistoryAsync(plan.Id), h => Assert.Equal("kommunen", h.ChangedBy));
    }

    [Fact]
    public async Task The_store_refuses_a_draft_that_would_change_an_edited_row_and_stores_nothing()
    {
        var service = Get<PlanService>();
        var plan = (await DraftAsync(Run2025, await FactsAsync(Run2025))).Plan;
        await service.UpdateRowAsync(plan.Id, plan.Rows[0].Id, "adopted", by: "kommunen");
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => Get<PlanStore>().DraftIntoAsync(plan.Id, Run2024.Id, rows =>
        {
            foreach (var r in rows) r.Problem = "overwritten";
            return [];
        }));
        Assert.Contains("edited", ex.Message, StringComparison.Ordinal);
        var after = await service.ShowAsync(plan.Id);
        Assert.Equal(Run2025.Id, after.RunId);
        Assert.DoesNotContain(after.Rows, r => r.Problem == "overwritten");
    }

    [Fact]
    public async Task A_follow_up_recounts_each_indicator_over_the_later_run_against_its_stored_baseline()
    {
        var plan = (await DraftAsync(Run2025, await FactsAsync(Run2025))).Plan;
        var f = await Get<PlanService>().FollowUpAsync(plan.Id, Run2024.Id);
        Assert.Equal((new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)), (f.PeriodFrom, f.PeriodTo));
        Assert.Equal(plan.Rows.Count, f.Rows.Count);
        var (h, a) = await TargetsAsync(Run2025);
        foreach (var r in f.Rows)
        {
            var hotspot = r.Row.TargetKind == "hotspot";
            var polygon = hotspot ? (Geometry)h.Geom : a.Geom!;
            var now = await SqlCountAsync(polygon, new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), r.Row.Indicator.Window, hotspot);
            Assert.Equal(now, r.Now);
            Assert.Equal(r.Row.Indicator.Baseline, r.Baseline);
            var test = RateRatio.Test(now, 366, r.Baseline, 365);
            Assert.Equal(test.Statistic, r.RateRatio!.Value, 12);
            Assert.Equal(test.P, r.P!.Value, 12);
            var expected = test.P < 0.05 ? (now / 366.0 > r.Baseline / 365.0 ? "red" : "green")
                : now / 366.0 / (r.Baseline / 365.0) - 1 <= -0.2 ? "green" : "yellow";
            Assert.Equal(expected, r.SuggestedStatus);
            Assert.Contains("baslinjen", r.Explanation, StringComparison.Ordinal);
        }
        // H2 is planted persistent (the same extra incidents every year): no significant change between 2024 and 2025.
        Assert.All(f.Rows.Where(r => r.Row.TargetKind == "hotspot"), r => Assert.Equal(("no_significant_change", "yellow"), (r.ChangeClass, r.SuggestedStatus)));
    }

    [Fact]
    public async Task A_run_a_plan_was_drafted_from_cannot_be_deleted()
    {
        var plan = (await DraftAsync(Run2025, await FactsAsync(Run2025))).Plan;
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Get<RunsService>().DeleteAsync(Run2025.Id));
        Assert.Matches($@"plan [0-9, ]*\b{plan.Id}\b", ex.Message);
        Assert.Contains("cannot be deleted", ex.Message, StringComparison.Ordinal);
        Assert.NotNull(await Get<RunStore>().GetAsync(Run2025.Id));
    }

    [Fact]
    public async Task Unknown_plans_rows_runs_and_values_are_argument_errors()
    {
        var service = Get<PlanService>();
        var plan = (await DraftAsync(Run2025, await FactsAsync(Run2025))).Plan;
        Assert.Contains("no plan 987654", (await Assert.ThrowsAsync<ArgumentException>(() => service.ShowAsync(987654))).Message, StringComparison.Ordinal);
        Assert.Contains("no row 999", (await Assert.ThrowsAsync<ArgumentException>(() => service.UpdateRowAsync(plan.Id, 999, "adopted"))).Message, StringComparison.Ordinal);
        Assert.Contains("not one of", (await Assert.ThrowsAsync<ArgumentException>(() => service.UpdateRowAsync(plan.Id, 1, "approved"))).Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentException>(() => service.UpdateRowAsync(plan.Id, 1, followUpStatus: "blue"));
        await Assert.ThrowsAsync<ArgumentException>(() => service.HistoryAsync(987654));
        await Assert.ThrowsAsync<ArgumentException>(() => service.FollowUpAsync(plan.Id, 987654));
        await Assert.ThrowsAsync<ArgumentException>(() => service.FollowUpAsync(987654, Run2024.Id));
        await Assert.ThrowsAsync<ArgumentException>(() => service.DraftAsync(new PlanDraftRequest(987654)));
        await Assert.ThrowsAsync<ArgumentException>(() => service.DraftAsync(new PlanDraftRequest(Run2025.Id, Lang: "de")));
        await Assert.ThrowsAsync<ArgumentException>(() => DraftAsync(Run2025, [], into: 987654));
        Assert.Equal(1, (await service.ShowAsync(plan.Id)).Rows[0].Version);
    }
}
