using System.Text.Json;
using Geo.Planning.Measures;
using Geo.Planning.Plans;
using Geo.Planning.Tests.Runs;
using Geo.Storage;
using Geo.Testing;
using Xunit.Abstractions;

namespace Geo.Planning.Tests.Plans;

/// <summary>
/// The plan draft on the sample municipality against its planted truth (data/sample/ground_truth.json): for the planted
/// persistent violence hotspot H2 near licensed premises at weekend nights (Fri–Sat 22–04), measures about licensed
/// premises and night-time guardianship with the planted hours; for its planted temporal coverage gap, field work or
/// opening hours at the uncovered hours. The whole chain runs: import, analyze, CauseService's facts, the matcher, the
/// stored plan.
/// </summary>
[Collection("postgis")]
public sealed class SamplePlanTests(PostGisFixture fixture, ITestOutputHelper output) : PlanningDatabaseTest(fixture, "geo-sampleplan-")
{
    private static readonly string Sample = Path.Combine(RepoRoot.Path, "data", "sample");

    [Fact]
    public async Task The_draft_proposes_licensing_and_night_guardianship_at_the_planted_hours_and_field_work_or_opening_hours_for_the_gap()
    {
        await Get<Geo.Planning.Samples.SampleImportService>().RunAsync(Sample, null, "test");
        var run = await Get<Geo.Planning.Runs.AnalyzeService>().RunAsync(new Geo.Planning.Runs.AnalyzeRequest("9999", CreatedBy: "test"));
        var result = await Get<PlanService>().DraftAsync(new PlanDraftRequest(run.Run.Id, CreatedBy: "test"));
        var plan = result.Plan;
        foreach (var r in plan.Rows)
            output.WriteLine($"{r.Id} {r.TargetKind} {r.TargetId} {r.CategoryGroup} #{r.ProblemRank} {r.CauseCode} → {r.MeasureId} {r.Measure} [{r.MatchScore}] {r.MatchReason} | {r.Goal}");

        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Sample, "ground_truth.json")));
        var h2 = SampleRunTests.Square(doc.RootElement.GetProperty("hotspots").EnumerateArray().Single(h => h.GetProperty("id").GetString() == "H2").GetProperty("polygon"));
        var hotspot = (await Get<RunStore>().HotspotsAsync(run.Run.Id)).Single(h => h.Geom.Intersection(h2).Area > 0.5 * h2.Area);
        var rows = plan.Rows.Where(r => r.TargetKind == "hotspot" && r.TargetId == hotspot.HotspotId.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(rows);
        // H2 is planted with assault, personal robbery and drug dealing; whichever of its groups are in the top problems.
        Assert.All(rows, r => Assert.Contains(r.CategoryGroup, new[] { "violence", "robbery", "drugs" }));

        var catalogue = MeasureCatalogue.Default();
        Measure M(PlanRow r) => catalogue.Find(r.MeasureId)!;

        // Licensed premises: measures for licensed premises against the night-economy cause, at the planted hours.
        var premises = rows.Where(r => M(r).Places.Contains("licensed_premises") && r.CauseCode == "night_economy").ToList();
        Assert.NotEmpty(premises);
        Assert.All(premises, r =>
        {
            Assert.Contains("serveringsställe i hot spoten", r.MatchReason, StringComparison.Ordinal);
            Assert.Matches("natt och helg \\((fre|tors)–lör 22–04\\)", r.MatchReason);
            Assert.Matches(" (fre|tors)–lör 22–04 ", r.Goal);
            Assert.Equal("incidents_in_window", r.Indicator.Code);
            Assert.Equal((5, 22, 4), (r.Indicator.Window!.LastDay, r.Indicator.Window.StartHour, r.Indicator.Window.EndHour));
        });
        // Licensing conditions, serving or closing hours (set_rules, control_drugs_alcohol) for a group they are for.
        Assert.Contains(premises, r => M(r).Technique is "set_rules" or "control_drugs_alcohol" or "deflect_offenders");
        // Night-time guardianship: guards, policing or adults on the street at night.
        Assert.Contains(rows, r => M(r).Technique is "extend_guardianship" or "strengthen_formal_surveillance" && M(r).Times.Contains("night")
                                   && r.MatchReason.Contains("natt", StringComparison.Ordinal));

        // The temporal coverage gap: field work or youth-centre opening hours at the uncovered hours.
        var gap = rows.Where(r => r.Cause.StartsWith("Tidsmässig täckningslucka", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(gap);
        Assert.All(gap, r =>
        {
            Assert.Contains(M(r).Technique, new[] { "field_work", "leisure" });
            Assert.Contains("fre–lör 22–04", r.Goal, StringComparison.Ordinal);
            Assert.Contains("utan öppen förebyggande verksamhet", r.Goal, StringComparison.Ordinal);
        });

        // Every baseline is the count the follow-up makes over the same run (a follow-up with the run itself changes nothing).
        var f = await Get<PlanService>().FollowUpAsync(plan.Id, run.Run.Id);
        Assert.All(f.Rows, r => Assert.Equal(r.Baseline, r.Now));
        Assert.All(f.Rows, r => Assert.Equal("yellow", r.SuggestedStatus));
    }
}
