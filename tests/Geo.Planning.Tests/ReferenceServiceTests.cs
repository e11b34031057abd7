using System.Globalization;
using Geo.Formats;
using Geo.Planning.Reference;
using Geo.Storage;
using Geo.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Geo.Planning.Tests;

/// <summary>
/// The national reference table (<see cref="ReferenceService"/>) on the real police feed and SCB population, against
/// counts made independently in the test (the CSV read with <see cref="TestCsv"/>, the polisen mapping read from
/// data/mappings/polisen.csv, local years by <see cref="TimeZoneInfo"/>), and on small fixtures with planted rows.
/// </summary>
[Collection("postgis")]
public sealed class ReferenceServiceTests(PostGisFixture fixture) : PlanningDatabaseTest(fixture, "geo-reference-")
{
    private const string Sweden = "sweden";
    private static readonly TimeZoneInfo Stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    private ReferenceService Service => Services.GetRequiredService<ReferenceService>();

    private static ReferenceLoadRequest RealRequest() => new(
        SharedData.Path($"{Sweden}/polisen_events_2022_2026.csv"), SharedData.Path($"{Sweden}/scb_municipality_population_2024.csv"),
        SharedData.Path($"{Sweden}/swedish_admin_areas_reference.csv"), SharedData.Path($"{Sweden}/lan_wgs84.geojson"));

    private async Task<ReferenceRateRow> RateAsync(string level, string code, int year, string group) =>
        (await Services.GetRequiredService<ReferenceStore>().GetRatesAsync("polisen", year)).Single(r => r.Level == level && r.Code == code && r.CategoryGroup == group);

    private async Task<long> ScalarAsync(string sql)
    {
        await using var cmd = Db.DataSource.CreateCommand(sql);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    /// <summary>The polisen mapping read independently: event type → category.</summary>
    private static Dictionary<string, string> Mapping()
    {
        var csv = TestCsv.Read(Path.Combine(RepoRoot.Path, "data", "mappings", "polisen.csv"), comments: true);
        return csv.Rows.ToDictionary(r => r[0].Trim(), r => r[1].Trim(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>(location, local year, category) of every row of the real feed.</summary>
    private static List<(string Location, int Year, string? Category)> FeedRows()
    {
        var map = Mapping();
        var csv = TestCsv.Read(SharedData.Path($"{Sweden}/polisen_events_2022_2026.csv"));
        int dt = csv["datetime"], type = csv["type"], loc = csv["location_name"];
        return csv.Rows.Select(r =>
        {
            var at = DateTimeOffset.ParseExact(r[dt], "yyyy-MM-dd H:mm:ss zzz", CultureInfo.InvariantCulture);
            return (r[loc], TimeZoneInfo.ConvertTime(at, Stockholm).Year, map.TryGetValue(r[type].Trim(), out var c) ? c : null);
        }).ToList();
    }

    [SharedDataFact]
    public async Task Real_feed_counts_match_an_independent_count_for_Lulea_and_Norrbotten()
    {
        var result = await Service.LoadAsync(RealRequest());
        var rows = FeedRows();
        Assert.Equal(rows.Count, result.RowsRead);
        Assert.Equal(rows.Count, result.RowsUsed + result.RowsLeftOut.Values.Sum());
        Assert.Empty(result.UnmatchedLocations);
        Assert.Equal(290, result.Municipalities);
        Assert.Equal(21, result.Counties);
        Assert.Equal([2022, 2023, 2024, 2025, 2026], result.Years);
        Assert.Contains(result.Notices, n => n.Contains("agree", StringComparison.Ordinal));
        // The feed is sparse before March 2023 (2022: only homicides and deaths; Jan and Feb 2023: 45 events each): announced.
        Assert.Contains(result.Notices, n => n.StartsWith("2023: ", StringComparison.Ordinal) && n.Contains("Jan (45)", StringComparison.Ordinal) && n.Contains("Feb (45)", StringComparison.Ordinal));
        Assert.Contains(result.Notices, n => n.StartsWith("2022: ", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Notices, n => n.StartsWith("2025: ", StringComparison.Ordinal));

        // Luleå (2580), 2024, violence: the feed writes the name as SCB does.
        var lulea = rows.Count(r => r.Location == "Luleå" && r.Year == 2024 && r.Category?.StartsWith("violence", StringComparison.Ordinal) == true);
        Assert.True(lulea > 0);
        var rate = await RateAsync("municipality", "2580", 2024, "violence");
        Assert.Equal(lulea, rate.Events);
        Assert.Equal("25", rate.CountyCode);

        // Rate arithmetic by hand: Luleå's 2024 population from the SCB file; 2024 is covered fully (366 days).
        var scb = TestCsv.Read(SharedData.Path($"{Sweden}/scb_municipality_population_2024.csv"));
        var population = int.Parse(scb.Rows.Single(r => r[scb["kommun_kod"]] == "2580")[scb["population"]], CultureInfo.InvariantCulture);
        Assert.Equal(population, rate.Population);
        Assert.Equal(366, rate.DaysCovered);
        Assert.Equal(lulea * 100000.0 / population, rate.Per100000, 9);
        Assert.Equal(rate.Per100000, rate.Per100000Year, 9);

        // 2022 is covered from 26 September: 97 days, scaled to 365.
        var lulea2022 = rows.Count(r => r.Location == "Luleå" && r.Year == 2022 && r.Category is { } c && ReferenceGroups.CountsInTotal(c));
        var rate2022 = await RateAsync("municipality", "2580", 2022, "total");
        Assert.Equal(lulea2022, rate2022.Events);
        Assert.Equal(97, rate2022.DaysCovered);
        Assert.Equal(lulea2022 * 100000.0 / population * 365 / 97, rate2022.Per100000Year, 9);

        // Norrbotten (25), 2024, total = its municipalities' events + the events placed at "Norrbottens län".
        var admin = TestCsv.Read(SharedData.Path($"{Sweden}/swedish_admin_areas_reference.csv"));
        var norrbotten = admin.Rows.Where(r => r[admin["county_code"]] == "25").Select(r => r[admin["municipality_name"]]).ToHashSet();
        Assert.Equal(14, norrbotten.Count);
        bool InTotal(string? c) => c is not null && ReferenceGroups.CountsInTotal(c);
        var municipal = rows.Count(r => norrbotten.Contains(r.Location) && r.Year == 2024 && InTotal(r.Category));
        var countyLevel = rows.Count(r => r.Location == "Norrbottens län" && r.Year == 2024 && InTotal(r.Category));
        Assert.True(countyLevel > 0);
        var county = await RateAsync("county", "25", 2024, "total");
        Assert.Equal(municipal + countyLevel, county.Events);
        var stored = (await Services.GetRequiredService<ReferenceStore>().GetRatesAsync("polisen", 2024))
            .Where(r => r.Level == "municipality" && r.CountyCode == "25" && r.CategoryGroup == "total").ToList();
        Assert.Equal(14, stored.Count);
        Assert.Equal(stored.Sum(r => r.Events) + countyLevel, county.Events);
        Assert.Equal(stored.Sum(r => r.Population), county.Population);

        // Sweden = every event used (the total group: crimes only).
        var sweden = await RateAsync("country", "SE", 2024, "total");
        Assert.Equal(rows.Count(r => r.Year == 2024 && InTotal(r.Category)), sweden.Events);

        // A second load replaces the first: the same rows, one load.
        var before = await ScalarAsync("SELECT count(*) FROM reference_rate");
        Assert.Equal(result.RatesWritten, before);
        var again = await Service.LoadAsync(RealRequest());
        Assert.Equal(before, await ScalarAsync("SELECT count(*) FROM reference_rate"));
        Assert.Equal(1, await ScalarAsync("SELECT count(*) FROM reference_load"));
        Assert.Equal(again.LoadId, await ScalarAsync("SELECT DISTINCT load_id FROM reference_rate"));
        Assert.NotEqual(result.LoadId, again.LoadId);

        // The comparison for Luleå: its county, Sweden, the 10 nearest in log population, 2025 (the latest full year).
        var cmp = await Service.GetComparisonAsync("2580", null);
        Assert.NotNull(cmp);
        Assert.Equal(2025, cmp.Year);
        Assert.True(cmp.FullYear);
        Assert.Equal(("25", "Norrbottens län"), (cmp.County.Code, cmp.County.Name));
        Assert.Equal("SE", cmp.Sweden.Code);
        Assert.Equal("Luleå", cmp.Municipality.Name);
        Assert.Equal(10, cmp.Similar.Count);
        Assert.DoesNotContain(cmp.Similar, s => s.Code == "2580");
        var expectedSimilar = scb.Rows.Where(r => r[scb["kommun_kod"]] != "2580")
            .Select(r => (Code: r[scb["kommun_kod"]], Distance: Math.Abs(Math.Log(int.Parse(r[scb["population"]], CultureInfo.InvariantCulture)) - Math.Log(population))))
            .OrderBy(x => x.Distance).ThenBy(x => x.Code, StringComparer.Ordinal).Take(10).Select(x => x.Code).ToList();
        Assert.Equal(expectedSimilar, cmp.Similar.Select(s => s.Code).ToList());
        var total = cmp.Groups[0];
        Assert.Equal("total", total.Group);
        var own2025 = await RateAsync("municipality", "2580", 2025, "total");
        Assert.Equal(own2025.Per100000Year, total.Municipality, 12);
        Assert.Equal((await RateAsync("county", "25", 2025, "total")).Per100000Year, total.County, 12);
        Assert.Equal((await RateAsync("country", "SE", 2025, "total")).Per100000Year, total.Sweden, 12);
        var similarRates = new List<double>();
        foreach (var s in expectedSimilar) similarRates.Add((await RateAsync("municipality", s, 2025, "total")).Per100000Year);
        similarRates.Sort();
        Assert.Equal((similarRates[4] + similarRates[5]) / 2, total.SimilarMedian, 12);
        Assert.Equal(total.Municipality / total.Sweden, total.RatioToSweden!.Value, 12);
        Assert.Contains(cmp.Groups, g => g.Group == "violence" && g.LabelSv == "Våld och hot");
    }

    // ---------------------------------------------------------------- fixtures

    private const string Population = "kommun_kod,kommun_namn,population\n0114,Upplands Väsby,50000\n0180,Stockholm,1000000\n0380,Uppsala,250000\n";
    private const string Admin = "municipality_code,municipality_name,county_code,county_name\n0114,Upplands Väsby,01,Stockholms län\n0180,Stockholm,01,Stockholms län\n0380,Uppsala,03,Uppsala län\n";

    private static string Events(params string[] rows) =>
        "id,datetime,type,name,summary,location_name,lat,lon,url\n" + string.Concat(rows.Select((r, i) => $"{i + 1},{r},/url\n"));

    private static ReferenceLoadRequest Fixture(TempDir dir, string events, string population = Population, string admin = Admin) =>
        new(dir.File("events.csv", events), dir.File("population.csv", population), dir.File("admin.csv", admin));

    [Fact]
    public async Task Unknown_locations_unmapped_types_and_bad_times_are_counted_as_left_out_and_rates_are_hand_computable()
    {
        using var dir = new TempDir();
        var events = Events(
            "2023-03-01 12:00:00 +01:00,Misshandel,t,s,Stockholm,59,18",
            "2023-03-02 12:00:00 +01:00,Misshandel,t,s,Stockholm,59,18",
            "2023-05-02 12:00:00 +02:00,Rån,t,s,upplands-väsby,59,18",        // matched after normalising
            "2023-06-01 12:00:00 +02:00,Misshandel,t,s,Stockholms län,59,18",  // county level
            "2023-07-01 12:00:00 +02:00,Trafikolycka,t,s,Uppsala,59,17",      // traffic accident: not in the total
            "2023-12-31 23:30:00 +00:00,Misshandel,t,s,Uppsala,59,17",        // 2024-01-01 00:30 in Stockholm
            "2023-08-01 12:00:00 +02:00,Misshandel,t,s,Atlantis,0,0",         // unknown location
            "2023-08-01 12:00:00 +02:00,Rymdinvasion,t,s,Stockholm,59,18",    // unmapped type
            "not a date,Misshandel,t,s,Stockholm,59,18");                      // invalid time
        var r = await Service.LoadAsync(Fixture(dir, events));

        Assert.Equal(9, r.RowsRead);
        Assert.Equal(6, r.RowsUsed);
        Assert.Equal(1, r.RowsLeftOut["unmatched_location"]);
        Assert.Equal(1, r.RowsLeftOut["unmapped_type"]);
        Assert.Equal(1, r.RowsLeftOut["invalid_datetime"]);
        Assert.Equal([new ReferenceNameCount("Atlantis", 1)], r.UnmatchedLocations);
        Assert.Equal([new ReferenceNameCount("Rymdinvasion", 1)], r.UnmappedTypes);
        Assert.Equal(1, r.CountyLevelEvents);
        Assert.Contains(r.Notices, n => n.Contains("upplands-väsby", StringComparison.Ordinal));
        Assert.Equal([2023, 2024], r.Years);
        // The feed runs 2023-03-01 to 2024-01-01 (local): 306 days of 2023, 1 of 2024.
        Assert.Equal(306, r.DaysCovered[2023]);
        Assert.Equal(1, r.DaysCovered[2024]);
        var stored = await Db.DataSource.CreateCommand("SELECT rows_left_out::text FROM reference_load").ExecuteScalarAsync();
        Assert.Contains("\"unmatched_location\": 1", (string)stored!, StringComparison.Ordinal);

        // Stockholm 2023 violence: 2 events / 1,000,000 × 1e5 = 0.2; a year scaled by 365 / 306.
        var sthlm = await RateAsync("municipality", "0180", 2023, "violence");
        Assert.Equal(2, sthlm.Events);
        Assert.Equal(0.2, sthlm.Per100000, 12);
        Assert.Equal(0.2 * 365 / 306, sthlm.Per100000Year, 12);
        // Stockholm county 2023 total: Stockholm 2 + Upplands Väsby 1 + county level 1 = 4 over 1,050,000.
        var county = await RateAsync("county", "01", 2023, "total");
        Assert.Equal(4, county.Events);
        Assert.Equal(1_050_000, county.Population);
        Assert.Equal(4 / 1_050_000.0 * 1e5, county.Per100000, 12);
        // Uppsala: the traffic accident has a traffic row but is not in the total; the New Year's event is in 2024.
        Assert.Equal(1, (await RateAsync("municipality", "0380", 2023, "traffic")).Events);
        Assert.Equal(0, (await RateAsync("municipality", "0380", 2023, "total")).Events);
        Assert.Equal(1, (await RateAsync("municipality", "0380", 2024, "total")).Events);
        // Sweden 2023 total: 4 crimes, population 1,300,000; a municipality without events has a zero row.
        Assert.Equal(4, (await RateAsync("country", "SE", 2023, "total")).Events);
        Assert.Equal(0, (await RateAsync("municipality", "0114", 2023, "violence")).Events);
    }

    [Fact]
    public async Task Comparison_is_null_without_a_table_and_names_a_missing_municipality_or_year()
    {
        Assert.Null(await Service.GetComparisonAsync("0180", null));
        using var dir = new TempDir();
        await Service.LoadAsync(Fixture(dir, Events("2023-03-01 12:00:00 +01:00,Misshandel,t,s,Stockholm,59,18")));
        var e = await Assert.ThrowsAsync<ArgumentException>(() => Service.GetComparisonAsync("9999", null));
        Assert.Contains("9999", e.Message, StringComparison.Ordinal);
        var y = await Assert.ThrowsAsync<ArgumentException>(() => Service.GetComparisonAsync("0180", 2019));
        Assert.Contains("2019", y.Message, StringComparison.Ordinal);
        var c = await Service.GetComparisonAsync("0180", null);
        Assert.NotNull(c);
        Assert.False(c.FullYear);
        Assert.Equal(2, c.Similar.Count); // only two other municipalities
    }

    [Fact]
    public async Task A_run_of_a_year_the_table_lacks_uses_its_latest_year_and_says_so()
    {
        using var dir = new TempDir();
        await Service.LoadAsync(Fixture(dir, Events("2023-03-01 12:00:00 +01:00,Misshandel,t,s,Stockholm,59,18")));
        Assert.Equal([2023], await Service.YearsAsync());
        await Services.GetRequiredService<Geo.Planning.Samples.SampleImportService>().RunAsync(Path.Combine(RepoRoot.Path, "data", "sample"), null, "test");
        var config = dir.File("settings.json", """{"referenceMunicipality": "0180"}""");
        // The sample's 2025 is not in the table (2023 only): the run completes with 2023's values and announces it.
        var run = await Services.GetRequiredService<Geo.Planning.Runs.AnalyzeService>().RunAsync(
            new Geo.Planning.Runs.AnalyzeRequest("9999", ConfigFile: config, CreatedBy: "test"));
        Assert.Equal("completed", run.Run.Status);
        var notice = Assert.Single(run.Notices, n => n.Code == "reference_year");
        Assert.Contains("2025", notice.TextEn, StringComparison.Ordinal);
        Assert.Contains("2023 is used", notice.TextEn, StringComparison.Ordinal);
        using var stored = System.Text.Json.JsonDocument.Parse(run.Run.Reference!);
        Assert.Equal(2023, stored.RootElement.GetProperty("comparison").GetProperty("year").GetInt32());
    }

    [Fact]
    public async Task Bad_population_and_missing_columns_name_the_file_row_and_field()
    {
        using var dir = new TempDir();
        var events = Events("2023-03-01 12:00:00 +01:00,Misshandel,t,s,Stockholm,59,18");
        var bad = await Assert.ThrowsAsync<InputFormatException>(() => Service.LoadAsync(Fixture(dir, events, Population.Replace("250000", "250 000", StringComparison.Ordinal))));
        Assert.Equal(3, bad.Row);
        Assert.Contains("population", bad.Message, StringComparison.Ordinal);
        Assert.Contains("population.csv", bad.Message, StringComparison.Ordinal);

        var noColumn = await Assert.ThrowsAsync<InvalidDataException>(() => Service.LoadAsync(Fixture(dir, events.Replace("location_name", "place", StringComparison.Ordinal))));
        Assert.Contains("location_name", noColumn.Message, StringComparison.Ordinal);

        var noPopulation = await Assert.ThrowsAsync<InvalidDataException>(() => Service.LoadAsync(Fixture(dir, events, Population.Replace("0380,Uppsala,250000\n", "", StringComparison.Ordinal))));
        Assert.Contains("0380", noPopulation.Message, StringComparison.Ordinal);
        Assert.Equal(0, await ScalarAsync("SELECT count(*) FROM reference_load"));
    }
}
