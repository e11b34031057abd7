using System.Globalization;
using System.Text.Json;
using Geo.Analysis.Repeat;
using Geo.Analysis.Time;
using Geo.Core.Time;
using Geo.Planning.Measures;
using Geo.Planning.Runs;
using Geo.Storage;
using Geo.Storage.Model;

namespace Geo.Planning.Causes;

/// <summary>
/// Cause-analysis support: the facts and hypotheses of the top problems of a stored run (read back, never recomputed
/// except for what the run does not store per problem, such as a hotspot group's own peak window).
/// </summary>
/// <remarks>
/// The run's rows are read once (run, priorities, hotspots, the top areas' indicators); the incidents inside the top hotspots
/// (for each hotspot × group its count, comparison count, trend, repeat places and own peak window) with one spatial
/// query; and the study area's resources once, for the opening hours of the nearest resources beyond the coverage
/// distance (the run stores hours only for those within it).
/// </remarks>
public sealed class CauseService(RunStore runs, RunInputQueries input, HotspotIncidentQueries hotspotIncidents)
{
    /// <summary>The built-in measure catalogue's place types that are resource types, in its order.</summary>
    private static readonly Lazy<string[]> CataloguePlaceTypes = new(() =>
        [.. MeasureCatalogue.Default().PlaceTypes.Where(p => p.ResourceType).Select(p => p.Code)]);

    /// <summary>Resource types that are risk facilities in the triangle.</summary>
    public static IReadOnlyList<string> RiskTypes { get; } = ["licensed_premises", "transit_stop", "shop", "school"];

    /// <summary>Resource types that are guardians besides the run's prevention types (coverage settings).</summary>
    public static IReadOnlyList<string> GuardianTypes { get; } = ["youth_centre", "field_work_area", "police_station", "camera", "lighting"];

    /// <summary>The peak window is computed from at least this many incidents with a known hour (as the run's reasons).</summary>
    public const int PeakMinimum = 10;

    /// <summary>The facts of the top <paramref name="topN"/> problems of each kind (areas, hotspots) of run <paramref name="runId"/>, areas first, by rank.</summary>
    /// <exception cref="ArgumentException">No completed run has this id.</exception>
    public async Task<IReadOnlyList<ProblemFacts>> FactsAsync(long runId, int topN = 5, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(topN, 1);
        var run = await runs.GetAsync(runId, ct).ConfigureAwait(false);
        if (run is null || run.Status != "completed")
            throw new ArgumentException(run is null
                ? $"there is no run {runId}: geo runs list shows the stored runs."
                : $"run {runId} is {run.Status}, not completed: only a completed run has facts (geo runs list shows the stored runs).");
        var period = new RunPeriod(run.PeriodFrom, run.PeriodTo);
        var compare = run.CompareFrom is { } cf ? new RunPeriod(cf, run.CompareTo!.Value) : null;

        var prioritiesTask = runs.PrioritiesAsync(runId, ct);
        var hotspotsTask = runs.HotspotsAsync(runId, ct);
        var resourcesTask = input.ResourcesAsync(run.StudyAreaCode, ct);
        var top = (await prioritiesTask.ConfigureAwait(false)).Where(p => p.Rank <= topN)
            .OrderBy(p => p.TargetKind == "area" ? 0 : 1).ThenBy(p => p.Rank).ThenBy(p => p.CategoryGroup, StringComparer.Ordinal)
            .ThenBy(p => p.TargetId, StringComparer.Ordinal).ToList();
        var topHotspots = top.Where(p => p.TargetKind == "hotspot").Select(p => int.Parse(p.TargetId, CultureInfo.InvariantCulture)).Distinct().ToList();
        var readFrom = compare is not null && compare.From < period.From ? compare.From : period.From;
        var readTo = compare is not null && compare.To > period.To ? compare.To : period.To;
        var incidentsTask = hotspotIncidents.InHotspotsAsync(runId, topHotspots, readFrom, readTo, ct);
        var topAreas = top.Where(p => p.TargetKind == "area").Select(p => p.TargetId).Distinct(StringComparer.Ordinal).ToList();
        var indicatorsTask = topAreas.Count == 0 ? Task.FromResult<IReadOnlyList<RunAreaIndicatorEntity>>([]) : runs.AreaIndicatorsAsync(runId, topAreas, ct);
        var hotspots = await hotspotsTask.ConfigureAwait(false);
        var indicators = await indicatorsTask.ConfigureAwait(false);
        var resources = await resourcesTask.ConfigureAwait(false);
        var incidents = await incidentsTask.ConfigureAwait(false);

        var settings = Settings(run.Parameters);
        var quality = Quality(run.DataQuality);
        var hoursByName = resources.Where(r => r.OpeningHours is not null)
            .GroupBy(r => (r.Type, r.Name ?? ""))
            .ToDictionary(g => g.Key, g => g.First().OpeningHours);
        var parsed = new Dictionary<string, OpeningHours?>(StringComparer.Ordinal);
        OpeningHours? Parse(string? text)
        {
            if (text is null) return null;
            if (!parsed.TryGetValue(text, out var h)) parsed[text] = h = OpeningHours.TryParse(text, out var x, out _) ? x : null;
            return h;
        }
        var rows = indicators.ToDictionary(r => (r.AreaCode, r.CategoryGroup));
        var hotspotById = hotspots.ToDictionary(h => h.HotspotId);
        var byHotspot = Enumerable.Range(0, incidents.Count).ToLookup(i => incidents.HotspotId[i]);
        var guardians = settings.Types.Concat(GuardianTypes).ToHashSet(StringComparer.Ordinal);

        var result = new List<ProblemFacts>(top.Count);
        foreach (var p in top)
        {
            ct.ThrowIfCancellationRequested();
            var group = p.CategoryGroup;
            var level = Level(p.Components);
            var sv = RunText.For("sv");
            var en = RunText.For("en");
            ProblemFacts facts;
            CauseProblem problem;
            if (p.TargetKind == "area")
            {
                var row = rows.GetValueOrDefault((p.TargetId, group));
                var total = rows.GetValueOrDefault((p.TargetId, AreaIndicatorBuilder.Total));
                if (row is null) continue;
                var profile = row.HourWeekday?.Select(v => (double)v).ToArray();
                var peak = profile is not null && row.TimedHour >= PeakMinimum ? PeakWindow.Find(profile) : null;
                var gap = hotspots.Where(h => h.AreaCodes.Contains(p.TargetId, StringComparer.Ordinal))
                    .OrderByDescending(h => h.CoverageGap == "none" ? -1 : h.UncoveredShare ?? 1).ThenBy(h => h.HotspotId).FirstOrDefault();
                var resourceRows = Resources(total?.ResourcesWithin, total?.NearestResources, peak, settings, guardians, hoursByName, Parse);
                var name = row.AreaName ?? total?.AreaName;
                facts = new ProblemFacts(
                    "area", p.TargetId, group, p.Rank, p.Score,
                    new FactText(name is null ? $"område {p.TargetId}" : $"område {name} ({p.TargetId})", name is null ? $"area {p.TargetId}" : $"area {name} ({p.TargetId})"),
                    new FactText(sv.Group(group), en.Group(group)),
                    row.Incidents, row.IncidentsCompare, period.Days, row.RatePer1000,
                    level ?? row.RelativeRate,
                    row.ChangeClass,
                    Ratio(row.RateRatio, row.RateRatioLower, row.RateRatioUpper, row.RateRatioP),
                    row.TrendClass, row.TrendPercentPerYear, null,
                    Window(peak), CauseTimes.Of(peak, profile), row.RepeatShare,
                    resourceRows, PlaceTypes(resourceRows),
                    Coverage(gap), [], [], [], row.Geom ?? total?.Geom);
                problem = new CauseProblem(null, row, peak, profile, row.TimedHour, row.UntimedHour, [], gap,
                    total?.SourcesMissing ?? [], quality.Sources, quality.WithoutRows, settings);
            }
            else
            {
                var id = int.Parse(p.TargetId, CultureInfo.InvariantCulture);
                if (!hotspotById.TryGetValue(id, out var h)) continue;
                var mine = byHotspot[id].Where(i => HotspotBuilder.Group(incidents.Category[i]) == group).ToList();
                var inPeriod = mine.Where(i => period.Contains(DateOnly.FromDateTime(incidents.LocalTime[i]))).ToList();
                int? inCompare = compare is null ? null : mine.Count(i => compare.Contains(DateOnly.FromDateTime(incidents.LocalTime[i])));
                var times = inPeriod.Select(i => incidents.LocalTime[i]).ToArray();
                var precisions = inPeriod.Select(i => incidents.TimePrecision[i]).ToArray();
                var tp = TimeProfile.Compute(times, precisions);
                var profile = tp.WithHour > 0 ? tp.HourWeekday : null;
                var peak = tp.WithHour >= PeakMinimum ? PeakWindow.Find(tp.HourWeekday) : null;
                var change = AreaIndicatorBuilder.ChangeOf(inPeriod.Count, inCompare, period, compare);
                var trend = AreaIndicatorBuilder.TrendOf(Monthly(inPeriod.Select(i => incidents.LocalTime[i]), period));
                var flags = RepeatPlaces.Flag(inPeriod.Select(i => incidents.X[i]).ToArray(), inPeriod.Select(i => incidents.Y[i]).ToArray());
                double? repeat = inPeriod.Count > 0 ? flags.Count(f => f) / (double)inPeriod.Count : null;
                var categories = inPeriod.GroupBy(i => incidents.Category[i]).Select(g => (g.Key, g.Count()))
                    .OrderByDescending(t => t.Item2).ThenBy(t => t.Key, StringComparer.Ordinal).ToList();
                var resourceRows = Resources(h.ResourcesWithin, h.NearestResources, peak, settings, guardians, hoursByName, Parse);
                var areas = h.AreaCodes.Take(3).ToList();
                var where = areas.Count == 0 ? "" : $" ({string.Join(", ", areas)}{(h.AreaCodes.Length > 3 ? ", …" : "")})";
                facts = new ProblemFacts(
                    "hotspot", p.TargetId, group, p.Rank, p.Score,
                    new FactText($"hot spot {id}{where}", $"hotspot {id}{where}"),
                    new FactText(sv.Group(group), en.Group(group)),
                    inPeriod.Count, inCompare, period.Days, null, level,
                    change.Class,
                    Ratio(change.Ratio, change.Lower, change.Upper, change.P),
                    trend.Class, trend.Pct, h.EmergingClass,
                    Window(peak), CauseTimes.Of(peak, profile), repeat,
                    resourceRows, PlaceTypes(resourceRows),
                    Coverage(h), [], [], [], h.Geom);
                problem = new CauseProblem(h, null, peak, profile, tp.WithHour, tp.Events - tp.WithHour, categories, h,
                    [], quality.Sources, quality.WithoutRows, settings);
            }
            result.Add(CauseFactsBuilder.Complete(facts, problem));
        }
        return result;
    }

    /// <summary>exp of the stored "level" component (the log of the level the priority's reasons name), null when absent.</summary>
    private static double? Level(string components)
    {
        using var doc = JsonDocument.Parse(components);
        if (!doc.RootElement.TryGetProperty("level", out var level) || !level.TryGetProperty("value", out var v) || v.ValueKind != JsonValueKind.Number) return null;
        var x = Math.Exp(v.GetDouble());
        return double.IsFinite(x) ? x : null;
    }

    /// <summary>The rate ratio when it and its interval and p are all finite (an empty comparison period gives none).</summary>
    private static FactRatio? Ratio(double? ratio, double? lower, double? upper, double? p) =>
        ratio is { } r && lower is { } l && upper is { } u && p is { } pv ? new FactRatio(r, l, u, pv) : null;

    private static double[] Monthly(IEnumerable<DateTime> times, RunPeriod period)
    {
        var months = period.Months().Count;
        var m = new double[months];
        foreach (var t in times)
        {
            var idx = (t.Year - period.From.Year) * 12 + t.Month - period.From.Month;
            if (idx >= 0 && idx < months) m[idx]++;
        }
        return m;
    }

    internal static FactWindow? Window(WeekWindow? w) => w is null
        ? null
        : new FactWindow(w.FirstDay, w.LastDay, w.StartHour, w.EndHour, w.Share, new FactText(w.Describe("sv"), w.Describe("en")));

    private static FactCoverage Coverage(RunHotspotEntity? h)
    {
        if (h is null) return new FactCoverage("none", null, []);
        var windows = new List<FactWindow>();
        using (var doc = JsonDocument.Parse(h.UncoveredWindows))
            foreach (var w in doc.RootElement.EnumerateArray()) windows.Add(Window(RunTexts.WindowOf(w))!);
        return new FactCoverage(h.CoverageGap, h.UncoveredShare, windows);
    }

    /// <summary>
    /// The resources within the coverage distance (as stored, with their hours) and the nearest of each type beyond it
    /// (their hours looked up by type and name among the study area's resources), nearest first.
    /// </summary>
    private static List<FactResource> Resources(string? withinJson, string? nearestJson, WeekWindow? peak, CoverageSettings settings,
        HashSet<string> guardians, Dictionary<(string, string), string?> hoursByName, Func<string?, OpeningHours?> parse)
    {
        var list = new List<FactResource>();
        var seen = new HashSet<(string, string)>();
        FactResource Make(JsonElement e, bool within, string? hours)
        {
            var type = e.GetProperty("type").GetString()!;
            var role = RiskTypes.Contains(type) ? "risk" : guardians.Contains(type) ? "guardian" : "other";
            return new FactResource(type, Str(e, "name") ?? type, Str(e, "owner"), e.GetProperty("distance").GetDouble(), within, hours,
                CauseTimes.OpenIn(parse(hours), peak), role);
        }
        if (withinJson is not null)
        {
            using var doc = JsonDocument.Parse(withinJson);
            foreach (var e in doc.RootElement.EnumerateArray())
            {
                var r = Make(e, true, Str(e, "opening_hours"));
                seen.Add((r.Type, r.Name));
                list.Add(r);
            }
        }
        if (nearestJson is not null)
        {
            using var doc = JsonDocument.Parse(nearestJson);
            foreach (var e in doc.RootElement.EnumerateArray())
            {
                var type = e.GetProperty("type").GetString()!;
                var name = Str(e, "name") ?? type;
                if (seen.Contains((type, name)) || e.GetProperty("distance").GetDouble() <= settings.DistanceMetres) continue;
                list.Add(Make(e, false, Str(e, "opening_hours") ?? hoursByName.GetValueOrDefault((type, Str(e, "name") ?? ""))));
            }
        }
        return [.. list.OrderBy(r => r.Within ? 0 : 1).ThenBy(r => r.Distance).ThenBy(r => r.Type, StringComparer.Ordinal)];
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>The catalogue's resource place types among the resources within the coverage distance, in catalogue order.</summary>
    private static List<string> PlaceTypes(IEnumerable<FactResource> resources)
    {
        var present = resources.Where(r => r.Within).Select(r => r.Type).ToHashSet(StringComparer.Ordinal);
        return [.. CataloguePlaceTypes.Value.Where(present.Contains)];
    }

    /// <summary>The run's coverage settings from its stored parameters (the defaults when absent).</summary>
    private static CoverageSettings Settings(string parameters)
    {
        try
        {
            using var doc = JsonDocument.Parse(parameters);
            if (doc.RootElement.TryGetProperty("config", out var config) && config.TryGetProperty("coverage", out var coverage))
            {
                var distance = coverage.TryGetProperty("distanceMetres", out var d) && d.ValueKind == JsonValueKind.Number ? d.GetDouble() : new CoverageSettings().DistanceMetres;
                var threshold = coverage.TryGetProperty("threshold", out var t) && t.ValueKind == JsonValueKind.Number ? t.GetDouble() : new CoverageSettings().Threshold;
                var types = coverage.TryGetProperty("preventionTypes", out var p) && p.ValueKind == JsonValueKind.Array
                    ? p.EnumerateArray().Select(x => x.GetString()!).ToList()
                    : null;
                return new CoverageSettings(distance, threshold, types);
            }
        }
        catch (JsonException)
        {
            // A run's parameters are written by Geo; an unreadable one falls back to the defaults.
        }
        return new CoverageSettings();
    }

    private sealed record RunQuality(IReadOnlyList<string> Sources, IReadOnlyList<string> WithoutRows);

    private static RunQuality Quality(string? dataQuality)
    {
        if (dataQuality is null) return new RunQuality([], []);
        using var doc = JsonDocument.Parse(dataQuality);
        var root = doc.RootElement;
        var sources = root.TryGetProperty("sources", out var s) && s.ValueKind == JsonValueKind.Array
            ? s.EnumerateArray().Select(x => Str(x, "source")).OfType<string>().ToList()
            : [];
        var without = root.TryGetProperty("sourcesWithoutRowsInPeriod", out var w) && w.ValueKind == JsonValueKind.Array
            ? w.EnumerateArray().Select(x => x.GetString()).OfType<string>().ToList()
            : [];
        return new RunQuality(sources, without);
    }
}
