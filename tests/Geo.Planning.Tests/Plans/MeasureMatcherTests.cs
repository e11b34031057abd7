using Geo.Planning.Causes;
using Geo.Planning.Measures;
using Geo.Planning.Plans;

namespace Geo.Planning.Tests.Plans;

/// <summary>The measure matcher on hand-built problems against the built-in catalogue (planted expectations).</summary>
public sealed class MeasureMatcherTests
{
    private static readonly MeasureCatalogue Catalogue = MeasureCatalogue.Default();

    private static Measure M(string id) => Catalogue.Find(id)!;

    [Fact]
    public void A_night_economy_violence_hotspot_gets_licensing_and_closing_hours_first_then_night_guardianship_with_reasons_naming_the_premises_and_hours()
    {
        var p = Facts.NightEconomyHotspot();
        var ranked = MeasureMatcher.Rank(p, Catalogue, p.Hypotheses[0]);

        // Licensing conditions, closing hours and responsible serving (set_rules, control_drugs_alcohol) first.
        var licensing = new[] { "SIT-28", "SIT-29", "SIT-30" };
        Assert.All(ranked.Take(3), m => Assert.Contains(m.Measure.Id, licensing));
        // Then night-time guardianship: security officers or hot spots policing before any other measure.
        Assert.Contains(ranked[3].Measure.Id, new[] { "SIT-16", "SIT-17" });
        Assert.Contains(ranked.Take(5), m => m.Measure.Id == "SIT-16");
        // Every qualifying measure is for violence; a measure of another group never appears.
        Assert.All(ranked, m => Assert.Contains("violence", m.Measure.Groups));
        Assert.DoesNotContain(ranked, m => m.Measure.Id == "SIT-01");

        var top = ranked[0].Reason;
        Assert.Contains("serveringsställe i hot spoten", top.Sv, StringComparison.Ordinal);
        Assert.Contains("natt och helg (fre–lör 22–04)", top.Sv, StringComparison.Ordinal);
        Assert.Contains("licensed premises in the hotspot", top.En, StringComparison.Ordinal);
        Assert.Contains("night and weekend (Fri–Sat 22–04)", top.En, StringComparison.Ordinal);
        // Strictly ordered scores; a daytime-only measure (school yards) scores below every night measure.
        Assert.True(ranked.Zip(ranked.Skip(1)).All(x => x.First.Score >= x.Second.Score));
        var school = ranked.Single(m => m.Measure.Id == "SOC-18");
        Assert.True(school.Score < ranked.Single(m => m.Measure.Id == "SIT-16").Score);
    }

    [Fact]
    public void A_temporal_coverage_gap_gets_field_work_or_opening_hours_at_the_uncovered_hours()
    {
        var p = Facts.NightEconomyHotspot();
        var gap = MeasureMatcher.RankForGap(p, Catalogue);
        Assert.NotEmpty(gap);
        Assert.All(gap, m => Assert.Contains(m.Measure.Technique, new[] { "field_work", "leisure" }));
        // Field work at the hours of the problem (evening, night, weekend) fits the night window better than leisure for evenings only.
        Assert.Equal("SOC-01", gap[0].Measure.Id);
        Assert.Contains("fre–lör 22–04", gap[0].Reason.Sv, StringComparison.Ordinal);
        Assert.Contains("utan öppen förebyggande verksamhet", gap[0].Reason.Sv, StringComparison.Ordinal);
        Assert.Contains("no prevention resource is open (Fri–Sat 22–04)", gap[0].Reason.En, StringComparison.Ordinal);

        // No temporal gap: no gap row.
        Assert.Empty(MeasureMatcher.RankForGap(Facts.Problem(coverage: new FactCoverage("spatial", null, [])), Catalogue));
    }

    [Fact]
    public void A_burglary_area_with_repeat_victimisation_gets_target_hardening()
    {
        var p = Facts.Problem(kind: "area", id: "9999C0101", group: "burglary", placeTypes: ["residential", "housing_estate"], times: ["night"],
            repeatShare: 0.38, hypotheses: [Facts.Hypothesis("repeat_targets", "target", ["residential", "housing_estate"], ["night"])]);
        var ranked = MeasureMatcher.Rank(p, Catalogue, p.Hypotheses[0]);
        Assert.Equal("target_hardening", ranked[0].Measure.Technique);
        Assert.Equal("SIT-01", ranked[0].Measure.Id);
        Assert.Contains("bostadsområde", ranked[0].Reason.Sv, StringComparison.Ordinal);
        // The repeat-victimisation measure (indicator repeat_share) is among the first three and says why.
        var repeat = ranked.Take(3).Single(m => m.Measure.Id == "SIT-34");
        Assert.Contains("upprepad utsatthet", repeat.Reason.Sv, StringComparison.Ordinal);
        Assert.All(ranked, m => Assert.Contains("burglary", m.Measure.Groups));
    }

    [Fact]
    public void The_window_times_follow_the_catalogue_vocabulary()
    {
        Assert.Equal(["night", "weekend"], Times(Facts.FriSatNight()));
        Assert.Equal(["evening", "weekday"], Times(new FactWindow(0, 3, 18, 22, 0.5, new("", ""))));
        Assert.Equal(["evening", "daytime", "weekend", "weekday"], Times(new FactWindow(4, 4, 15, 22, 0.5, new("", ""))));
    }

    private static IReadOnlyList<string> Times(FactWindow w) =>
        (IReadOnlyList<string>)typeof(MeasureMatcher).Assembly.GetType("Geo.Planning.Plans.PlanWords")!.GetMethod("Times")!.Invoke(null, [w])!;

    [Fact]
    public void The_goal_names_group_place_hours_change_and_baseline_per_year()
    {
        var p = Facts.NightEconomyHotspot();
        var w = GoalProposal.WindowFor(p);
        Assert.Equal(p.Peak, w);
        var g = GoalProposal.For(p, w, 143, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), false, "sv");
        Assert.Equal("Minska våldet i hot spot 10 fre–lör 22–04 med 20 % inom 12 månader (från 143 händelser per år)", g.Goal.Sv);
        Assert.Equal("Reduce violence in hotspot 10 Fri–Sat 22–04 by 20% within 12 months (from 143 incidents a year)", g.Goal.En);
        Assert.Equal("incidents_in_window", g.Indicator.Code);
        Assert.Equal(143, g.Indicator.Baseline);
        Assert.Equal(-0.2, g.Indicator.GoalChange);
        // A peak below 40 % of the incidents: the goal counts every hour.
        var flat = Facts.Problem(peak: Facts.FriSatNight(0.3));
        Assert.Null(GoalProposal.WindowFor(flat));
        Assert.Equal("incidents", GoalProposal.For(flat, null, 10, new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30), false, "en").Indicator.Code);
        // Half a year of 10 incidents is 20 a year.
        Assert.Contains("(from 20 incidents a year)", GoalProposal.For(flat, null, 10, new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30), false, "en").Goal.En, StringComparison.Ordinal);
    }
}
