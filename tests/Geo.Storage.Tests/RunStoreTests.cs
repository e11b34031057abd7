using System.Text.Json.Nodes;
using Geo.Storage.Model;
using Geo.Testing;
using Npgsql;
using Xunit.Abstractions;

namespace Geo.Storage.Tests;

/// <summary>
/// Analysis runs: create, complete (binary COPY of every result table in one transaction), list, read back equal
/// (geometries, arrays, jsonb), fail, delete with cascade, and the all-or-nothing completion.
/// </summary>
[Collection("postgis")]
public sealed class RunStoreTests(PostGisFixture fixture, ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly string[] RunTables = ["analysis_run_batch", "run_area_indicator", "run_cell", "run_hotspot", "run_priority"];
    private GeoDatabase _db = null!;
    private RunStore _store = null!;

    public async Task InitializeAsync()
    {
        _db = await fixture.CreateDatabaseAsync();
        _store = new RunStore(_db);
        await new StudyAreaStore(_db).UpsertAsync(TestGeometry.Lulea());
        await new StudyAreaStore(_db).UpsertAsync(TestGeometry.Lulea("0180"));
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    internal static AnalysisRunEntity NewRun(string studyArea = "2580", string label = "test") => new()
    {
        StudyAreaCode = studyArea,
        Status = "ignored",
        Label = label,
        PeriodFrom = new DateOnly(2025, 1, 1),
        PeriodTo = new DateOnly(2025, 12, 31),
        CompareFrom = new DateOnly(2024, 1, 1),
        CompareTo = new DateOnly(2024, 12, 31),
        AreaSet = "deso",
        Categories = ["theft", "burglary"],
        CellSize = 250,
        Parameters = """{"cell_size": 250, "distance": 500}""",
        Notices = """[{"code": "period", "text_en": "last 12 months", "text_sv": "senaste 12 månaderna"}]""",
        GeoVersion = "1.2.3",
        CreatedBy = "tester",
    };

    internal static RunResults Results(int cells = 3, int indicators = 2, int rankOfLastPriority = 2) => new(
        [new AnalysisRunBatchEntity { StudyAreaCode = "", ImportBatchId = 7, Source = "police", FileName = "a.csv", RowsUsed = 120 }],
        Enumerable.Range(0, indicators).Select(i => new RunAreaIndicatorEntity
        {
            StudyAreaCode = "",
            AreaCode = i == 0 ? "*" : $"A{i:D4}",
            CategoryGroup = "total",
            AreaName = i == 0 ? null : $"Område {i}",
            IsReference = i == 0,
            Population = 1000 + i,
            Incidents = 30 + i,
            IncidentsCompare = 15,
            RatePer1000 = 30.0 / 1.001,
            RatePer100000 = 2997.0029970029973,
            RateEbPer1000 = 28.5,
            Unstable = i % 2 == 1,
            LocationQuotient = 1.25,
            ShareIncidents = 0.1,
            SharePopulation = 0.08,
            RelativeRate = 1.25,
            RateRatio = 1.666666667,
            RateRatioLower = 0.869071448,
            RateRatioUpper = double.PositiveInfinity,
            RateRatioP = 0.133550772,
            ChangeClass = "no_significant_change",
            TrendMkS = 40,
            TrendMkZ = 3.1,
            TrendMkP = 0.002,
            TrendPercentPerYear = 148.7,
            TrendPercentPerYearLower = 59.5,
            TrendPercentPerYearUpper = 288.6,
            TrendClass = "rising",
            MonthlyCounts = [12, 15, 11, 18, 20, 17, 22, 25, 21, 27, 30, 26],
            TimedHour = 200,
            UntimedHour = 44,
            EveningShare = 0.3,
            NightShare = 0.2,
            WeekendShare = 0.4,
            HourWeekday = Enumerable.Range(0, 168).ToArray(),
            MonthOfYear = Enumerable.Range(1, 12).ToArray(),
            HotShare90 = 0.5,
            HotShare95 = 0.4,
            HotShare99 = 0.3,
            Top10CellsShare = 0.6,
            LisaClass = "high_high",
            LisaP = 0.01,
            RepeatShare = 0.2,
            WithheldShare = 0.05,
            ApproximateShare = 0.1,
            AreaCentroidShare = 0.0,
            TimePrecision = """{"day": 3, "minute": 40}""",
            Sources = """["police"]""",
            SourcesMissing = ["municipal", "guards"],
            Geom = i == 0 ? null : TestGeometry.Multi(TestGeometry.Square(800_000 + i * 1000, 7_300_000, 1000)),
        }).ToList(),
        Enumerable.Range(0, cells).Select(i => new RunCellEntity
        {
            StudyAreaCode = "",
            CellId = i,
            Col = i % 100,
            Row = i / 100,
            AreaShare = i % 3 == 0 ? 0.5 : 1,
            Incidents = i % 7,
            IncidentsCompare = i % 2 == 0 ? i % 5 : null,
            GiZ = i % 11 == 0 ? null : 0.1 * (i % 40) - 2,
            GiP = i % 11 == 0 ? null : 0.05,
            GiConfidence = i % 11 == 0 ? null : (short)(i % 2 == 0 ? 95 : -90),
            EmergingClass = i % 2 == 0 ? "persistent" : null,
            HotspotId = i % 2 == 0 ? 1 : null,
            Density = i * 0.5,
            Geom = TestGeometry.Square(800_000 + (i % 100) * 250.0, 7_300_000 + (i / 100) * 250.0, 250),
        }).ToList(),
        [
            new RunHotspotEntity
            {
                StudyAreaCode = "",
                HotspotId = 1,
                Cells = 2,
                Incidents = 40,
                IncidentsCompare = 10,
                RateRatio = 4,
                RateRatioLower = 2,
                RateRatioUpper = 8,
                RateRatioP = 0.0001,
                ChangeClass = "significant_rise",
                EmergingClass = "intensifying",
                DominantCategories = """[{"group": "violence", "share": 0.41, "category": "violence.assault", "incidents": 120}]""",
                HourWeekday = Enumerable.Repeat(1, 168).ToArray(),
                Peak = """{"days": [4, 5], "hours": 6, "share": 0.62, "start_hour": 22}""",
                AreaCodes = ["A0001", "A0002"],
                NearestResources = """[{"name": "Gården", "type": "youth_centre", "owner": "kommun", "distance": 312.4}]""",
                ResourcesWithin = "[]",
                CoverageGap = "temporal",
                UncoveredShare = 0.61,
                UncoveredWindows = """[{"days": [4, 5], "share": 0.61, "end_hour": 3, "start_hour": 23}]""",
                Geom = TestGeometry.Multi(TestGeometry.Square(800_000, 7_300_000, 250), TestGeometry.Square(800_500, 7_300_000, 250)),
            },
            new RunHotspotEntity { StudyAreaCode = "", HotspotId = 2, Cells = 1, Incidents = 5, Geom = TestGeometry.Multi(TestGeometry.Square(801_000, 7_300_000, 250)) },
        ],
        [
            new RunPriorityEntity
            {
                StudyAreaCode = "", TargetKind = "area", TargetId = "A0001", CategoryGroup = "violence", Rank = 1, Score = 2.5,
                Components = """{"level": {"z": 2.2, "value": 3.1, "weight": 0.3}}""", Stability = 0.9,
                ReasonsSv = ["Misshandel: 3,1 gånger kommunens nivå", "ökande 18 % per år"], ReasonsEn = ["Assault: 3.1 times the municipality's level", "rising 18% a year"],
            },
            new RunPriorityEntity
            {
                StudyAreaCode = "", TargetKind = "hotspot", TargetId = "1", CategoryGroup = "total", Rank = rankOfLastPriority, Score = 1.5,
                Components = "{}", Stability = null, ReasonsSv = [], ReasonsEn = [],
            },
        ],
        new string('a', 64), 1234,
        """[{"name": "read", "seconds": 0.41}, {"name": "grid", "seconds": 0.2}]""",
        """[{"code": "period", "text_en": "last 12 months", "text_sv": "senaste 12 månaderna"}, {"code": "cell_size"}]""",
        """{"withheld_share": 0.05}""",
        """{"sweden": {"total": 7012.5}}""",
        """{"cell_size": 250, "distance": 500, "seed": 1}""");

    /// <summary>Equal values, equal sequences, or equal JSON (jsonb normalises key order and spacing).</summary>
    internal static bool Same(object? x, object? y) => x switch
    {
        string a when y is string b && a.Length > 0 && a[0] is '{' or '[' => JsonNode.DeepEquals(JsonNode.Parse(a), JsonNode.Parse(b)),
        System.Collections.IEnumerable a and not string when y is System.Collections.IEnumerable b => a.Cast<object>().SequenceEqual(b.Cast<object>()),
        _ => Equals(x, y),
    };

    private static void JsonEqual(string? expected, string? actual) =>
        Assert.True(expected is null ? actual is null : actual is not null && JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"{expected} vs {actual}");

    private async Task<long> CountAsync(string table, long runId) =>
        await Loads.ScalarAsync<long>(_db, $"SELECT count(*) FROM {table} WHERE run_id = $1", runId);

    [Fact]
    public async Task A_completed_run_reads_back_equal_and_is_listed_newest_first()
    {
        var run = NewRun();
        var id = await _store.CreateAsync(run);
        Assert.Equal(id, run.Id);
        var running = (await _store.GetAsync(id))!;
        Assert.Equal(("running", (DateTimeOffset?)null, "[]"), (running.Status, running.FinishedAt, running.Steps));
        Assert.Null(running.InputFingerprint);

        var results = Results();
        await _store.CompleteAsync("2580", id, results);

        var got = (await _store.GetAsync(id))!;
        Assert.Equal("completed", got.Status);
        Assert.NotNull(got.FinishedAt);
        Assert.True(got.FinishedAt >= got.CreatedAt);
        Assert.Equal((run.Label, run.PeriodFrom, run.PeriodTo, run.CompareFrom, run.CompareTo, run.AreaSet, run.CellSize, run.GeoVersion, run.CreatedBy),
            (got.Label, got.PeriodFrom, got.PeriodTo, got.CompareFrom, got.CompareTo, got.AreaSet, got.CellSize, got.GeoVersion, got.CreatedBy));
        Assert.Equal(run.Categories, got.Categories);
        Assert.Equal((results.InputFingerprint, results.IncidentsRead), (got.InputFingerprint, got.IncidentsRead));
        JsonEqual(results.Steps, got.Steps);
        JsonEqual(results.Notices, got.Notices);
        JsonEqual(results.DataQuality, got.DataQuality);
        JsonEqual(results.Reference, got.Reference);
        JsonEqual(results.Parameters, got.Parameters);
        Assert.Null(got.Error);

        var batch = Assert.Single(await _store.BatchesAsync(id));
        Assert.Equal(("2580", id, 7L, "police", "a.csv", 120L), (batch.StudyAreaCode, batch.RunId, batch.ImportBatchId, batch.Source, batch.FileName, batch.RowsUsed));

        var indicators = await _store.AreaIndicatorsAsync(id);
        Assert.Equal(["*", "A0001"], indicators.Select(a => a.AreaCode));
        for (var i = 0; i < indicators.Count; i++)
        {
            var (e, a) = (results.AreaIndicators[i], indicators[i]);
            Assert.Equal(("2580", id), (a.StudyAreaCode, a.RunId));
            // Every scalar property round-trips (reflection: a column added to the entity but not to the COPY fails here).
            foreach (var p in typeof(RunAreaIndicatorEntity).GetProperties())
            {
                if (p.Name is nameof(RunAreaIndicatorEntity.StudyAreaCode) or nameof(RunAreaIndicatorEntity.RunId) or nameof(RunAreaIndicatorEntity.Geom)) continue;
                Assert.True(Same(p.GetValue(e), p.GetValue(a)), $"{p.Name}: {p.GetValue(e)} vs {p.GetValue(a)}");
            }
            Assert.True(e.Geom is null ? a.Geom is null : e.Geom.EqualsExact(a.Geom) && a.Geom!.SRID == 3006);
        }
        Assert.True(double.IsPositiveInfinity(indicators[0].RateRatioUpper!.Value));

        var cells = await _store.CellsAsync(id);
        Assert.Equal(results.Cells.Count, cells.Count);
        for (var i = 0; i < cells.Count; i++)
        {
            var (e, a) = (results.Cells[i], cells[i]);
            Assert.Equal((e.CellId, e.Col, e.Row, e.AreaShare, e.Incidents, e.IncidentsCompare, e.GiZ, e.GiP, e.GiConfidence, e.EmergingClass, e.HotspotId, e.Density),
                (a.CellId, a.Col, a.Row, a.AreaShare, a.Incidents, a.IncidentsCompare, a.GiZ, a.GiP, a.GiConfidence, a.EmergingClass, a.HotspotId, a.Density));
            Assert.True(e.Geom.EqualsExact(a.Geom));
            Assert.Equal(3006, a.Geom.SRID);
        }

        var hotspots = await _store.HotspotsAsync(id);
        Assert.Equal([1, 2], hotspots.Select(h => h.HotspotId));
        foreach (var p in typeof(RunHotspotEntity).GetProperties())
        {
            if (p.Name is nameof(RunHotspotEntity.StudyAreaCode) or nameof(RunHotspotEntity.RunId) or nameof(RunHotspotEntity.Geom)) continue;
            for (var i = 0; i < 2; i++)
            {
                object? x = p.GetValue(results.Hotspots[i]), y = p.GetValue(hotspots[i]);
                Assert.True(Same(x, y), $"{p.Name}: {x} vs {y}");
            }
        }
        Assert.True(results.Hotspots[0].Geom.EqualsExact(hotspots[0].Geom));
        Assert.Equal(("none", "[]", 0), (hotspots[1].CoverageGap, hotspots[1].UncoveredWindows, hotspots[1].AreaCodes.Length));

        var priorities = await _store.PrioritiesAsync(id);
        Assert.Equal(["area", "hotspot"], priorities.Select(p => p.TargetKind));
        Assert.Equal(results.Priorities[0].ReasonsSv, priorities[0].ReasonsSv);
        Assert.Equal(results.Priorities[0].ReasonsEn, priorities[0].ReasonsEn);
        JsonEqual(results.Priorities[0].Components, priorities[0].Components);
        Assert.Equal((0.9, 2.5), (priorities[0].Stability, priorities[0].Score));
        Assert.Empty(priorities[1].ReasonsSv);
        Assert.Null(priorities[1].Stability);

        // A second run, of another study area, is newest; the list by study area filters.
        var other = await _store.CreateAsync(NewRun("0180", "second"));
        Assert.Equal([other, id], (await _store.ListAsync(null)).Select(r => r.Id));
        Assert.Equal([id], (await _store.ListAsync("2580")).Select(r => r.Id));
        Assert.Empty(await _store.ListAsync("none"));
        Assert.Empty(await _store.CellsAsync(other));
        Assert.Null(await _store.GetAsync(other + 1000));

        // Completing twice, or in the wrong study area, is refused.
        await Assert.ThrowsAsync<GeoStorageException>(() => _store.CompleteAsync("2580", id, Results()));
        await Assert.ThrowsAsync<GeoStorageException>(() => _store.CompleteAsync("2580", other, Results()));
    }

    [Fact]
    public async Task Delete_removes_the_run_and_every_result_row_and_nothing_else()
    {
        var a = await _store.CreateAsync(NewRun());
        await _store.CompleteAsync("2580", a, Results());
        var b = await _store.CreateAsync(NewRun());
        await _store.CompleteAsync("2580", b, Results());
        foreach (var t in RunTables) Assert.True(await CountAsync(t, a) > 0, t);

        Assert.True(await _store.DeleteAsync(a));
        Assert.False(await _store.DeleteAsync(a));
        Assert.Null(await _store.GetAsync(a));
        foreach (var t in RunTables)
        {
            Assert.Equal(0, await CountAsync(t, a));
            Assert.True(await CountAsync(t, b) > 0, t);
        }
        Assert.Equal([b], (await _store.ListAsync("2580")).Select(r => r.Id));
    }

    [Fact]
    public async Task A_failing_completion_stores_nothing_and_the_run_can_be_marked_failed()
    {
        var id = await _store.CreateAsync(NewRun());
        // The last table copied (priorities) breaks a CHECK (rank > 0) after cells, hotspots and indicators went in.
        await Assert.ThrowsAsync<PostgresException>(() => _store.CompleteAsync("2580", id, Results(rankOfLastPriority: 0)));
        Assert.Equal("running", (await _store.GetAsync(id))!.Status);
        foreach (var t in RunTables) Assert.Equal(0, await CountAsync(t, id));

        // A geometry in another CRS is refused before it reaches the table.
        var wrong = Results();
        wrong.Cells[1].Geom.SRID = 4326;
        await Assert.ThrowsAsync<ArgumentException>(() => _store.CompleteAsync("2580", id, wrong));
        foreach (var t in RunTables) Assert.Equal(0, await CountAsync(t, id));

        Assert.True(await _store.FailAsync("2580", id, "the grid failed"));
        var failed = (await _store.GetAsync(id))!;
        Assert.Equal(("failed", "the grid failed"), (failed.Status, failed.Error));
        Assert.NotNull(failed.FinishedAt);
        Assert.False(await _store.FailAsync("2580", id, "again"));
        await Assert.ThrowsAsync<GeoStorageException>(() => _store.CompleteAsync("2580", id, Results()));
    }

    [Fact]
    public async Task Study_area_config_is_stored_and_replaced()
    {
        var configs = new StudyAreaConfigStore(_db);
        Assert.Null(await configs.GetAsync("2580"));
        await configs.SetAsync("2580", """{"reference_municipality": "1480"}""");
        JsonEqual("""{"reference_municipality": "1480"}""", await configs.GetAsync("2580"));
        await configs.SetAsync("2580", """{"distance": 300}""");
        JsonEqual("""{"distance": 300}""", await configs.GetAsync("2580"));
        Assert.Null(await configs.GetAsync("0180"));
        await Assert.ThrowsAsync<PostgresException>(() => configs.SetAsync("2580", "not json"));
    }

    /// <summary>Benchmark (printed, not timed): a run of the sample's size, ~17,000 cells with polygons and ~1,000 indicators.</summary>
    [Fact]
    public async Task Completing_a_run_of_the_samples_size_copies_every_row()
    {
        var results = Results(cells: 17_000, indicators: 1_000);
        // Warm-up: the first COPY pays for type loading and plan caches.
        var warm = await _store.CreateAsync(NewRun());
        await _store.CompleteAsync("2580", warm, Results());
        long id = 0;
        for (var k = 0; k < 3; k++)
        {
            id = await _store.CreateAsync(NewRun());
            var meter = await CpuMeter.StartAsync(_db);
            await _store.CompleteAsync("2580", id, results);
            output.WriteLine($"CompleteAsync, 17,000 cells + 1,000 area indicators + 2 hotspots + 2 priorities: {meter.Report()}");
        }
        Assert.Equal(17_000, await CountAsync("run_cell", id));
        Assert.Equal(1_000, await CountAsync("run_area_indicator", id));
        var read = await CpuMeter.StartAsync(_db);
        var cells = await _store.CellsAsync(id);
        output.WriteLine($"CellsAsync, {cells.Count} cells read back through EF Core: {read.Report()}");
    }
}
