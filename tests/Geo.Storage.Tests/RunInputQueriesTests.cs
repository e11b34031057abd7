using Geo.Core.Domain;
using Geo.Testing;
using Xunit.Abstractions;

namespace Geo.Storage.Tests;

/// <summary>
/// The input of an analysis run: incidents in a local-date window (time zone and DST), categories, NULL points, order;
/// the sources' coverage; the area sets with population and their areas; the resources.
/// </summary>
[Collection("postgis")]
public sealed class RunInputQueriesTests(PostGisFixture fixture, ITestOutputHelper output) : IAsyncLifetime
{
    private GeoDatabase _db = null!;
    private RunInputQueries _q = null!;
    private readonly StudyArea _stockholm = TestGeometry.Lulea(); // Europe/Stockholm
    private readonly StudyArea _chicago = TestGeometry.Lulea("CHI") with { TimeZone = "America/Chicago" };

    public async Task InitializeAsync()
    {
        _db = await fixture.CreateDatabaseAsync();
        _q = new RunInputQueries(_db);
        await new StudyAreaStore(_db).UpsertAsync(_stockholm);
        await new StudyAreaStore(_db).UpsertAsync(_chicago);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private static Incident At(string source, string id, DateTimeOffset at, string category = "theft", TimePrecision tp = TimePrecision.Minute,
        LocationPrecision lp = LocationPrecision.Exact, double x = 805_000, double y = 7_305_000) =>
        TestGeometry.Incident(id, category, source: source) with
        {
            OccurredAt = at, TimePrecision = tp, LocationPrecision = lp,
            Location = lp == LocationPrecision.Withheld ? null : TestGeometry.Point(x, y),
        };

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public async Task Incidents_are_those_of_the_local_date_window_in_the_study_areas_time_zone()
    {
        Incident[] rows =
        [
            // 2024-12-31 23:30Z is 2025-01-01 00:30 in Stockholm (UTC+1): in 2025. 22:30Z is 23:30 on New Year's Eve: out.
            At("police", "new-year", Utc(2024, 12, 31, 23, 30), x: 805_123.5, y: 7_305_456.25),
            At("police", "old-year", Utc(2024, 12, 31, 22, 30)),
            // Summer time starts 2025-03-30 02:00 local (01:00Z); the last day of the window ends at 22:00Z (UTC+2), not 23:00Z.
            At("police", "dst-last-minute", Utc(2025, 3, 30, 21, 59), tp: TimePrecision.Day),
            At("police", "dst-after", Utc(2025, 3, 30, 22, 0)),
            At("police", "before-dst", Utc(2025, 3, 30, 0, 30), lp: LocationPrecision.Withheld),
            At("municipal", "burglary", Utc(2025, 2, 1, 12, 0), category: "burglary", lp: LocationPrecision.AreaCentroid),
            At("a-guards", "z", Utc(2025, 2, 2, 12, 0)),
        ];
        await Loads.IncidentsAsync(_db, _stockholm, rows);
        await Loads.IncidentsAsync(_db, _chicago, rows);

        var from = new DateOnly(2025, 1, 1);
        var to = new DateOnly(2025, 3, 30);
        var all = await _q.IncidentsAsync(_stockholm.Code, from, to, null);
        Assert.Equal(6 - 1, all.Count);
        // Ordered by (source, source_id), byte order.
        Assert.Equal(["a-guards", "municipal", "police", "police", "police"], all.Source);
        Assert.Equal(["z", "burglary", "before-dst", "dst-last-minute", "new-year"], all.SourceId);
        Assert.Equal(["theft", "burglary", "theft", "theft", "theft"], all.Category);
        Assert.Equal(new DateTime(2025, 1, 1, 0, 30, 0), all.LocalTime[4]);
        Assert.Equal(new DateTime(2025, 3, 30, 23, 59, 0), all.LocalTime[3]);
        Assert.Equal(new DateTime(2025, 3, 30, 1, 30, 0), all.LocalTime[2]);
        Assert.All(all.LocalTime, t => Assert.Equal(DateTimeKind.Unspecified, t.Kind));
        Assert.Equal([TimePrecision.Minute, TimePrecision.Minute, TimePrecision.Minute, TimePrecision.Day, TimePrecision.Minute], all.TimePrecision);
        Assert.Equal([LocationPrecision.Exact, LocationPrecision.AreaCentroid, LocationPrecision.Withheld, LocationPrecision.Exact, LocationPrecision.Exact],
            all.LocationPrecision);
        Assert.Equal((805_123.5, 7_305_456.25), (all.X[4], all.Y[4]));
        Assert.True(double.IsNaN(all.X[2]) && double.IsNaN(all.Y[2]));
        Assert.All(all.ImportBatchId, b => Assert.True(b > 0));
        Assert.Equal(5, new[] { all.Source.Length, all.SourceId.Length, all.Category.Length, all.LocalTime.Length, all.TimePrecision.Length,
            all.LocationPrecision.Length, all.X.Length, all.Y.Length, all.ImportBatchId.Length }.Distinct().Single());

        // The window's first day starts at local midnight: 2024-12-31 alone holds only the old-year incident.
        var newYearsEve = await _q.IncidentsAsync(_stockholm.Code, new DateOnly(2024, 12, 31), new DateOnly(2024, 12, 31), null);
        Assert.Equal(["old-year"], newYearsEve.SourceId);
        // The day after the window holds the incident of 22:00Z.
        Assert.Equal(["dst-after"], (await _q.IncidentsAsync(_stockholm.Code, new DateOnly(2025, 3, 31), new DateOnly(2025, 3, 31), null)).SourceId);

        // Categories: exact codes; an empty list reads nothing.
        Assert.Equal(["burglary"], (await _q.IncidentsAsync(_stockholm.Code, from, to, ["burglary"])).SourceId);
        Assert.Equal(5, (await _q.IncidentsAsync(_stockholm.Code, from, to, ["burglary", "theft"])).Count);
        Assert.Equal(0, (await _q.IncidentsAsync(_stockholm.Code, from, to, [])).Count);

        // Chicago (UTC−6): the same instants on other local dates; 2024-12-31 23:30Z is 17:30 on New Year's Eve there.
        var chicago = await _q.IncidentsAsync(_chicago.Code, from, to, null);
        Assert.DoesNotContain("new-year", chicago.SourceId);
        Assert.Contains("dst-after", chicago.SourceId);
        var eve = await _q.IncidentsAsync(_chicago.Code, new DateOnly(2024, 12, 31), new DateOnly(2024, 12, 31), null);
        Assert.Equal(new DateTime(2024, 12, 31, 17, 30, 0), eve.LocalTime[Array.IndexOf(eve.SourceId, "new-year")]);

        Assert.Equal(0, (await _q.IncidentsAsync("none", from, to, null)).Count);
    }

    [Fact]
    public async Task Coverage_gives_each_sources_first_and_last_local_date_and_count()
    {
        await Loads.IncidentsAsync(_db, _stockholm,
        [
            At("police", "1", Utc(2024, 12, 31, 23, 30)),
            At("police", "2", Utc(2025, 6, 30, 22, 30)),
            At("police", "3", Utc(2025, 3, 1, 10, 0)),
            At("municipal", "1", Utc(2023, 5, 5, 10, 0)),
        ]);
        var coverage = await _q.CoverageAsync(_stockholm.Code);
        Assert.Equal(
            [
                new SourceCoverage("municipal", new DateOnly(2023, 5, 5), new DateOnly(2023, 5, 5), 1),
                new SourceCoverage("police", new DateOnly(2025, 1, 1), new DateOnly(2025, 7, 1), 3),
            ], coverage);
        Assert.Empty(await _q.CoverageAsync(_chicago.Code));
    }

    [Fact]
    public async Task Area_sets_report_population_completeness_and_areas_read_back()
    {
        await Loads.AreasAsync(_db, _stockholm, new AreaSet("deso", "deso"),
        [
            new Area("D1", "Centrum", TestGeometry.Square(800_000, 7_300_000, 1000), 1200),
            new Area("D2", null, TestGeometry.Square(801_000, 7_300_000, 1000), 800),
            new Area("D3", "Hamnen", TestGeometry.Square(802_000, 7_300_000, 2000), 0),
        ]);
        await Loads.AreasAsync(_db, _stockholm, new AreaSet("districts", "district"),
        [
            new Area("N", "Norr", TestGeometry.Square(800_000, 7_300_000, 3000), 5000),
            new Area("S", "Söder", TestGeometry.Square(800_000, 7_303_000, 3000)),
        ]);
        var sets = await _q.AreaSetsWithPopulationAsync(_stockholm.Code);
        Assert.Equal(["deso", "districts"], sets.Select(s => s.Name));
        Assert.Equal(new AreaSetPopulation("deso", "deso", 3, 3, 2000, (1e6 + 1e6 + 4e6) / 3), sets[0] with { MeanAreaSquareMetres = Math.Round(sets[0].MeanAreaSquareMetres!.Value, 6) });
        Assert.True(sets[0].FullyPopulated);
        Assert.Equal(new AreaSetPopulation("districts", "district", 2, 1, 5000, 9e6), sets[1]);
        Assert.False(sets[1].FullyPopulated);

        var areas = await _q.AreasAsync(_stockholm.Code, "deso");
        Assert.Equal(["D1", "D2", "D3"], areas.Select(a => a.Code));
        Assert.Equal(("Centrum", 1200), (areas[0].Name, areas[0].Population));
        Assert.Null(areas[1].Name);
        Assert.True(areas[0].Geometry.EqualsTopologically(TestGeometry.Multi(TestGeometry.Square(800_000, 7_300_000, 1000))));
        Assert.Equal(3006, areas[0].Geometry.SRID);
        Assert.Null((await _q.AreasAsync(_stockholm.Code, "districts"))[1].Population);
        Assert.Empty(await _q.AreasAsync(_stockholm.Code, "none"));
        Assert.Empty(await _q.AreaSetsWithPopulationAsync(_chicago.Code));
    }

    [Fact]
    public async Task Resources_read_back_with_their_fields()
    {
        await Loads.ResourcesAsync(_db, _stockholm,
        [
            new Resource("kommun", "g1", "youth_centre", "Gården", TestGeometry.Point(805_000, 7_305_000), "kommun", "Mo-Fr 15:00-21:00"),
            new Resource("kommun", "f1", "field_work_area", null, TestGeometry.Square(806_000, 7_306_000, 100)),
        ]);
        var resources = await _q.ResourcesAsync(_stockholm.Code);
        Assert.Equal(2, resources.Count);
        var g = resources.Single(r => r.SourceId == "g1");
        Assert.Equal(("kommun", "youth_centre", "Gården", "kommun", "Mo-Fr 15:00-21:00"), (g.Source, g.Type, g.Name, g.OwnerAgency, g.OpeningHours));
        Assert.True(g.Geometry.EqualsExact(TestGeometry.Point(805_000, 7_305_000)));
        var f = resources.Single(r => r.SourceId == "f1");
        Assert.Equal((null, null, null), (f.Name, f.OwnerAgency, f.OpeningHours));
        Assert.Equal(10_000, f.Geometry.Area, 6);
        Assert.True(g.Id > 0 && f.Id > 0 && g.Id != f.Id);
    }

    /// <summary>Benchmark (printed, not timed): 150,000 incidents read into the run's arrays.</summary>
    [Fact]
    public async Task Reading_150000_incidents()
    {
        const int n = 150_000;
        var start = Utc(2015, 1, 1, 0, 0);
        var rng = new Random(11);
        var categories = new[] { "theft", "burglary", "vandalism" };
        await Loads.IncidentsAsync(_db, _stockholm, Enumerable.Range(0, n).Select(i =>
            At(i % 5 == 0 ? "municipal" : "police", i.ToString("D7", System.Globalization.CultureInfo.InvariantCulture), start.AddMinutes(i * 35L),
                categories[i % 3], lp: i % 50 == 0 ? LocationPrecision.Withheld : LocationPrecision.Exact,
                x: 800_000 + rng.NextDouble() * 20_000, y: 7_300_000 + rng.NextDouble() * 20_000)));
        await using (var cmd = _db.DataSource.CreateCommand("ANALYZE incident")) await cmd.ExecuteNonQueryAsync();
        var from = new DateOnly(2014, 1, 1);
        var to = new DateOnly(2026, 1, 1);
        await _q.IncidentsAsync(_stockholm.Code, new DateOnly(2015, 1, 1), new DateOnly(2015, 1, 2), null); // warm-up
        RunIncidents read = null!;
        for (var k = 0; k < 3; k++)
        {
            var meter = await CpuMeter.StartAsync(_db);
            read = await _q.IncidentsAsync(_stockholm.Code, from, to, null);
            output.WriteLine($"IncidentsAsync, {read.Count:N0} incidents: {meter.Report()}");
        }
        Assert.Equal(n, read.Count);
        Assert.Equal(n / 50, read.X.Count(double.IsNaN));
        var one = await CpuMeter.StartAsync(_db);
        var theft = await _q.IncidentsAsync(_stockholm.Code, from, to, ["theft"]);
        output.WriteLine($"IncidentsAsync, one category of three, {theft.Count:N0} incidents: {one.Report()}");
        Assert.Equal(n / 3, theft.Count);
    }
}
