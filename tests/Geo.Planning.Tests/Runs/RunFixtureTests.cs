using System.Globalization;
using System.Text.Json;
using Geo.Planning.Runs;
using Geo.Planning.Samples;
using Geo.Storage;
using Geo.Storage.Model;
using Geo.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Geo.Planning.Tests.Runs;

/// <summary>
/// The area indicators of a run on a small hand-built study area, checked against values computed by hand (the
/// arithmetic is in the comments) and against R's <c>poisson.test</c>. The study area "T11" is a 2 km × 2 km square in
/// EPSG:3006 (x 500000–502000, y 6500000–6502000) split into four 1 km² areas:
/// <code>
///   A3 (NW, 500 residents)  | A4 (NE, 0 residents)
///   A1 (SW, 1,000 residents)| A2 (SE, 2,000 residents)
/// </code>
/// loaded as a sample folder (manifest, boundary, areas, three incident CSVs of the native format) through
/// <see cref="SampleImportService"/> into a real PostGIS database. Period 2024-01-01–2024-06-30 (182 days, 2024 is a
/// leap year), comparison 2023-01-01–2023-12-31 (365 days), cell size 500 m.
/// </summary>
[Collection("postgis")]
public sealed class RunFixtureTests(PostGisFixture fixture) : IAsyncLifetime
{
    private const string Code = "T11";
    private const double Tolerance = 1e-9; // hand-computed ratios of small integers
    private const double RTolerance = 1e-6; // R's printed values (9 decimals)
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static (ServiceProvider Services, AnalyzeResult Run)? _shared;
    private readonly string _home = Directory.CreateTempSubdirectory("geo-runfixture-").FullName;

    // Period incidents (2024-01-01–2024-06-30), weekday from the calendar:
    //  id   local time         category           point               time    location      area
    //  P01  Fri 2024-01-05 20:15 violence.assault  500200,6500200      minute  exact         A1  evening; same point as P02
    //  P02  Sat 2024-01-06 02:30 violence.assault  500200,6500200      minute  exact         A1  night, weekend
    //  P03  Sat 2024-02-10 14:00 violence.threat   500700,6500300      minute  address       A1  weekend
    //  P04  Tue 2024-03-12       theft.bicycle     500400,6500800      day     exact         A1  no hour
    //  K01  Wed 2024-04-03 10:00 theft.shoplifting 500900,6500900      minute  address       A1  (source test-kommun)
    //  P05  Mon 2024-01-15 12:00 theft.bicycle     501300,6500300      minute  exact         A2
    //  P06  Tue 2024-02-20 23:45 theft.shoplifting 501600,6500600      minute  exact         A2  evening
    //  P07  Sat 2024-03-16       theft.bicycle     501800,6500200      day     address       A2  no hour, weekend
    //  P08  Sun 2024-05-05 05:10 violence.assault  501450,6500800      minute  exact         A2  night, weekend
    //  P09  Sat 2024-06-01 19:00 theft.other       501500,6500500      minute  area_centroid A2  evening, weekend; not on the grid
    //  P10  Sat 2024-04-20 22:00 violence.assault  500450,6501450      minute  exact         A3  evening, weekend
    //  P11  Sat 2024-06-15       theft.bicycle     500300,6501700      day     exact         A3  no hour, weekend
    //  P12  Fri 2024-05-10 08:30 theft.bicycle     501600,6501600      minute  exact         A4
    //  P13  Fri 2024-03-01 21:00 violence.assault  (none)              minute  withheld      –   evening; reference row only
    // → areas: A1 5 (violence 3, theft 2), A2 5 (violence 1, theft 4), A3 2 (1, 1), A4 1 (0, 1); withheld 1 (violence).
    //   study area: 14 (violence 6, theft 8).
    // Comparison incidents (2023): P20 violence A1, P21 theft A2, P22 violence A1, K02 theft A1 (test-kommun),
    //   F01 violence A3 (test-falt, the only row of that source) → A1 3, A2 1, A3 1, A4 0; study area 5 (violence 3, theft 2).
    // Outside both periods (not read by the explicit run): P19 2022-12-20, P14 2024-07-10 (the last day of data).
    private const string Police = """
        source_id,occurred_at,category,x,y,time_precision,location_precision
        P01,2024-01-05 20:15,violence.assault,500200,6500200,minute,exact
        P02,2024-01-06 02:30,violence.assault,500200,6500200,minute,exact
        P03,2024-02-10 14:00,violence.threat,500700,6500300,minute,address
        P04,2024-03-12,theft.bicycle,500400,6500800,day,exact
        P05,2024-01-15 12:00,theft.bicycle,501300,6500300,minute,exact
        P06,2024-02-20 23:45,theft.shoplifting,501600,6500600,minute,exact
        P07,2024-03-16,theft.bicycle,501800,6500200,day,address
        P08,2024-05-05 05:10,violence.assault,501450,6500800,minute,exact
        P09,2024-06-01 19:00,theft.other,501500,6500500,minute,area_centroid
        P10,2024-04-20 22:00,violence.assault,500450,6501450,minute,exact
        P11,2024-06-15,theft.bicycle,500300,6501700,day,exact
        P12,2024-05-10 08:30,theft.bicycle,501600,6501600,minute,exact
        P13,2024-03-01 21:00,violence.assault,,,minute,withheld
        P14,2024-07-10 16:00,theft.bicycle,500600,6500600,minute,exact
        P19,2022-12-20 10:00,theft.bicycle,501700,6501300,minute,exact
        P20,2023-03-10 11:00,violence.assault,500250,6500250,minute,exact
        P21,2023-08-12 13:00,theft.bicycle,501250,6500250,minute,exact
        P22,2023-11-11 18:30,violence.threat,500750,6500750,minute,exact

        """;

    private const string Municipal = """
        source_id,occurred_at,category,x,y,time_precision,location_precision
        K01,2024-04-03 10:00,theft.shoplifting,500900,6500900,minute,address
        K02,2023-09-09 09:00,theft.shoplifting,500600,6500400,minute,address

        """;

    private const string FieldWork = """
        source_id,occurred_at,category,x,y,time_precision,location_precision
        F01,2023-05-05 17:00,violence.threat,500400,6501400,minute,exact

        """;

    private static string Square(double x0, double y0, double x1, double y1) => string.Create(CultureInfo.InvariantCulture,
        $"[[[[{x0},{y0}],[{x1},{y0}],[{x1},{y1}],[{x0},{y1}],[{x0},{y0}]]]]");

    private static string Feature(string geometry, string properties) =>
        "{\"type\":\"Feature\",\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":" + geometry + "},\"properties\":{" + properties + "}}";

    private static string Collection(string name, params string[] features) =>
        "{\"type\":\"FeatureCollection\",\"name\":\"" + name + "\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::3006\"}},\"features\":[" +
        string.Join(",\n", features) + "]}";

    /// <summary>Writes the study area as a sample folder (the format <c>geo import sample</c> reads).</summary>
    internal static string WriteFolder(string parent)
    {
        var dir = Path.Combine(parent, "t11");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "boundary.geojson"),
            Collection("boundary", Feature(Square(500000, 6500000, 502000, 6502000), "\"code\":\"T11\",\"name\":\"Testkommun\"")));
        File.WriteAllText(Path.Combine(dir, "areas.geojson"), Collection("quarters",
            Feature(Square(500000, 6500000, 501000, 6501000), "\"code\":\"A1\",\"name\":\"Sydväst\",\"population\":1000"),
            Feature(Square(501000, 6500000, 502000, 6501000), "\"code\":\"A2\",\"name\":\"Sydost\",\"population\":2000"),
            Feature(Square(500000, 6501000, 501000, 6502000), "\"code\":\"A3\",\"name\":\"Nordväst\",\"population\":500"),
            Feature(Square(501000, 6501000, 502000, 6502000), "\"code\":\"A4\",\"name\":\"Nordost\",\"population\":0")));
        // A second, coarser set with every population above 0 (for the empirical-Bayes rates): west and east halves.
        File.WriteAllText(Path.Combine(dir, "halves.geojson"), Collection("halves",
            Feature(Square(500000, 6500000, 501000, 6502000), "\"code\":\"W\",\"name\":\"Väst\",\"population\":700"),
            Feature(Square(501000, 6500000, 502000, 6502000), "\"code\":\"E\",\"name\":\"Öst\",\"population\":3000")));
        File.WriteAllText(Path.Combine(dir, "incidents_police.csv"), Police);
        File.WriteAllText(Path.Combine(dir, "incidents_municipal.csv"), Municipal);
        File.WriteAllText(Path.Combine(dir, "incidents_fieldwork.csv"), FieldWork);
        File.WriteAllText(Path.Combine(dir, "manifest.json"), """
            {
              "format": "geo-sample/1",
              "studyArea": { "code": "T11", "name": "Testkommun", "boundary": "boundary.geojson", "srid": 3006, "timeZone": "Europe/Stockholm" },
              "imports": [
                { "kind": "areas", "file": "areas.geojson", "set": "quarters", "setKind": "custom" },
                { "kind": "areas", "file": "halves.geojson", "set": "halves", "setKind": "custom" },
                { "kind": "incidents", "file": "incidents_police.csv", "source": "test-polis" },
                { "kind": "incidents", "file": "incidents_municipal.csv", "source": "test-kommun" },
                { "kind": "incidents", "file": "incidents_fieldwork.csv", "source": "test-falt" }
              ]
            }
            """);
        return dir;
    }

    private static AnalyzeRequest Explicit(IReadOnlyList<string>? categories = null) => new(Code,
        From: new DateOnly(2024, 1, 1), To: new DateOnly(2024, 6, 30),
        CompareFrom: new DateOnly(2023, 1, 1), CompareTo: new DateOnly(2023, 12, 31),
        Categories: categories, CellSize: 500, CreatedBy: "test");

    public async Task InitializeAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_shared is not null) return;
            var db = await fixture.CreateDatabaseAsync();
            var services = new ServiceCollection().AddGeo(GeoSettings.FromEnvironment(_home)).AddGeoDatabase(db).BuildServiceProvider();
            await services.GetRequiredService<SampleImportService>().RunAsync(WriteFolder(_home), null, "test");
            var run = await services.GetRequiredService<AnalyzeService>().RunAsync(Explicit());
            _shared = (services, run);
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

    private static async Task<List<RunAreaIndicatorEntity>> RowsAsync(long? runId = null) =>
        [.. await Get<RunStore>().AreaIndicatorsAsync(runId ?? Run.Run.Id)];

    private static RunAreaIndicatorEntity Row(List<RunAreaIndicatorEntity> rows, string area, string group) =>
        rows.Single(r => r.AreaCode == area && r.CategoryGroup == group);

    private static void Near(double expected, double? actual, double tolerance, string what)
    {
        Assert.True(actual is { } a && Math.Abs(a - expected) <= tolerance, $"{what}: expected {expected:R}, got {actual?.ToString("R", CultureInfo.InvariantCulture) ?? "null"}");
    }

    [Fact]
    public async Task Counts_rates_shares_and_relative_rates_are_the_hand_computed_ones()
    {
        var rows = await RowsAsync();
        // 4 areas + the reference row, × (violence, theft, total).
        Assert.Equal(15, rows.Count);
        Assert.Equal(["theft", "total", "violence"], rows.Select(r => r.CategoryGroup).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal("quarters", Run.Run.AreaSet);
        Assert.Equal(500, Run.Run.CellSize);
        // 14 in the period + 5 in the comparison period; P14 and P19 lie outside both and are not read.
        Assert.Equal(19, Run.Run.IncidentsRead);

        // Counts (the table in the class comments).
        var expected = new Dictionary<(string, string), (int Period, int Compare)>
        {
            [("A1", "total")] = (5, 3), [("A1", "violence")] = (3, 2), [("A1", "theft")] = (2, 1),
            [("A2", "total")] = (5, 1), [("A2", "violence")] = (1, 0), [("A2", "theft")] = (4, 1),
            [("A3", "total")] = (2, 1), [("A3", "violence")] = (1, 1), [("A3", "theft")] = (1, 0),
            [("A4", "total")] = (1, 0), [("A4", "violence")] = (0, 0), [("A4", "theft")] = (1, 0),
            [("*", "total")] = (14, 5), [("*", "violence")] = (6, 3), [("*", "theft")] = (8, 2),
        };
        foreach (var ((area, group), (n, c)) in expected)
            Assert.True((n, c) == (Row(rows, area, group).Incidents, Row(rows, area, group).IncidentsCompare),
                $"{area} {group}: expected {n}/{c}, got {Row(rows, area, group).Incidents}/{Row(rows, area, group).IncidentsCompare}");

        // Rates: incidents / population × 1,000 (× 100,000).
        // A1 total 5/1000 → 5 per 1,000, 500 per 100,000; A2 5/2000 → 2.5, 250; A3 2/500 → 4, 400; A1 violence 3/1000 → 3, 300.
        Near(5, Row(rows, "A1", "total").RatePer1000, Tolerance, "A1 rate per 1,000");
        Near(500, Row(rows, "A1", "total").RatePer100000, Tolerance, "A1 rate per 100,000");
        Near(2.5, Row(rows, "A2", "total").RatePer1000, Tolerance, "A2 rate per 1,000");
        Near(250, Row(rows, "A2", "total").RatePer100000, Tolerance, "A2 rate per 100,000");
        Near(4, Row(rows, "A3", "total").RatePer1000, Tolerance, "A3 rate per 1,000");
        Near(400, Row(rows, "A3", "total").RatePer100000, Tolerance, "A3 rate per 100,000");
        Near(3, Row(rows, "A1", "violence").RatePer1000, Tolerance, "A1 violence rate per 1,000");
        Near(300, Row(rows, "A1", "violence").RatePer100000, Tolerance, "A1 violence rate per 100,000");

        // Shares: of the 13 incidents with an area (the withheld P13 has none) and of the 3,500 residents.
        Near(5.0 / 13, Row(rows, "A1", "total").ShareIncidents, Tolerance, "A1 share of incidents");
        Near(1.0 / 13, Row(rows, "A4", "total").ShareIncidents, Tolerance, "A4 share of incidents");
        Near(1000.0 / 3500, Row(rows, "A1", "total").SharePopulation, Tolerance, "A1 share of population");
        Near(2000.0 / 3500, Row(rows, "A2", "total").SharePopulation, Tolerance, "A2 share of population");
        // Violence: 5 incidents with an area (3, 1, 1, 0) → A1 3/5.
        Near(0.6, Row(rows, "A1", "violence").ShareIncidents, Tolerance, "A1 share of violence");

        // Relative rate: the area's rate over the rate of the areas with population (12 incidents / 3,500; A4's one
        // incident has no residents to divide by). A1 (5/1000)/(12/3500) = 17.5/12; A2 (5/2000)/(12/3500) = 8.75/12;
        // A3 (2/500)/(12/3500) = 14/12. Violence: (3/1000)/(5/3500) = 2.1 for A1.
        Near(17.5 / 12, Row(rows, "A1", "total").RelativeRate, Tolerance, "A1 relative rate");
        Near(8.75 / 12, Row(rows, "A2", "total").RelativeRate, Tolerance, "A2 relative rate");
        Near(14.0 / 12, Row(rows, "A3", "total").RelativeRate, Tolerance, "A3 relative rate");
        Near(2.1, Row(rows, "A1", "violence").RelativeRate, Tolerance, "A1 violence relative rate");

        // Unstable below 10 incidents: every area row; the reference row's total (14) is not, its violence (6) is.
        Assert.All(rows.Where(r => !r.IsReference), r => Assert.True(r.Unstable, $"{r.AreaCode} {r.CategoryGroup}"));
        Assert.False(Row(rows, "*", "total").Unstable);
        Assert.True(Row(rows, "*", "violence").Unstable);
        Assert.True(Row(rows, "*", "theft").Unstable); // 8 < 10
    }

    [Fact]
    public async Task An_area_without_residents_has_no_rates_but_keeps_its_counts_and_crime_mix()
    {
        var a4 = Row(await RowsAsync(), "A4", "total");
        Assert.Equal(0, a4.Population);
        Assert.Equal(1, a4.Incidents);
        Assert.Null(a4.RatePer1000);
        Assert.Null(a4.RatePer100000);
        Assert.Null(a4.RelativeRate);
        Assert.Null(a4.RateEbPer1000);
        Near(0, a4.SharePopulation, Tolerance, "A4 share of population");
        // The areas with residents still get their empirical-Bayes rate, with A4 left out of the prior:
        // R spdep EBest(c(5, 5, 2), c(1000, 2000, 500))$estmm * 1000 = 3.42857142857 for each (the prior variance is
        // truncated at 0, so every estimate is the prior mean 12 / 3,500).
        var rows = await RowsAsync();
        foreach (var code in new[] { "A1", "A2", "A3" })
            Near(3.42857142857, Row(rows, code, "total").RateEbPer1000, 1e-9, code + " EB rate");
    }

    [Fact]
    public async Task The_reference_row_holds_the_whole_study_area_with_the_withheld_incident()
    {
        var rows = await RowsAsync();
        var all = Row(rows, "*", "total");
        Assert.True(all.IsReference);
        Assert.Equal("Testkommun", all.AreaName);
        Assert.Equal(3500, all.Population); // 1000 + 2000 + 500 + 0
        Assert.Equal(14, all.Incidents); // 13 in the areas + the withheld P13
        Near(4, all.RatePer1000, Tolerance, "reference rate per 1,000"); // 14 / 3500 × 1000
        Near(400, all.RatePer100000, Tolerance, "reference rate per 100,000");
        Near(6.0 / 3500 * 1000, Row(rows, "*", "violence").RatePer1000, Tolerance, "reference violence rate"); // 1.714…
        Near(1, all.RelativeRate, Tolerance, "reference relative rate");
        Near(1, all.ShareIncidents, Tolerance, "reference share of incidents");
        Near(1, all.SharePopulation, Tolerance, "reference share of population");
        Near(1, all.LocationQuotient, Tolerance, "reference location quotient");
        // Data quality: 1 of 14 withheld (P13), 1 of 14 approximate (P09 area centroid; addresses are not approximate).
        Near(1.0 / 14, all.WithheldShare, Tolerance, "withheld share");
        Near(1.0 / 14, all.ApproximateShare, Tolerance, "approximate share");
        Near(1.0 / 14, all.AreaCentroidShare, Tolerance, "area-centroid share");
        Assert.All(rows.Where(r => !r.IsReference), r => Assert.Null(r.WithheldShare));
        // Time precision mix: P04, P07, P11 are known to the day, the other 11 to the minute.
        Assert.Equal(new Dictionary<string, int> { ["day"] = 3, ["minute"] = 11 }, JsonSerializer.Deserialize<Dictionary<string, int>>(all.TimePrecision!));
        Assert.Equal(new Dictionary<string, int> { ["test-kommun"] = 1, ["test-polis"] = 13 }, JsonSerializer.Deserialize<Dictionary<string, int>>(all.Sources!));
    }

    [Fact]
    public async Task The_location_quotient_is_the_groups_share_of_the_area_over_its_share_of_the_study_area()
    {
        var rows = await RowsAsync();
        // LQ = (n_ak / n_a) / (N_k / N), N counting the withheld incident: violence N_k/N = 6/14, theft 8/14.
        // A1 violence (3/5)/(6/14) = 1.4; A2 violence (1/5)/(6/14) = 14/30; A3 violence (1/2)/(6/14) = 14/12;
        // A4 violence (0/1)/(6/14) = 0; A1 theft (2/5)/(8/14) = 0.7; A2 theft (4/5)/(8/14) = 1.4; A4 theft (1/1)/(8/14) = 1.75.
        Near(1.4, Row(rows, "A1", "violence").LocationQuotient, Tolerance, "A1 violence LQ");
        Near(14.0 / 30, Row(rows, "A2", "violence").LocationQuotient, Tolerance, "A2 violence LQ");
        Near(14.0 / 12, Row(rows, "A3", "violence").LocationQuotient, Tolerance, "A3 violence LQ");
        Near(0, Row(rows, "A4", "violence").LocationQuotient, Tolerance, "A4 violence LQ");
        Near(0.7, Row(rows, "A1", "theft").LocationQuotient, Tolerance, "A1 theft LQ");
        Near(1.4, Row(rows, "A2", "theft").LocationQuotient, Tolerance, "A2 theft LQ");
        Near(1.75, Row(rows, "A4", "theft").LocationQuotient, Tolerance, "A4 theft LQ");
        // 'total' is the whole mix: 1 wherever the area has incidents.
        Assert.All(rows.Where(r => r.CategoryGroup == "total"), r => Near(1, r.LocationQuotient, Tolerance, $"{r.AreaCode} total LQ"));
    }

    [Theory]
    // R 4.x: poisson.test(c(x1, x2), T = c(182, 365)), the period 2024-01-01–2024-06-30 (182 days) against 2023 (365 days).
    [InlineData("*", "total", 5.615384615, 1.911262461, 19.920677205, 0.000372682, "significant_rise")] // c(14, 5)
    [InlineData("*", "violence", 4.010989011, 0.856615322, 24.786361489, 0.068276174, "no_significant_change")] // c(6, 3)
    [InlineData("*", "theft", 8.021978022, 1.600890803, 77.543760819, 0.003359614, "significant_rise")] // c(8, 2)
    [InlineData("A1", "total", 3.342490842, 0.650308455, 21.523945513, 0.126625868, "no_significant_change")] // c(5, 3)
    [InlineData("A2", "total", 10.027472527, 1.122057519, 474.274768663, 0.017682663, "significant_rise")] // c(5, 1)
    [InlineData("A1", "violence", 3.008241758, 0.344601098, 36.016998368, 0.341264783, "no_significant_change")] // c(3, 2)
    public async Task The_change_is_Rs_exact_poisson_test_on_incidents_per_day(string area, string group, double ratio, double lower, double upper, double p, string cls)
    {
        var r = Row(await RowsAsync(), area, group);
        Near(ratio, r.RateRatio, RTolerance, $"{area} {group} ratio");
        Near(lower, r.RateRatioLower, RTolerance, $"{area} {group} lower");
        Near(upper, r.RateRatioUpper, RTolerance, $"{area} {group} upper");
        Near(p, r.RateRatioP, RTolerance, $"{area} {group} p");
        Assert.Equal(cls, r.ChangeClass);
    }

    [Fact]
    public async Task A_change_from_nothing_has_an_infinite_ratio_stored_as_empty_and_Rs_lower_bound()
    {
        // A4 total c(1, 0): R gives ratio Inf, lower 0.051422936, upper Inf, p 0.332723949.
        var r = Row(await RowsAsync(), "A4", "total");
        Assert.Null(r.RateRatio);
        Near(0.051422936, r.RateRatioLower, RTolerance, "A4 lower");
        Assert.Null(r.RateRatioUpper);
        Near(0.332723949, r.RateRatioP, RTolerance, "A4 p");
        Assert.Equal("no_significant_change", r.ChangeClass);
        // No incident in either period: no test.
        Assert.Equal("undefined", Row(await RowsAsync(), "A4", "violence").ChangeClass);
    }

    [Fact]
    public async Task The_trend_over_the_months_is_Mann_Kendall_and_Rs_Poisson_glm()
    {
        // The study area's months Jan–Jun 2024: Jan P01 P02 P05, Feb P03 P06, Mar P04 P07 P13, Apr K01 P10, May P08 P12,
        // Jun P09 P11 → 3, 2, 3, 2, 2, 2.
        var all = Row(await RowsAsync(), "*", "total");
        Assert.Equal([3, 2, 3, 2, 2, 2], all.MonthlyCounts!);
        // Mann–Kendall by hand: S = (−4) + (+1) + (−3) + 0 + 0 = −6; Var = [6·5·17 − 2·1·9 (two 3s) − 4·3·13 (four 2s)] / 18
        // = 18.666…; z = (S + 1)/√Var = −1.157275125; p = 2Φ(−|z|) = 0.247159973 (R pnorm).
        Near(-6, all.TrendMkS, Tolerance, "MK S");
        Near(-1.157275125, all.TrendMkZ, RTolerance, "MK z");
        Near(0.247159973, all.TrendMkP, RTolerance, "MK p");
        Assert.Equal("no_trend", all.TrendClass);
        // R: glm(c(3,2,3,2,2,2) ~ 0:5, family = poisson, control = glm.control(epsilon = 1e-15)): slope −0.073715256581,
        // SE 0.157278569723; % per year = (exp(12·slope) − 1)·100 = −58.711372163, Wald 95 % −98.978304890 to 1568.551382560.
        Near(-58.711372163, all.TrendPercentPerYear, RTolerance, "% per year");
        Near(-98.978304890, all.TrendPercentPerYearLower, RTolerance, "% per year lower");
        Near(1568.551382560, all.TrendPercentPerYearUpper, 1e-5, "% per year upper"); // 1e-8 relative: exp(12·upper slope) amplifies the SE's last digits
    }

    [Fact]
    public async Task Evening_night_and_weekend_shares_use_only_the_incidents_whose_precision_allows_them()
    {
        var rows = await RowsAsync();
        // Study area: 11 incidents known to the minute (3 only to the day).
        // Evening 18–24: P01 20:15, P06 23:45, P09 19:00, P10 22:00, P13 21:00 → 5/11.
        // Night 00–06: P02 02:30, P08 05:10 → 2/11.
        // Weekend (all 14 known to the day): P02, P03, P07, P08, P09, P10, P11 (Sat/Sun) → 7/14.
        var all = Row(rows, "*", "total");
        Assert.Equal((11, 3), (all.TimedHour, all.UntimedHour));
        Near(5.0 / 11, all.EveningShare, Tolerance, "evening share");
        Near(2.0 / 11, all.NightShare, Tolerance, "night share");
        Near(0.5, all.WeekendShare, Tolerance, "weekend share");
        // A1: P01, P02, P03, K01 timed, P04 not; evening P01 → 1/4, night P02 → 1/4; weekend P02, P03 → 2/5.
        var a1 = Row(rows, "A1", "total");
        Assert.Equal((4, 1), (a1.TimedHour, a1.UntimedHour));
        Near(0.25, a1.EveningShare, Tolerance, "A1 evening");
        Near(0.25, a1.NightShare, Tolerance, "A1 night");
        Near(0.4, a1.WeekendShare, Tolerance, "A1 weekend");
        // The hour × weekday profile: P01 Friday (4) 20 h → index 4 × 24 + 20 = 116; P02 Saturday (5) 02 h → 122.
        Assert.Equal(168, a1.HourWeekday!.Length);
        Assert.Equal(1, a1.HourWeekday[116]);
        Assert.Equal(1, a1.HourWeekday[122]);
        Assert.Equal(4, a1.HourWeekday.Sum());
        // Month of year (every incident is known to the month): A1 has January ×2, February, March, April.
        Assert.Equal([2, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0], a1.MonthOfYear!);
        Assert.Contains(Run.Notices, n => n.Code == "untimed" && n.TextSv.StartsWith("3 händelser saknar klockslag", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_repeat_share_counts_the_located_incidents_at_places_with_two_or_more()
    {
        var rows = await RowsAsync();
        // P01 and P02 (both violence) share 500200,6500200; no other two period incidents share a point.
        Near(2.0 / 5, Row(rows, "A1", "total").RepeatShare, Tolerance, "A1 repeat share");
        Near(2.0 / 3, Row(rows, "A1", "violence").RepeatShare, Tolerance, "A1 violence repeat share");
        Near(0, Row(rows, "A1", "theft").RepeatShare, Tolerance, "A1 theft repeat share");
        Near(0, Row(rows, "A2", "total").RepeatShare, Tolerance, "A2 repeat share");
        // Study area: 2 of the 13 located incidents (the withheld one has no place).
        Near(2.0 / 13, Row(rows, "*", "total").RepeatShare, Tolerance, "reference repeat share");
    }

    [Fact]
    public async Task The_area_centroid_incident_counts_in_its_areas_rate_but_not_on_the_grid()
    {
        var rows = await RowsAsync();
        var a2 = Row(rows, "A2", "total");
        Assert.Equal(5, a2.Incidents); // P05–P09 including the area-centroid P09
        Near(1.0 / 5, a2.AreaCentroidShare, Tolerance, "A2 area-centroid share");
        Near(1.0 / 5, a2.ApproximateShare, Tolerance, "A2 approximate share");

        var cells = await Get<RunStore>().CellsAsync(Run.Run.Id);
        // The 2 km square in 500 m cells.
        Assert.Equal(16, cells.Count);
        // Grid-eligible period incidents: 14 − P13 (withheld) − P09 (area centroid) = 12; the comparison's 5 are all exact or address.
        Assert.Equal(12, cells.Sum(c => c.Incidents));
        Assert.Equal(5, cells.Sum(c => c.IncidentsCompare ?? 0));
        // P09 sits at A2's centre 501500,6500500; the cell north-east of that corner holds only P06 (501600,6500600).
        var ne = cells.Single(c => c.Geom.Contains(new NetTopologySuite.Geometries.Point(501750, 6500750)));
        Assert.Equal(1, ne.Incidents);
        var sw = cells.Single(c => c.Geom.Contains(new NetTopologySuite.Geometries.Point(501250, 6500250)));
        Assert.Equal(1, sw.Incidents); // P05 only; P09 is on no cell
        // The run says so, naming the source.
        Assert.Contains(Run.Notices, n => n.Code == "area_centroid" && n.TextEn.StartsWith("1 incidents have only an area-centroid location (test-polis 1)", StringComparison.Ordinal));
        Assert.Contains(Run.Notices, n => n.Code == "withheld" && n.TextEn.StartsWith("1 incidents have no location", StringComparison.Ordinal));
        using var quality = JsonDocument.Parse(Run.Run.DataQuality!);
        Assert.Equal(14, quality.RootElement.GetProperty("incidents").GetInt32());
        Assert.Equal(12, quality.RootElement.GetProperty("onGrid").GetInt32());
        Assert.Equal(1, quality.RootElement.GetProperty("withoutLocation").GetInt32());
        Near(1.0 / 14, quality.RootElement.GetProperty("withheldShare").GetDouble(), Tolerance, "run withheld share");
    }

    [Fact]
    public async Task Sources_with_no_rows_in_an_area_or_the_period_are_named()
    {
        var rows = await RowsAsync();
        // The run read three sources; test-falt has only F01 in 2023, test-kommun only K01 (A1) in the period.
        Assert.Equal(["test-falt"], Row(rows, "*", "total").SourcesMissing!);
        Assert.Equal(["test-falt"], Row(rows, "A1", "total").SourcesMissing!);
        Assert.Equal(["test-falt", "test-kommun"], Row(rows, "A2", "total").SourcesMissing!);
        Assert.Equal(["test-falt", "test-kommun"], Row(rows, "A4", "total").SourcesMissing!);
        Assert.Null(Row(rows, "A1", "violence").SourcesMissing); // stated on the total rows only
        using var quality = JsonDocument.Parse(Run.Run.DataQuality!);
        Assert.Equal(["test-falt"], quality.RootElement.GetProperty("sourcesWithoutRowsInPeriod").EnumerateArray().Select(s => s.GetString()));
        Assert.Contains(Run.Notices, n => n.Code == "source_outside" && n.TextEn.Contains("source test-falt has no rows in the period (2023-05-05–2023-05-05)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_run_stores_its_parameters_batches_and_given_values_announced()
    {
        Assert.Equal("completed", Run.Run.Status);
        Assert.Equal((new DateOnly(2024, 1, 1), new DateOnly(2024, 6, 30)), (Run.Run.PeriodFrom, Run.Run.PeriodTo));
        Assert.Equal((new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)), (Run.Run.CompareFrom, Run.Run.CompareTo));
        Assert.Empty(Run.Run.Categories); // every category
        Assert.Contains(Run.Notices, n => n.Code == "period" && n.TextSv == "period: 2024-01-01–2024-06-30 (angiven)");
        Assert.Contains(Run.Notices, n => n.Code == "compare" && n.TextEn == "comparison period: 2023-01-01–2023-12-31 (given)");
        Assert.Contains(Run.Notices, n => n.Code == "cell_size" && n.TextEn == "grid: 500 m (given), 16 cells"
            && n.TextSv == "rutnät: 500 m (angivet), 16 rutor");
        Assert.Contains(Run.Notices, n => n.Code == "reference_none");
        // Rows read per import batch: police P01–P13 and P20–P22 = 16 (P14 and P19 are outside), municipal 2, field work 1.
        var batches = await Get<RunStore>().BatchesAsync(Run.Run.Id);
        Assert.Equal([("test-falt", "incidents_fieldwork.csv", 1L), ("test-kommun", "incidents_municipal.csv", 2L), ("test-polis", "incidents_police.csv", 16L)],
            batches.Select(b => (b.Source, Path.GetFileName(b.FileName), b.RowsUsed)).OrderBy(b => b.Source, StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_empirical_Bayes_rate_is_Rs_EBest_on_a_set_where_every_area_has_residents()
    {
        var run = await Get<AnalyzeService>().RunAsync(Explicit() with { AreaSet = "halves" });
        Assert.Contains(run.Notices, n => n.Code == "area_set" && n.TextEn == "areas: halves (given, 2 areas)");
        var rows = await RowsAsync(run.Run.Id);
        // West = A1 + A3 = 7 incidents, 700 residents (raw 10 per 1,000); east = A2 + A4 = 6, 3,000 (raw 2 per 1,000).
        Assert.Equal((7, 6), (Row(rows, "W", "total").Incidents, Row(rows, "E", "total").Incidents));
        Near(10, Row(rows, "W", "total").RatePer1000, Tolerance, "W raw rate");
        // R 4.x, spdep: EBest(c(7, 6), c(700, 3000))$estmm * 1000 = 7.48346507501, 2.19501741227.
        Near(7.48346507501, Row(rows, "W", "total").RateEbPer1000, 1e-9, "W EB rate");
        Near(2.19501741227, Row(rows, "E", "total").RateEbPer1000, 1e-9, "E EB rate");
        // The reference row: the same 14 incidents over 3,700 residents.
        Near(14.0 / 3700 * 1000, Row(rows, "*", "total").RatePer1000, Tolerance, "reference rate on halves");
    }

    [Fact]
    public async Task A_group_given_as_category_expands_to_its_codes()
    {
        var run = await Get<AnalyzeService>().RunAsync(Explicit(["violence"]));
        var codes = Geo.Core.Taxonomy.CategoryTaxonomy.BuiltIn.All.Select(c => c.Code)
            .Where(c => c == "violence" || c.StartsWith("violence.", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        Assert.True(codes.Length > 3);
        Assert.Equal(codes, run.Run.Categories);
        Assert.Contains(run.Notices, n => n.Code == "categories" && n.TextEn == $"categories: violence ({codes.Length} codes)");
        var rows = await RowsAsync(run.Run.Id);
        Assert.Equal(["total", "violence"], rows.Select(r => r.CategoryGroup).Distinct().Order(StringComparer.Ordinal));
        // Violence only: 6 in the period (P01, P02, P03, P08, P10, P13) against 3 (P20, P22, F01).
        Assert.Equal((6, 3), (Row(rows, "*", "total").Incidents, Row(rows, "*", "total").IncidentsCompare));
        Assert.Equal(3, Row(rows, "A1", "total").Incidents);
        // Read: 6 + 3.
        Assert.Equal(9, run.Run.IncidentsRead);
    }

    [Fact]
    public async Task An_unknown_category_is_an_error_naming_it()
    {
        var e = await Assert.ThrowsAsync<ArgumentException>(() => Get<AnalyzeService>().RunAsync(Explicit(["violence", "nosuch"])));
        Assert.Contains("'nosuch'", e.Message);
        Assert.DoesNotContain("'violence'", e.Message);
    }

    [Fact]
    public async Task The_default_period_on_data_ending_mid_month_ends_with_the_month_before()
    {
        // The last incident is P14 on 2024-07-10: July is not full, so the period is 2023-07-01–2024-06-30 and the
        // comparison the 12 months before, 2022-07-01–2023-06-30, which the data (from 2022-12-20) covers only partly.
        var run = await Get<AnalyzeService>().RunAsync(new AnalyzeRequest(Code, CellSize: 500, CreatedBy: "test"));
        Assert.Equal((new DateOnly(2023, 7, 1), new DateOnly(2024, 6, 30)), (run.Run.PeriodFrom, run.Run.PeriodTo));
        Assert.Equal((new DateOnly(2022, 7, 1), new DateOnly(2023, 6, 30)), (run.Run.CompareFrom, run.Run.CompareTo));
        var period = run.Notices.Single(n => n.Code == "period");
        Assert.Equal("period: 2023-07-01–2024-06-30, de senaste 12 hela månaderna som data täcker (data till 2024-07-10)", period.TextSv);
        Assert.Equal("period: 2023-07-01–2024-06-30, the last 12 full months the data covers (data until 2024-07-10)", period.TextEn);
        Assert.Contains("partly covered", run.Notices.Single(n => n.Code == "compare").TextEn);
        // The default area set: the only one, every area with a population (A4's is 0).
        Assert.Equal("quarters", run.Run.AreaSet);
        // Period 2023-07-01–2024-06-30: the 14 of 2024 before July + P21, P22, K02 of the second half of 2023 = 17.
        var all = Row(await RowsAsync(run.Run.Id), "*", "total");
        Assert.Equal(17, all.Incidents);
        // Comparison: P19 (2022-12-20), P20 (2023-03-10), F01 (2023-05-05) = 3.
        Assert.Equal(3, all.IncidentsCompare);
    }
}
