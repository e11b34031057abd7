using Geo.Analysis.Disclosure;
using Geo.Core.Domain;
using Geo.Planning.Exports.Release;
using Geo.Planning.Places;
using Geo.Planning.Runs;
using Geo.Planning.Samples;
using Geo.Storage;
using Geo.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Geo.Planning.Tests.Exports;

/// <summary>
/// The protected release of the sample's runs (one database for the class): small counts hidden, complements at least
/// k, every count equal to an independent sum in SQL (districts = Σ of their DeSO by largest overlap, the study area = Σ
/// areas + outside), k read from the study area, the ledger (nesting periods never differ by 1..k−1 where both are
/// published; the same period hides what it hid before; planted: the sample's small counts make the rule force cells),
/// and a release recorded once and read back identically by a new service.
/// </summary>
[Collection("postgis")]
public sealed class RunReleaseTests(PostGisFixture fixture) : IAsyncLifetime
{
    private static readonly string Sample = Path.Combine(RepoRoot.Path, "data", "sample");
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static Shared? _shared;
    private readonly string _home = Directory.CreateTempSubdirectory("geo-release-").FullName;

    private sealed record Shared(GeoDatabase Db, ServiceProvider Services, long Run, RunRelease First, long Year, long Nested, long YearAgain);

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
            var run = (await analyze.RunAsync(new AnalyzeRequest("9999", CreatedBy: "test"))).Run.Id;
            // The first release of the ledger: nothing earlier can force anything in it.
            var first = await services.GetRequiredService<RunReleaseService>().GetAsync(run, Roles.Coordinator);
            var year = (await analyze.RunAsync(new AnalyzeRequest("9999", new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), CreatedBy: "test"))).Run.Id;
            var nested = (await analyze.RunAsync(new AnalyzeRequest("9999", new DateOnly(2024, 2, 1), new DateOnly(2024, 12, 31), CreatedBy: "test"))).Run.Id;
            var again = (await analyze.RunAsync(new AnalyzeRequest("9999", new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), CreatedBy: "test"))).Run.Id;
            _shared = new Shared(db, services, run, first, year, nested, again);
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

    private static Shared S => _shared!;

    private static RunReleaseService Service => S.Services.GetRequiredService<RunReleaseService>();

    private static async Task<List<object?[]>> QueryAsync(string sql, params object[] args)
    {
        await using var cmd = S.Db.DataSource.CreateCommand(sql);
        foreach (var a in args) cmd.Parameters.Add(new Npgsql.NpgsqlParameter { Value = a });
        await using var r = await cmd.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await r.ReadAsync())
        {
            var row = new object?[r.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = r.IsDBNull(i) ? null : r.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    [Fact]
    public async Task Coordinator_release_hides_every_small_count_its_complements_are_at_least_k_and_its_counts_are_independent_sums()
    {
        var release = S.First;
        Assert.Equal(5, release.Threshold);
        Assert.Equal(["deso", "districts", "*"], release.AreaSets);
        Assert.Equal(0, release.LedgerForced);
        Assert.False(release.FromLedger);
        foreach (var c in release.Counts)
        {
            if (c.Value is > 0 and < 5) Assert.True(c.Status is CellStatus.Small or CellStatus.Withheld, $"{c} is small but {c.Status}");
            else Assert.NotEqual(CellStatus.Small, c.Status);
            if (c.Status == CellStatus.Secondary) Assert.True(c.Value >= 5, $"{c}: a complement below k");
        }
        Assert.Contains(release.Counts, c => c.Status == CellStatus.Small);
        Assert.Contains(release.Counts, c => c.Status == CellStatus.Secondary);

        // The run's areas: exactly run_area_indicator.
        var rows = await QueryAsync("SELECT area_code, category_group, incidents, incidents_compare FROM run_area_indicator WHERE run_id = $1 AND NOT is_reference", S.Run);
        Assert.Equal(rows.Count * 2, release.Counts.Count(c => c.AreaSet == "deso"));
        foreach (var r in rows)
        {
            Assert.Equal((int)r[2]!, release.Find("deso", (string)r[0]!, (string)r[1]!, ReleasePeriod.Main)!.Value);
            Assert.Equal((int)r[3]!, release.Find("deso", (string)r[0]!, (string)r[1]!, ReleasePeriod.Compare)!.Value);
        }

        // Districts (their totals only: no shell gives their groups): Σ of the DeSO each overlaps most (computed here with
        // areas of intersection, not points on surface).
        var districts = await QueryAsync("""
            WITH parent AS (
                SELECT DISTINCT ON (f.code) f.code AS deso, d.code AS district
                FROM area f JOIN area d ON d.study_area_code = f.study_area_code AND d.area_set = 'districts' AND ST_Intersects(d.geom, f.geom)
                WHERE f.study_area_code = '9999' AND f.area_set = 'deso'
                ORDER BY f.code, ST_Area(ST_Intersection(d.geom, f.geom)) DESC)
            SELECT p.district, i.category_group, sum(i.incidents)::int, sum(i.incidents_compare)::int
            FROM run_area_indicator i JOIN parent p ON p.deso = i.area_code
            WHERE i.run_id = $1 AND i.category_group = 'total' GROUP BY 1, 2
            """, S.Run);
        Assert.Equal(12, districts.Count);
        Assert.Equal(12 * 2, release.Counts.Count(c => c.AreaSet == "districts"));
        foreach (var d in districts)
        {
            Assert.Equal((int)d[2]!, release.Find("districts", (string)d[0]!, (string)d[1]!, ReleasePeriod.Main)!.Value);
            Assert.Equal((int)d[3]!, release.Find("districts", (string)d[0]!, (string)d[1]!, ReleasePeriod.Compare)!.Value);
        }
        Assert.All(release.Counts.Where(c => c.AreaSet == "deso"), c => Assert.NotNull(c.Parent));

        // The study area = its row; outside = the study area − Σ areas.
        var star = await QueryAsync("""
            SELECT s.category_group, s.incidents, s.incidents - (SELECT sum(incidents) FROM run_area_indicator a WHERE a.run_id = s.run_id AND NOT a.is_reference AND a.category_group = s.category_group)::int
            FROM run_area_indicator s WHERE s.run_id = $1 AND s.is_reference
            """, S.Run);
        Assert.Equal(16, star.Count);
        foreach (var r in star)
        {
            Assert.Equal((int)r[1]!, release.Find("*", "*", (string)r[0]!, ReleasePeriod.Main)!.Value);
            Assert.Equal((int)r[2]!, release.Find("*", "outside", (string)r[0]!, ReleasePeriod.Main)!.Value);
        }

        // Hotspots and cells: small ones hidden, complements at least k.
        var cells = await QueryAsync("SELECT cell_id, incidents FROM run_cell WHERE run_id = $1", S.Run);
        foreach (var c in cells)
        {
            var (id, n) = ((int)c[0]!, (int)c[1]!);
            if (n is > 0 and < 5) Assert.Equal(CellStatus.Small, release.Cell(id, n));
            if (release.Cell(id, n) == CellStatus.Secondary) Assert.True(n >= 5);
            if (n is 0 or >= 5 && !release.HiddenCells.ContainsKey(id)) Assert.Equal(CellStatus.Published, release.Cell(id, n));
        }
        // Only the cells hidden beyond the primary rule are kept; the small ones are counted.
        Assert.All(release.HiddenCells.Values, s => Assert.True(s is CellStatus.Secondary or CellStatus.Withheld));
        Assert.Equal(cells.Count(c => (int)c[1]! is > 0 and < 5), release.GridSmall - (await QueryAsync("SELECT 1 FROM run_cell WHERE run_id = $1 AND incidents_compare BETWEEN 1 AND 4", S.Run)).Count);
    }

    [Fact]
    public void No_relation_of_the_release_has_exactly_one_hidden_cell()
    {
        foreach (var (tables, pattern) in new[] { (S.First.AreaTables!, S.First.AreaPattern!), (S.First.HotspotTables!, S.First.HotspotPattern!) })
        {
            Assert.NotEmpty(tables.Relations);
            foreach (var r in tables.Relations)
            {
                var hidden = r.Parts.Append(r.Total).Count(c => pattern[c] != CellStatus.Published);
                Assert.True(hidden != 1, $"relation {r.Total} = Σ {string.Join(",", r.Parts)} has one hidden cell: it is disclosed");
            }
        }
    }

    [Fact]
    public async Task The_analyst_release_publishes_everything_with_the_coarser_sets()
    {
        var release = await Service.GetAsync(S.Run, Roles.Analyst);
        Assert.Null(release.Threshold);
        Assert.All(release.Counts, c => Assert.Equal(CellStatus.Published, c.Status));
        Assert.Equal(S.First.Counts.Select(c => (c.AreaSet, c.AreaCode, c.Group, c.Period, c.Value)), release.Counts.Select(c => (c.AreaSet, c.AreaCode, c.Group, c.Period, c.Value)));
        Assert.Equal(0, release.SmallCells);
    }

    [Fact]
    public async Task The_release_is_recorded_once_and_read_back_identically_by_a_new_service()
    {
        var again = await Service.GetAsync(S.Run, Roles.Partner);
        Assert.Same(S.First, again);
        var fresh = await new RunReleaseService(new DisclosureStore(S.Db)).GetAsync(S.Run, Roles.Partner);
        Assert.True(fresh.FromLedger);
        Assert.Equal(S.First.Counts, fresh.Counts);
        Assert.Equal(S.First.HiddenCells.OrderBy(x => x.Key), fresh.HiddenCells.OrderBy(x => x.Key));
        foreach (var c in (await QueryAsync("SELECT hotspot_id FROM run_hotspot WHERE run_id = $1", S.Run)).Select(r => (int)r[0]!))
            Assert.Equal(S.First.Hotspot(c, ReleasePeriod.Main), fresh.Hotspot(c, ReleasePeriod.Main));
        var recorded = await QueryAsync("SELECT count(*)::int, sum(small_cells)::int FROM disclosure_release WHERE run_id = $1 AND threshold = 5", S.Run);
        Assert.Equal(1, (int)recorded[0][0]!);
        Assert.Equal(S.First.Counts.Count(c => c.Status == CellStatus.Small), (int)recorded[0][1]!);
        var cells = await QueryAsync("SELECT count(*)::int FROM disclosure_release_cell WHERE run_id = $1 AND threshold = 5", S.Run);
        Assert.Equal(S.First.Counts.Count, (int)cells[0][0]!);
    }

    [Fact]
    public async Task The_threshold_is_the_study_areas()
    {
        var store = new DisclosureStore(S.Db);
        try
        {
            foreach (var k in new[] { 3, 10 })
            {
                Assert.True(await store.SetSuppressBelowAsync("9999", k));
                Assert.Equal(k, await store.SuppressBelowAsync("9999"));
                var release = await Service.GetAsync(S.Run, Roles.Coordinator);
                Assert.Equal(k, release.Threshold);
                foreach (var c in release.Counts)
                {
                    Assert.Equal(c.Value > 0 && c.Value < k, c.Status == CellStatus.Small);
                    if (c.Status == CellStatus.Secondary) Assert.True(c.Value >= k);
                }
                // 3 hides fewer counts than 5, 10 more: some count of 3 or 4 (k = 3) or of 5 to 9 (k = 10) changes status.
                Assert.NotEqual(S.First.Counts.Select(c => c.Status), release.Counts.Select(c => c.Status));
                Assert.Equal(k == 3, release.Counts.Count(c => c.Status == CellStatus.Small) < S.First.Counts.Count(c => c.Status == CellStatus.Small));
            }
            Assert.False(await store.SetSuppressBelowAsync("nosuch", 5));
        }
        finally
        {
            await store.SetSuppressBelowAsync("9999", 5);
        }
    }

    [Fact]
    public async Task The_ledger_keeps_nesting_periods_from_disclosing_a_small_difference()
    {
        var year = await Service.GetAsync(S.Year, Roles.Coordinator);
        var nested = await Service.GetAsync(S.Nested, Roles.Partner);
        Assert.True(nested.LedgerForced > 0, "the planted small monthly counts must make the ledger force cells");

        // Independently, over the recorded cells: where 2024 and Feb–Dec 2024 are both published, they differ by 0 or ≥ k;
        // every pair that would differ by 1..k−1 with the year published has the nested count hidden.
        var pairs = await QueryAsync("""
            SELECT a.value, a.status, b.value, b.status
            FROM disclosure_release_cell a
            JOIN disclosure_release_cell b USING (threshold, area_set, area_code, category_group)
            WHERE a.run_id = $1 AND b.run_id = $2 AND a.threshold = 5
              AND a.period_from = '2024-01-01' AND a.period_to = '2024-12-31' AND b.period_from = '2024-02-01' AND b.period_to = '2024-12-31'
            """, S.Year, S.Nested);
        Assert.True(pairs.Count > 1000);
        var risky = 0;
        foreach (var p in pairs)
        {
            var (va, sa, vb, sb) = ((int)p[0]!, (string)p[1]!, (int)p[2]!, (string)p[3]!);
            var d = Math.Abs(va - vb);
            if (sa == "published" && sb == "published") Assert.True(d == 0 || d >= 5, $"published {va} and {vb} differ by {d}");
            if (sa == "published" && d is >= 1 and <= 4 && (vb == 0 || vb >= 5))
            {
                risky++;
                Assert.Equal("secondary", sb);
            }
        }
        Assert.True(risky > 0, "the scenario must have a count the rule forces");

        // Every nesting pair of any two recorded releases (not only these two), the same way.
        var all = await QueryAsync("""
            SELECT a.value, b.value
            FROM disclosure_release_cell a
            JOIN disclosure_release_cell b USING (threshold, area_set, area_code, category_group)
            WHERE a.run_id < b.run_id AND a.status = 'published' AND b.status = 'published'
              AND (a.period_from, a.period_to) <> (b.period_from, b.period_to)
              AND ((a.period_from <= b.period_from AND b.period_to <= a.period_to) OR (b.period_from <= a.period_from AND a.period_to <= b.period_to))
            """);
        Assert.NotEmpty(all);
        Assert.All(all, p => Assert.True(Math.Abs((int)p[0]! - (int)p[1]!) is 0 or >= 5));
        Assert.Equal(5, year.Threshold);
    }

    [Fact]
    public async Task The_same_period_released_again_hides_what_it_hid()
    {
        var year = await Service.GetAsync(S.Year, Roles.Coordinator);
        // Planted: an earlier release of 2024 (as if made before late reports changed the data) that hid a count this
        // run's own pattern publishes; the same period released again must hide it too.
        var planted = year.Counts.First(c => c.AreaSet == "deso" && c.Group == "total" && c.Period == ReleasePeriod.Main && c.Status == CellStatus.Published);
        await QueryAsync("""
            INSERT INTO disclosure_release (study_area_code, run_id, threshold, categories_key, period_from, period_to, small_cells, secondary_cells, geo_version)
            VALUES ('9999', 900000001, 5, '', '2024-01-01', '2024-12-31', 0, 1, 'test');
            """);
        await QueryAsync("""
            INSERT INTO disclosure_release_cell (run_id, threshold, area_set, area_code, category_group, period_from, period_to, value, status)
            VALUES (900000001, 5, 'deso', $1, 'total', '2024-01-01', '2024-12-31', $2, 'secondary')
            """, planted.AreaCode, planted.Value);
        var again = await Service.GetAsync(S.YearAgain, Roles.Coordinator);
        Assert.Equal(CellStatus.Secondary, again.Area("deso", planted.AreaCode, "total", ReleasePeriod.Main));
        var checkedCells = 0;
        foreach (var c in year.Counts.Where(c => c.Status != CellStatus.Published))
        {
            var other = again.Find(c.AreaSet, c.AreaCode, c.Group, c.Period)!;
            Assert.Equal(c.Value, other.Value);
            Assert.NotEqual(CellStatus.Published, other.Status);
            checkedCells++;
        }
        Assert.True(checkedCells > 0);
        // And the run whose comparison period is 2024 (released first) hid its 2024 counts in the 2024 run too.
        foreach (var c in S.First.Counts.Where(c => c.Period == ReleasePeriod.Compare && c.Status != CellStatus.Published))
            Assert.NotEqual(CellStatus.Published, year.Area(c.AreaSet, c.AreaCode, c.Group, ReleasePeriod.Main));
    }

    [Fact]
    public async Task The_map_hides_what_the_release_hides()
    {
        var places = S.Services.GetRequiredService<PlaceService>();
        var secondary = 0;
        foreach (var g in S.First.Counts.Where(c => c.AreaSet == "deso").Select(c => c.Group).Distinct())
        {
            var rows = (await places.AreasAsync(S.Run, g, new PlaceViewer(Roles.Coordinator))).Value!;
            foreach (var r in rows)
            {
                var status = S.First.Area("deso", r.Code, g, ReleasePeriod.Main);
                Assert.Equal(status != CellStatus.Published, r.Suppressed);
                if (r.Suppressed) Assert.Null(r.Incidents);
                if (status == CellStatus.Secondary)
                {
                    secondary++;
                    Assert.Null(r.RatePer1000);
                }
            }
        }
        Assert.True(secondary > 0, "the sample's release must hide some complement the map would otherwise show");
        var analyst = (await places.AreasAsync(S.Run, "total", new PlaceViewer(Roles.Analyst))).Value!;
        Assert.All(analyst, r => Assert.NotNull(r.Incidents));
        var cells = (await places.CellsAsync(S.Run, false, new PlaceViewer(Roles.Coordinator))).Value!;
        var truth = (await QueryAsync("SELECT cell_id, incidents FROM run_cell WHERE run_id = $1", S.Run)).ToDictionary(r => (int)r[0]!, r => (int)r[1]!);
        Assert.All(cells, c => Assert.Equal(S.First.Cell(c.CellId, truth[c.CellId]) != CellStatus.Published, c.Suppressed));
        var spots = (await places.HotspotsAsync(S.Run, new PlaceViewer(Roles.Partner))).Value!;
        Assert.All(spots, h => Assert.Equal(S.First.Hotspot(h.Id, ReleasePeriod.Main) != CellStatus.Published, h.Suppressed));
    }

    [Fact]
    public async Task The_audit_finds_no_small_count_determined_in_the_release_or_the_one_read_back()
    {
        // Small counts no marks could protect are withheld ("x", known only to be >= 0) and then protected like the others:
        // the audit finds no small or withheld count determined, in the release made here nor in the one read back.
        var fresh = await new RunReleaseService(new DisclosureStore(S.Db)).GetAsync(S.Run, Roles.Coordinator);
        Assert.Empty(S.First.Unprotectable);
        foreach (var release in new[] { S.First, fresh })
        {
            var determined = DisclosureAudit.Determined(release.AreaTables!, release.AreaPattern!)
                .Where(c => release.AreaPattern![c] is CellStatus.Small or CellStatus.Withheld).ToList();
            Assert.True(determined.Count == 0, $"{determined.Count} small area counts determined, e.g. cell {determined.FirstOrDefault()}");
        }
        foreach (var release in new[] { S.First, fresh })
        {
            var determined = DisclosureAudit.Determined(release.HotspotTables!, release.HotspotPattern!).Where(c => release.HotspotPattern![c] == CellStatus.Small).ToList();
            Assert.True(determined.Count == 0, $"{determined.Count} small hotspot/cell counts determined, e.g. cell {determined.FirstOrDefault()}");
        }
        Assert.Contains(S.First.Counts, c => c.Status == CellStatus.Small);
    }
}
