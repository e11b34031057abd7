using Geo.Planning.Causes;
using Geo.Planning.Measures;

namespace Geo.Planning.Plans;

/// <summary>
/// Ranks the measures of a catalogue for a problem of a run and, optionally, one of its candidate causes. Pure: the same
/// facts and catalogue give the same ranking.
/// </summary>
/// <remarks>
/// A measure qualifies only when its <c>groups</c> contain the problem's category main group (the catalogue has no
/// "all groups" value; a problem of group <c>total</c> lets every measure qualify). Its score adds:
/// <list type="bullet">
/// <item>place: +3 when one of its places is a place type the cause points to, else +1.5 when one is present at the
/// problem;</item>
/// <item>time: +1 per time code shared with the cause's times (else the problem's; for a coverage gap the uncovered
/// windows'), at most +2; a measure for <c>any</c> time +0.5; a measure only for other times −1;</item>
/// <item>cause: +2.5 when its technique is one of the cause's first techniques (e.g. <c>set_rules</c> and
/// <c>control_drugs_alcohol</c> for <c>night_economy</c>), +1.5 for its second ones, +0.75 for its third ones;</item>
/// <item>coverage gap: +2.5 for field work or leisure (opening hours) when the problem has a temporal coverage gap and the
/// cause is <c>uncovered_hours</c> (or the row is the gap's own), +0.5 when it follows up <c>coverage_gap_share</c>;</item>
/// <item>repeat places: +1 when it follows up <c>repeat_share</c> and the repeat share is at least 0.25;</item>
/// <item>evidence: +0.25 when the catalogue has an effect note for it.</item>
/// </list>
/// Ties are broken by the catalogue's order.
/// </remarks>
public static class MeasureMatcher
{
    /// <summary>The repeat share from which repeat places count as a cause (the <c>repeat_targets</c> hypothesis's threshold).</summary>
    public const double RepeatShareThreshold = 0.25;

    private sealed record Fit(string[] First, string[] Second, string[] Third);

    private static readonly Dictionary<string, Fit> Fits = new(StringComparer.Ordinal)
    {
        ["night_economy"] = new(["set_rules", "control_drugs_alcohol"], ["strengthen_formal_surveillance", "extend_guardianship"],
            ["control_tools", "reduce_frustration_stress", "reduce_emotional_arousal", "deflect_offenders"]),
        ["transit_node"] = new(["utilize_place_managers"], ["strengthen_formal_surveillance", "assist_natural_surveillance", "extend_guardianship"],
            ["reduce_anonymity", "avoid_disputes"]),
        ["school_time"] = new(["school_cooperation"], ["mentoring", "family_support"], ["neutralize_peer_pressure"]),
        ["youth_evenings"] = new(["leisure", "field_work"], ["neutralize_peer_pressure", "family_support"], ["extend_guardianship", "mentoring"]),
        ["uncovered_hours"] = new(["field_work", "leisure"], ["extend_guardianship", "strengthen_formal_surveillance"], []),
        ["no_guardians"] = new(["extend_guardianship", "field_work"], ["strengthen_formal_surveillance", "utilize_place_managers", "assist_natural_surveillance"], []),
        ["repeat_targets"] = new(["target_hardening"], ["identify_property", "individual_support"], ["control_access"]),
        ["shop_targets"] = new(["target_hardening", "remove_targets"], ["screen_exits", "conceal_targets", "strengthen_formal_surveillance"], []),
        ["housing_management"] = new(["utilize_place_managers", "community"], ["control_access", "deny_benefits", "assist_natural_surveillance"], []),
        ["drug_market"] = new(["disrupt_markets"], ["field_work", "individual_support"], ["post_instructions", "extend_guardianship"]),
    };

    /// <summary>The techniques that answer a temporal coverage gap: field work at the hours, and opening hours of leisure.</summary>
    private static readonly string[] GapTechniques = ["field_work", "leisure"];

    /// <summary>
    /// The qualifying measures for <paramref name="problem"/> (and <paramref name="cause"/> when given), best first, with
    /// the reason for each.
    /// </summary>
    public static IReadOnlyList<MeasureMatch> Rank(ProblemFacts problem, MeasureCatalogue catalogue, CauseHypothesis? cause = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(catalogue);
        var window = cause?.Code == "uncovered_hours" ? UncoveredWindow(problem) ?? problem.Peak : problem.Peak;
        var times = cause is { Times.Count: > 0 } ? cause.Times : problem.Times;
        return Score(problem, catalogue, cause, times, window, gapRow: false);
    }

    /// <summary>
    /// The measures for a problem's temporal coverage gap: field work or opening hours (leisure) at the uncovered hours,
    /// best first; empty when the problem has no temporal gap. Falls back to guardianship measures when no field-work or
    /// leisure measure fits the group.
    /// </summary>
    public static IReadOnlyList<MeasureMatch> RankForGap(ProblemFacts problem, MeasureCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(catalogue);
        if (problem.Coverage.Kind != "temporal") return [];
        var window = UncoveredWindow(problem) ?? problem.Peak;
        var times = window is null ? problem.Times : PlanWords.Times(window);
        var all = Score(problem, catalogue, null, times, window, gapRow: true);
        var gap = all.Where(m => GapTechniques.Contains(m.Measure.Technique)).ToList();
        return gap.Count > 0 ? gap : [.. all.Where(m => m.Measure.Technique is "extend_guardianship" or "strengthen_formal_surveillance")];
    }

    /// <summary>The largest uncovered window of a temporal gap (by its share of the problem's incidents).</summary>
    public static FactWindow? UncoveredWindow(ProblemFacts problem) =>
        problem.Coverage.Kind == "temporal" ? problem.Coverage.Windows.OrderByDescending(w => w.Share).FirstOrDefault() : null;

    private static List<MeasureMatch> Score(ProblemFacts p, MeasureCatalogue catalogue, CauseHypothesis? cause, IReadOnlyList<string> times,
        FactWindow? window, bool gapRow)
    {
        var causePlaces = cause is { PlaceTypes.Count: > 0 } ? cause.PlaceTypes : p.PlaceTypes;
        var fit = cause is not null && Fits.TryGetValue(cause.Code, out var f) ? f : null;
        var gapFits = p.Coverage.Kind == "temporal" && (gapRow || cause?.Code == "uncovered_hours");
        var list = new List<(MeasureMatch Match, int Order)>();
        var order = 0;
        foreach (var m in catalogue.Measures)
        {
            order++;
            if (p.CategoryGroup != "total" && !m.Groups.Contains(p.CategoryGroup)) continue;
            double score = 0;
            string[] placeSv = [], placeEn = [];
            var atCause = m.Places.Where(causePlaces.Contains).ToList();
            var present = m.Places.Where(p.PlaceTypes.Contains).ToList();
            var places = atCause.Count > 0 ? atCause : present;
            if (atCause.Count > 0) score += 3;
            else if (present.Count > 0) score += 1.5;
            if (places.Count > 0)
            {
                var where = Where(p, places);
                placeSv = [$"{PlanWords.And([.. places.Select(x => PlanWords.PlaceType(catalogue, x, "sv"))], "sv")} {where.Sv}"];
                placeEn = [$"{PlanWords.And([.. places.Select(x => PlanWords.PlaceType(catalogue, x, "en"))], "en")} {where.En}"];
            }

            var shared = m.Times.Where(t => t != "any" && times.Contains(t)).ToList();
            string[] timeSv = [], timeEn = [];
            if (shared.Count > 0)
            {
                score += Math.Min(2, shared.Count);
                // The words name the window only with the times it really has (a cause's times may be wider than the window).
                var inWindow = window is null ? [] : shared.Where(PlanWords.Times(window).Contains).ToList();
                var shown = inWindow.Count > 0 ? inWindow : shared;
                var w = inWindow.Count > 0 ? $" ({window!.Text.Sv})" : "";
                var wEn = inWindow.Count > 0 ? $" ({window!.Text.En})" : "";
                timeSv = [PlanWords.And([.. shown.Select(t => PlanWords.Time(t, "sv"))], "sv") + w];
                timeEn = [PlanWords.And([.. shown.Select(t => PlanWords.Time(t, "en"))], "en") + wEn];
            }
            else if (m.Times.Contains("any"))
            {
                score += 0.5;
                timeSv = ["alla tider"];
                timeEn = ["any time"];
            }
            else if (times.Count > 0) score -= 1;

            string[] whySv = [], whyEn = [];
            var technique = MeasureVocabulary.Technique(m.Technique);
            if (fit is not null)
            {
                var bonus = fit.First.Contains(m.Technique) ? 2.5 : fit.Second.Contains(m.Technique) ? 1.5 : fit.Third.Contains(m.Technique) ? 0.75 : 0;
                score += bonus;
                if (bonus > 0 && technique is not null)
                {
                    whySv = [$"{technique.LabelSv.ToLowerInvariant()} mot orsaken"];
                    whyEn = [$"{technique.LabelEn.ToLowerInvariant()} against the cause"];
                }
            }
            if (gapFits && GapTechniques.Contains(m.Technique))
            {
                score += 2.5;
                whySv = [.. whySv, window is null ? "vid timmarna utan öppen förebyggande verksamhet" : $"vid timmarna utan öppen förebyggande verksamhet ({window.Text.Sv})"];
                whyEn = [.. whyEn, window is null ? "at the hours no prevention resource is open" : $"at the hours no prevention resource is open ({window.Text.En})"];
            }
            if (gapFits && m.Indicator == "coverage_gap_share") score += 0.5;
            if (p.RepeatShare >= RepeatShareThreshold && m.Indicator == "repeat_share")
            {
                score += 1;
                whySv = [.. whySv, "upprepad utsatthet"];
                whyEn = [.. whyEn, "repeat victimisation"];
            }
            if (m.Evidence.Any(e => e.Dimension == "effect")) score += 0.25;

            var reason = new FactText(string.Join("; ", placeSv.Concat(timeSv).Concat(whySv)), string.Join("; ", placeEn.Concat(timeEn).Concat(whyEn)));
            list.Add((new MeasureMatch(m, Math.Round(score, 2), reason), order));
        }
        return [.. list.OrderByDescending(x => x.Match.Score).ThenBy(x => x.Order).Select(x => x.Match)];
    }

    /// <summary>"i hot spoten" when a resource of a matched type lies inside, else "nära hot spoten" (areas: "området").</summary>
    private static FactText Where(ProblemFacts p, IReadOnlyList<string> places)
    {
        var inside = p.Resources.Any(r => places.Contains(r.Type) && r.Within && r.Distance <= 0);
        var nearby = p.Resources.Any(r => places.Contains(r.Type) && r.Within);
        var resourceType = p.Resources.Any(r => places.Contains(r.Type));
        var hotspot = p.TargetKind == "hotspot";
        if (!resourceType || inside || !nearby)
            return hotspot ? new("i hot spoten", "in the hotspot") : new("i området", "in the area");
        return hotspot ? new("nära hot spoten", "near the hotspot") : new("nära området", "near the area");
    }
}
