using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Geo.Planning.Causes;
using Geo.Planning.Runs;
using Geo.Planning.Samples;
using Geo.Planning.Tests.Runs;
using Geo.Storage;
using Geo.Testing;
using Microsoft.Extensions.DependencyInjection;
using NetTopologySuite.Geometries;
using Xunit.Abstractions;

namespace Geo.Planning.Tests.Causes;

/// <summary>
/// The cause-analysis facts of the sample municipality's run against its planted truth (data/sample/ground_truth.json):
/// the persistent night-time hotspot H2 next to "Nattklubb Midnattssol" with the youth centre "Fritidsgården Tornet"
/// closed at its weekend nights; the facts in both languages, hypotheses worded as questions; the top-N selection. The
/// sample is loaded and analysed once for the class (one database).
/// </summary>
[Collection("postgis")]
public sealed partial class CauseServiceTests(PostGisFixture fixture, ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly string Sample = Path.Combine(RepoRoot.Path, "data", "sample");
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static (GeoDatabase Db, ServiceProvider Services, long RunId, IReadOnlyList<ProblemFacts> Top10)? _shared;
    private readonly string _home = Directory.CreateTempSubdirectory("geo-causes-").FullName;

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
            var top = await services.GetRequiredService<CauseService>().FactsAsync(run.Run.Id, 10);
            _shared = (db, services, run.Run.Id, top);
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

    private static long RunId => _shared!.Value.RunId;

    private static IReadOnlyList<ProblemFacts> Top10 => _shared!.Value.Top10;

    private static T Get<T>() where T : notnull => _shared!.Value.Services.GetRequiredService<T>();

    private static readonly string[] Codes =
    [
        "night_economy", "transit_node", "school_time", "youth_evenings", "uncovered_hours", "no_guardians", "repeat_targets",
        "shop_targets", "housing_management", "drug_market",
    ];

    /// <summary>The planted H2 square (EPSG:3006) from the ground truth.</summary>
    private static Polygon H2()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Sample, "ground_truth.json")));
        var h2 = doc.RootElement.GetProperty("hotspots").EnumerateArray().Single(h => h.GetProperty("id").GetString() == "H2");
        return SampleRunTests.Square(h2.GetProperty("polygon"));
    }

    /// <summary>The hotspot problems whose geometry covers most of the planted H2 square.</summary>
    private static List<ProblemFacts> H2Problems()
    {
        var square = H2();
        return Top10.Where(f => f.TargetKind == "hotspot" && f.Geometry is not null && f.Geometry.Intersection(square).Area > 0.5 * square.Area).ToList();
    }

    [Fact]
    public void The_planted_night_hotspot_has_its_licensed_premises_its_weekend_night_peak_and_the_night_economy_hypothesis()
    {
        var problems = H2Problems();
        Assert.NotEmpty(problems);
        // The planted groups of H2: violence, robbery, drugs.
        Assert.All(problems, f => Assert.Contains(f.CategoryGroup, new[] { "violence", "robbery", "drugs" }));
        foreach (var f in problems)
        {
            var club = Assert.Single(f.Resources, r => r.Name == "Nattklubb Midnattssol");
            Assert.Equal("licensed_premises", club.Type);
            Assert.Equal("risk", club.Role);
            Assert.True(club.Within);
            Assert.Equal("Fr-Sa 22:00-03:00", club.OpeningHours);
            Assert.True(club.OpenAtPeak, "the night club is open during the peak");
            Assert.Contains("licensed_premises", f.PlaceTypes);

            // The problem's own peak: Friday and Saturday nights, overlapping the planted 22–04.
            var peak = f.Peak ?? throw new Xunit.Sdk.XunitException($"{f.Place.En} {f.CategoryGroup}: no peak");
            var window = new Geo.Analysis.Time.WeekWindow(peak.FirstDay, peak.LastDay, peak.StartHour, peak.EndHour, peak.Share);
            Assert.True(window.Contains(4 * 24 + 23) && window.Contains(5 * 24 + 23) && window.Contains(5 * 24 + 1) && window.Contains(6 * 24 + 1),
                $"{f.CategoryGroup}: peak {peak.Text.En} does not cover Friday and Saturday nights");
            Assert.InRange(window.Days, 2, 3);
            Assert.True(peak.Share >= 0.5, $"peak share {peak.Share}");
            Assert.Contains("night", f.Times);
            Assert.Contains("weekend", f.Times);
            Assert.DoesNotContain("daytime", f.Times);
            Assert.Equal("persistent_hot_spot", f.EmergingClass);

            var night = Assert.Single(f.Hypotheses, h => h.Code == "night_economy");
            Assert.Equal(TriangleSide.Place, night.Side);
            Assert.Equal(["licensed_premises"], night.PlaceTypes);
            Assert.Contains("night", night.Times);
            Assert.Contains("weekend", night.Times);
            Assert.Contains("Nattklubb Midnattssol", night.Text.Sv);
            Assert.Contains(night.BasedOn, b => b.Sv.Contains("Nattklubb Midnattssol", StringComparison.Ordinal));
            Assert.True(night.Support >= 0.7, $"night_economy support {night.Support}");
            Assert.Contains(f.Triangle, t => t.Side == TriangleSide.Place && t.Text.Sv.StartsWith("Nattklubb Midnattssol (serveringsställe)", StringComparison.Ordinal)
                                             && t.Text.Sv.Contains("fre–lör 22–03", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_planted_coverage_gap_is_temporal_with_the_youth_centre_closed_at_the_peak_and_an_uncovered_hours_hypothesis()
    {
        foreach (var f in H2Problems())
        {
            Assert.Equal("temporal", f.Coverage.Kind);
            Assert.True(f.Coverage.UncoveredShare >= 0.5, $"uncovered share {f.Coverage.UncoveredShare}");
            var first = f.Coverage.Windows[0];
            Assert.Equal((4, 5), (first.FirstDay, first.LastDay));
            Assert.Equal("fre–lör 22–04", first.Text.Sv);
            Assert.Equal("Fri–Sat 22–04", first.Text.En);

            var tornet = Assert.Single(f.Resources, r => r.Name == "Fritidsgården Tornet");
            Assert.Equal("youth_centre", tornet.Type);
            Assert.Equal("guardian", tornet.Role);
            Assert.True(tornet.Within);
            Assert.False(tornet.OpenAtPeak);
            Assert.Contains(f.Triangle, t => t.Side == TriangleSide.Guardian && t.Text.Sv.Contains("Fritidsgården Tornet", StringComparison.Ordinal)
                                             && t.Text.Sv.Contains("22 på fredagar", StringComparison.Ordinal) && t.Text.Sv.Contains("stängt under toppen", StringComparison.Ordinal));

            var gap = Assert.Single(f.Hypotheses, h => h.Code == "uncovered_hours");
            Assert.Equal(TriangleSide.Guardian, gap.Side);
            Assert.Contains("youth_centre", gap.PlaceTypes);
            Assert.Equal(["night", "weekend"], gap.Times);
            Assert.Equal(f.Coverage.UncoveredShare!.Value, gap.Support, 3);
            Assert.Contains("fre–lör 22–04", gap.Text.Sv);
        }
    }

    [Fact]
    public void Every_text_exists_in_Swedish_and_English_and_no_hypothesis_states_a_cause_as_proven()
    {
        Assert.NotEmpty(Top10);
        var banned = new[] { "orsakas av", "beror på", "är orsaken", "is caused by", "are caused by", "because of", "the cause is" };
        foreach (var f in Top10)
        {
            var texts = new List<FactText> { f.Place, f.Group };
            if (f.Peak is not null) texts.Add(f.Peak.Text);
            texts.AddRange(f.Coverage.Windows.Select(w => w.Text));
            texts.AddRange(f.MissingSources);
            texts.AddRange(f.Triangle.Select(t => t.Text));
            texts.AddRange(f.Hypotheses.Select(h => h.Text));
            texts.AddRange(f.Hypotheses.SelectMany(h => h.BasedOn));
            foreach (var t in texts)
            {
                Assert.False(string.IsNullOrWhiteSpace(t.Sv), $"{f.Place.En}: an empty Swedish text (English: {t.En})");
                Assert.False(string.IsNullOrWhiteSpace(t.En), $"{f.Place.Sv}: an empty English text (Swedish: {t.Sv})");
            }
            // Sentences are translated, not copied.
            foreach (var t in f.Triangle.Select(x => x.Text).Concat(f.MissingSources).Concat(f.Hypotheses.Select(h => h.Text)))
                Assert.NotEqual(t.Sv, t.En);

            Assert.NotEmpty(f.MissingSources);
            Assert.Contains(f.MissingSources, m => m.Sv.Contains("personuppgifter", StringComparison.Ordinal) && m.En.Contains("personal data", StringComparison.Ordinal));
            // The triangle in its order, with the offender side saying what the data cannot.
            Assert.Equal(f.Triangle.Select(t => TriangleSide.All.ToList().IndexOf(t.Side)).Order(), f.Triangle.Select(t => TriangleSide.All.ToList().IndexOf(t.Side)));
            Assert.Contains(f.Triangle, t => t.Side == TriangleSide.Offender && t.Text.En.Contains("say nothing about the offenders", StringComparison.Ordinal));

            foreach (var h in f.Hypotheses)
            {
                Assert.Contains(h.Code, Codes);
                Assert.Contains(h.Side, TriangleSide.All);
                Assert.InRange(h.Support, 0, 1);
                Assert.NotEmpty(h.BasedOn);
                Assert.Contains("?", h.Text.Sv, StringComparison.Ordinal);
                Assert.Contains("?", h.Text.En, StringComparison.Ordinal);
                Assert.StartsWith("Kan ", h.Text.Sv, StringComparison.Ordinal);
                Assert.Matches("^(Could|May) ", h.Text.En);
                foreach (var b in banned)
                {
                    Assert.DoesNotContain(b, h.Text.Sv, StringComparison.OrdinalIgnoreCase);
                    Assert.DoesNotContain(b, h.Text.En, StringComparison.OrdinalIgnoreCase);
                }
            }
            Assert.Equal(f.Hypotheses.Select(h => h.Support).OrderByDescending(s => s), f.Hypotheses.Select(h => h.Support));
            Assert.All(f.Times, t => Assert.Contains(t, new[] { "night", "evening", "daytime", "weekday", "weekend" }));
            Assert.Equal(f.Resources.Where(r => r.Within), f.Resources.TakeWhile(r => r.Within));
        }
    }

    [GeneratedRegex(@"^[^:]+: ([\d\u00a0 ]+) händelser i hot spot (\d+)")]
    private static partial Regex HotspotReason();

    [Fact]
    public async Task The_counts_agree_with_the_stored_run_and_the_area_problems_read_their_rows()
    {
        var priorities = await Get<RunStore>().PrioritiesAsync(RunId);
        var rows = (await Get<RunStore>().AreaIndicatorsAsync(RunId)).ToDictionary(r => (r.AreaCode, r.CategoryGroup));
        foreach (var f in Top10)
        {
            var p = priorities.Single(x => x.TargetKind == f.TargetKind && x.TargetId == f.TargetId && x.CategoryGroup == f.CategoryGroup);
            Assert.Equal(p.Rank, f.Rank);
            Assert.Equal(p.Score, f.Score);
            Assert.Equal(365, f.Days);
            if (f.TargetKind == "area")
            {
                var row = rows[(f.TargetId, f.CategoryGroup)];
                Assert.Equal(row.Incidents, f.Incidents);
                Assert.Equal(row.IncidentsCompare, f.IncidentsCompare);
                Assert.Equal(row.RatePer1000, f.RatePer1000);
                Assert.Equal(row.ChangeClass, f.ChangeClass);
                Assert.Equal(row.TrendClass, f.TrendClass);
                Assert.Null(f.EmergingClass);
                Assert.StartsWith("område ", f.Place.Sv);
            }
            else
            {
                // The hotspot × group recount from the incidents inside the stored polygon equals the count the run's reasons give.
                var m = HotspotReason().Match(p.ReasonsSv[0]);
                Assert.True(m.Success, p.ReasonsSv[0]);
                Assert.Equal(int.Parse(m.Groups[1].Value.Replace("\u00a0", "").Replace(" ", ""), CultureInfo.InvariantCulture), f.Incidents);
                Assert.NotNull(f.IncidentsCompare);
                Assert.Null(f.RatePer1000);
                Assert.NotNull(f.RelativeLevel);
                Assert.Contains($"{f.RelativeLevel!.Value.ToString("N1", CultureInfo.GetCultureInfo("sv-SE"))} gånger kommunens täthet", p.ReasonsSv[0]);
                Assert.StartsWith("hot spot " + f.TargetId, f.Place.Sv);
                Assert.StartsWith("hotspot " + f.TargetId, f.Place.En);
            }
        }
    }

    [Fact]
    public async Task Top_n_limits_the_problems_of_each_kind_and_areas_come_first_in_rank_order()
    {
        var watch = Stopwatch.StartNew();
        var five = await Get<CauseService>().FactsAsync(RunId);
        output.WriteLine($"FactsAsync(top 5): {five.Count} problems in {watch.Elapsed.TotalMilliseconds:0} ms");
        var two = await Get<CauseService>().FactsAsync(RunId, 2);
        Assert.Equal(4, two.Count);
        Assert.Equal(["area", "area", "hotspot", "hotspot"], two.Select(f => f.TargetKind));
        Assert.Equal([1, 2, 1, 2], two.Select(f => f.Rank));
        Assert.Equal(10, five.Count);
        Assert.Equal(five.Where(f => f.Rank <= 2).Select(f => (f.TargetKind, f.TargetId, f.CategoryGroup)), two.Select(f => (f.TargetKind, f.TargetId, f.CategoryGroup)));
        var firstHotspot = five.ToList().FindIndex(f => f.TargetKind == "hotspot");
        Assert.All(five.Take(firstHotspot), f => Assert.Equal("area", f.TargetKind));
        Assert.All(five.Skip(firstHotspot), f => Assert.Equal("hotspot", f.TargetKind));
        Assert.Equal(five.Take(firstHotspot).Select(f => f.Rank).Order(), five.Take(firstHotspot).Select(f => f.Rank));
        Assert.Equal(five.Skip(firstHotspot).Select(f => f.Rank).Order(), five.Skip(firstHotspot).Select(f => f.Rank));
        // The same facts as the top 10 gives for these problems.
        Assert.Equal(Top10.Where(f => f.Rank <= 5).Select(f => f.Triangle.Count), five.Select(f => f.Triangle.Count));
    }

    [Fact]
    public async Task An_unknown_run_is_an_argument_error_that_says_what_to_do()
    {
        var e = await Assert.ThrowsAsync<ArgumentException>(() => Get<CauseService>().FactsAsync(987654321));
        Assert.Contains("geo runs list", e.Message);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Get<CauseService>().FactsAsync(RunId, 0));
    }
}
