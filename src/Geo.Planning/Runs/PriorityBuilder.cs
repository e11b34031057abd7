using System.Text.Json;
using Geo.Analysis.Priorities;
using Geo.Analysis.Time;
using Geo.Storage;
using Geo.Storage.Model;

namespace Geo.Planning.Runs;

/// <summary>
/// The transparent priorities of a run: one problem per area × category group and per hotspot × its main groups, a
/// weighted sum of standardised components (level against the reference, change, trend, hotspot share, harm, coverage
/// gap, confidence), ranked within its kind, with the reasons in Swedish and English and the stability of the top N
/// under random weights within ±25 %.
/// </summary>
internal static class PriorityBuilder
{
    /// <summary>Risk facilities named in reasons when they lie within the coverage distance.</summary>
    public static readonly string[] RiskTypes = ["licensed_premises", "transit_stop", "shop"];

    /// <summary>A hotspot's groups that become problems: at least this share of its incidents (and always its largest group).</summary>
    public const double HotspotGroupShare = 0.2;

    public sealed record Input(
        RunEvents Events, IReadOnlyList<RunArea> Areas, AreaIndicatorBuilder.Output AreaOutput, IReadOnlyList<RunAreaIndicatorEntity> AreaRows,
        IReadOnlyList<HotspotDraft> Drafts, IReadOnlyList<RunHotspotEntity> Hotspots, HarmWeights Harm, AnalysisConfig Config,
        RunPeriod Period, RunPeriod? Compare, IReadOnlyList<ResourceDistance> AreaWithin, IReadOnlyList<ResourceDistance> HotspotWithin,
        double StudyAreaKm2);

    /// <param name="TargetIndex">The area's index in the run's areas, or the hotspot's id (the proximity queries' target ids).</param>
    private sealed record Problem(string Kind, string Target, int TargetIndex, int Group, List<int> Events, RunAreaIndicatorEntity? Area,
        RunHotspotEntity? Hotspot, double[] Values)
    {
        /// <summary>A hotspot problem's own trend and change classes (areas carry theirs in their row).</summary>
        public string? TrendClass { get; init; }

        public string? ChangeClass { get; init; }
    }

    public static List<RunPriorityEntity> Build(Input input)
    {
        var ev = input.Events;
        var g = ev.Groups.Count;
        var rowsByKey = input.AreaRows.ToDictionary(r => (r.AreaCode, r.CategoryGroup));
        // Coverage gap of an area: the largest uncovered share among the hotspots with a gap that reach into it.
        var areaGap = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var h in input.Hotspots.Where(h => h.CoverageGap != "none" && h.UncoveredShare is not null))
            foreach (var code in h.AreaCodes)
                areaGap[code] = Math.Max(areaGap.GetValueOrDefault(code), h.UncoveredShare!.Value);
        // Grid-eligible incidents of each group in the period, for the hotspots' density against the study area.
        var gridByGroup = new double[g];
        for (var e = 0; e < ev.Count; e++) if (ev.Period[e] == 0 && ev.Cell[e] >= 0) gridByGroup[ev.Group[e]]++;

        var problems = new List<Problem>();
        for (var i = 0; i < input.Areas.Count; i++)
            for (var k = 0; k < g; k++)
            {
                var list = input.AreaOutput.Lists[i, k];
                if (list.Count == 0) continue;
                var row = rowsByKey[(input.Areas[i].Code, ev.Groups[k])];
                var level = input.AreaOutput.EbRate[i, k] / input.AreaOutput.StudyRate[k];
                if (!double.IsFinite(level) || level <= 0) level = row.LocationQuotient ?? double.NaN;
                problems.Add(new Problem("area", input.Areas[i].Code, i, k, list, row, null,
                [
                    Log(level), LogRatio(row.RateRatio), Slope(row.TrendPercentPerYear), row.HotShare95 ?? double.NaN,
                    Math.Log(1 + Harm(ev, list, input.Harm)), areaGap.GetValueOrDefault(input.Areas[i].Code),
                    Confidence(row.ApproximateShare, row.Unstable),
                ]));
            }
        foreach (var (draft, h) in input.Drafts.Zip(input.Hotspots))
        {
            var km2 = draft.Geometry.Area / 1e6;
            var byGroup = draft.Events.GroupBy(e => ev.Group[e]).Select(x => (Group: x.Key, List: x.ToList()))
                .OrderByDescending(x => x.List.Count).ThenBy(x => x.Group).ToList();
            for (var j = 0; j < byGroup.Count; j++)
            {
                var (k, list) = byGroup[j];
                if (j > 0 && list.Count < HotspotGroupShare * draft.Events.Count) continue;
                var compare = input.Compare is null ? (int?)null : draft.CompareEvents.Count(e => ev.Group[e] == k);
                var change = AreaIndicatorBuilder.ChangeOf(list.Count, compare, input.Period, input.Compare);
                var trend = AreaIndicatorBuilder.TrendOf(AreaIndicatorBuilder.Monthly(ev, list, input.Period.From, input.Period.Months().Count));
                var density = list.Count / km2 / (gridByGroup[k] / input.StudyAreaKm2);
                var approximate = list.Count(e => ev.Incidents.LocationPrecision[e] == Geo.Core.Domain.LocationPrecision.StreetSegment) / (double)list.Count;
                problems.Add(new Problem("hotspot", h.HotspotId.ToString(System.Globalization.CultureInfo.InvariantCulture), h.HotspotId, k, list, null, h,
                [
                    Log(density), LogRatio(change.Ratio), Slope(trend.Pct), 1, Math.Log(1 + Harm(ev, list, input.Harm)),
                    h.CoverageGap == "none" ? 0 : h.UncoveredShare ?? 0, Confidence(approximate, list.Count < input.Config.UnstableBelow),
                ]) { TrendClass = trend.Class, ChangeClass = change.Class });
            }
        }

        var areaNear = input.AreaWithin.ToLookup(r => r.TargetId);
        var hotspotNear = input.HotspotWithin.ToLookup(r => r.TargetId);
        var weights = input.Config.Weights.ToArray();
        var result = new List<RunPriorityEntity>();
        foreach (var kind in new[] { "area", "hotspot" })
        {
            var ps = problems.Where(p => p.Kind == kind).ToList();
            if (ps.Count == 0) continue;
            var components = ps.Select(p => p.Values).ToArray();
            var scored = PriorityScore.Score(components, weights);
            var topN = Math.Min(input.Config.TopN, ps.Count);
            var stability = input.Config.Sensitivity.Draws > 0
                ? PriorityScore.Sensitivity(components, weights, topN, input.Config.Sensitivity.Draws, input.Config.Seed, input.Config.Sensitivity.Spread)
                : new double[ps.Count].Select(_ => double.NaN).ToArray();
            for (var t = 0; t < ps.Count; t++)
            {
                var p = ps[t];
                var parts = new Dictionary<string, object?>();
                for (var c = 0; c < weights.Length; c++)
                    parts[PriorityWeights.Names[c]] = new { value = AreaIndicatorBuilder.Num(p.Values[c]), z = scored.Z[t][c], weight = weights[c] };
                // The facts behind the reasons are found once and worded in both languages.
                var profile = AreaIndicatorBuilder.ProfileOf(ev, p.Events);
                var peak = profile.WithHour >= 10 ? PeakWindow.Find(profile.HourWeekday) : null;
                var near = (p.Kind == "area" ? areaNear : hotspotNear)[p.TargetIndex];
                var (sv, en) = (Reasons(RunText.For("sv"), p, input, peak, near), Reasons(RunText.For("en"), p, input, peak, near));
                result.Add(new RunPriorityEntity
                {
                    StudyAreaCode = "",
                    TargetKind = kind,
                    TargetId = p.Target,
                    CategoryGroup = ev.Groups[p.Group],
                    Rank = scored.Rank[t],
                    Score = scored.Score[t],
                    Components = JsonSerializer.Serialize(parts),
                    Stability = double.IsNaN(stability[t]) ? null : stability[t],
                    ReasonsSv = sv,
                    ReasonsEn = en,
                });
            }
        }
        return result;
    }

    private static string[] Reasons(RunText text, Problem p, Input input, WeekWindow? peak, IEnumerable<ResourceDistance> near)
    {
        var ev = input.Events;
        var reasons = new List<string>();
        var label = text.Group(ev.Groups[p.Group]);
        var n = p.Events.Count;
        if (p.Area is { } a)
        {
            var level = Math.Exp(p.Values[0]);
            var ratePart = a.RatePer1000 is { } r
                ? text.Swedish ? $" ({text.Number(r)} per 1 000 invånare, {text.Whole(n)} händelser)" : $" ({text.Number(r)} per 1,000 residents, {text.Whole(n)} incidents)"
                : text.Swedish ? $" ({text.Whole(n)} händelser)" : $" ({text.Whole(n)} incidents)";
            reasons.Add(double.IsFinite(level)
                ? text.Swedish ? $"{label}: {text.Number(level)} gånger kommunens nivå{ratePart}" : $"{label}: {text.Number(level)} times the municipality's level{ratePart}"
                : $"{label}{ratePart}");
            if (a.Unstable) reasons.Add(text.Swedish ? $"osäker nivå: färre än {input.Config.UnstableBelow} händelser" : $"unstable rate: fewer than {input.Config.UnstableBelow} incidents");
        }
        else if (p.Hotspot is { } h)
        {
            var density = Math.Exp(p.Values[0]);
            reasons.Add(text.Swedish
                ? $"{label}: {text.Whole(n)} händelser i hot spot {h.HotspotId} ({text.Number(density)} gånger kommunens täthet)"
                : $"{label}: {text.Whole(n)} incidents in hotspot {h.HotspotId} ({text.Number(density)} times the municipality's density)");
            if (h.EmergingClass is { } ec && ec != "no_pattern") reasons.Add(text.Swedish ? $"mönster över tid: {Emerging(ec, true)}" : $"pattern over time: {Emerging(ec, false)}");
        }
        var slope = p.Values[2];
        var changeRatio = Math.Exp(p.Values[1]);
        var trendClass = p.Area?.TrendClass ?? p.TrendClass;
        if (double.IsFinite(slope) && trendClass is "rising" or "falling")
        {
            var pct = Math.Abs(double.ExpM1(slope));
            reasons.Add(slope > 0
                ? text.Swedish ? $"ökande {text.Percent(pct)} per år" : $"rising {text.Percent(pct)} a year"
                : text.Swedish ? $"minskande {text.Percent(pct)} per år" : $"falling {text.Percent(pct)} a year");
        }
        var changeClass = p.Area?.ChangeClass ?? p.ChangeClass;
        if (changeClass is "significant_rise" or "significant_fall" && double.IsFinite(changeRatio))
            reasons.Add(text.Swedish
                ? $"{(changeRatio >= 1 ? "+" : "−")}{text.Percent(Math.Abs(changeRatio - 1))} mot jämförelseperioden (signifikant)"
                : $"{(changeRatio >= 1 ? "+" : "−")}{text.Percent(Math.Abs(changeRatio - 1))} against the comparison period (significant)");
        if (peak is not null && peak.Share >= 0.25)
            reasons.Add($"{text.Percent(peak.Share)} {peak.Describe(text.Lang)}");
        if (p.Area is not null && p.Values[3] is var hs && double.IsFinite(hs) && hs >= 0.1)
            reasons.Add(text.Swedish ? $"{text.Percent(hs)} i signifikanta hot spots" : $"{text.Percent(hs)} in significant hot spots");
        var risks = near.Where(r => RiskTypes.Contains(r.Type)).GroupBy(r => r.Type).OrderBy(x => Array.IndexOf(RiskTypes, x.Key)).ToList();
        if (risks.Count > 0)
        {
            var max = risks.Max(x => x.Max(r => r.Distance));
            var within = Math.Max(50, Math.Ceiling(max / 50) * 50);
            var list = risks.Select(x => text.Count(x.Key, x.Count())).ToList();
            reasons.Add(p.Kind == "area"
                ? text.Swedish ? $"{string.Join(", ", list)} i eller nära området" : $"{string.Join(", ", list)} in or near the area"
                : text.Swedish ? $"inom {text.Whole(within)} m från {string.Join(", ", list)}" : $"within {text.Whole(within)} m of {string.Join(", ", list)}");
        }
        if (p.Hotspot is { } hot && hot.CoverageGap != "none") reasons.Add(GapText(text, hot, input.Config.Coverage));
        else if (p.Area is not null && p.Values[5] > 0)
            reasons.Add(text.Swedish ? "hot spot i området med täckningsglapp" : "a hotspot in the area has a coverage gap");
        return [.. reasons];
    }

    /// <summary>"fre–lör 23–03: 61 % av händelserna, ingen fritidsgård, fältverksamhet eller polis öppen inom 500 m".</summary>
    internal static string GapText(RunText text, RunHotspotEntity h, CoverageSettings settings)
    {
        var types = text.Or(settings.Types.Select(text.Prevention).ToList());
        var distance = text.Whole(settings.DistanceMetres);
        if (h.CoverageGap == "spatial")
            return text.Swedish
                ? $"ingen {types} inom {distance} m ({text.Percent(h.UncoveredShare ?? 1)} av händelserna utan närvaro)"
                : $"no {types} within {distance} m ({text.Percent(h.UncoveredShare ?? 1)} of incidents uncovered)";
        var windows = JsonSerializer.Deserialize<List<JsonElement>>(h.UncoveredWindows)!;
        var w = windows.FirstOrDefault();
        var when = w.ValueKind == JsonValueKind.Undefined ? "" : RunTexts.WindowOf(w).Describe(text.Lang) + ": ";
        var share = w.ValueKind == JsonValueKind.Undefined ? h.UncoveredShare ?? 0 : w.GetProperty("share").GetDouble();
        return text.Swedish
            ? $"{when}{text.Percent(share)} av händelserna, ingen {types} öppen inom {distance} m"
            : $"{when}{text.Percent(share)} of incidents, no {types} open within {distance} m";
    }

    private static string Emerging(string code, bool swedish) => (code, swedish) switch
    {
        ("new_hot_spot", true) => "ny hot spot",
        ("consecutive_hot_spot", true) => "på varandra följande hot spot",
        ("intensifying_hot_spot", true) => "intensifierande hot spot",
        ("persistent_hot_spot", true) => "ihållande hot spot",
        ("diminishing_hot_spot", true) => "avtagande hot spot",
        ("sporadic_hot_spot", true) => "sporadisk hot spot",
        ("oscillating_hot_spot", true) => "oscillerande hot spot",
        ("historical_hot_spot", true) => "historisk hot spot",
        _ => code.Replace('_', ' '),
    };

    private static double Harm(RunEvents ev, List<int> list, HarmWeights harm)
    {
        double sum = 0;
        foreach (var e in list) sum += harm.For(ev.Incidents.Category[e]);
        return sum;
    }

    private static double Log(double ratio) => ratio > 0 && double.IsFinite(ratio) ? Math.Log(ratio) : double.NaN;

    private static double LogRatio(double? ratio) => ratio is { } r && r > 0 && double.IsFinite(r) ? Math.Log(r) : double.NaN;

    private static double Slope(double? percentPerYear) => percentPerYear is { } p && double.IsFinite(p) && p > -100 ? double.LogP1(p / 100) : double.NaN;

    private static double Confidence(double? approximate, bool unstable) => 1 - (approximate ?? 0) - (unstable ? 0.5 : 0);
}
