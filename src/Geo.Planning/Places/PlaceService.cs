using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Geo.Analysis.Disclosure;
using Geo.Core.Taxonomy;
using Geo.Planning.Exports.Release;
using Geo.Planning.Runs;
using Geo.Storage;
using Geo.Storage.Model;

namespace Geo.Planning.Places;

/// <summary>
/// The places of a stored run as the map shows them: areas with their indicators, hotspots, grid cells and priorities,
/// each with its bbox in WGS 84, suppressed for the viewer's role (<see cref="PlaceViewer"/>). Nothing is recomputed that
/// the run stores; only a hotspot's monthly counts are counted (the incidents inside its stored polygon, as the run
/// counted them). A completed run's rows are read once and kept for <see cref="CacheFor"/> (runs never change).
/// For every role but the analyst's, the counts the run's protected release hides (<see cref="RunReleaseService"/>: the
/// small ones and their complements, the exports' pattern) are hidden here too (null, suppressed), with what is computed
/// from them, so that the map cannot be used to undo the exports' suppression.
/// </summary>
public sealed class PlaceService(RunStore runs, StudyAreaStore studyAreas, PlanStore plans, HotspotIncidentQueries hotspotIncidents, RunInputQueries inputs,
    RunReleaseService releases)
{
    /// <summary>How long a run's rows are kept in memory.</summary>
    public static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(10);

    /// <summary>At most this many runs are kept.</summary>
    public const int CachedRuns = 16;

    /// <summary>The indicators a choropleth can show.</summary>
    public static IReadOnlyList<string> Indicators { get; } = ["ratePer1000", "rateEbPer1000", "rateRatio", "trendPercentPerYear", "priorityScore"];

    /// <summary>The kinds of priority targets.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["area", "hotspot"];

    private readonly ConcurrentDictionary<long, (Task<PlaceRun> Load, DateTimeOffset Until)> _cache = new();

    /// <summary>The category groups of a completed run (<c>total</c> first).</summary>
    public async Task<PlaceAnswer<IReadOnlyList<string>>> GroupsAsync(long runId, CancellationToken ct = default)
    {
        var (run, error) = await RunAsync(runId, ct).ConfigureAwait(false);
        return run is null ? error! : PlaceAnswer<IReadOnlyList<string>>.Of(run.Groups);
    }

    /// <summary>One row per area of the run for <paramref name="group"/> (default <c>total</c>), by area code.</summary>
    public async Task<PlaceAnswer<IReadOnlyList<AreaIndicatorRow>>> AreasAsync(long runId, string? group, PlaceViewer viewer, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var (run, error) = await RunAsync(runId, ct).ConfigureAwait(false);
        if (run is null) return error!;
        var g = group ?? AreaIndicatorBuilder.Total;
        if (GroupError(run, g) is { } bad) return bad;
        var s = viewer.Suppressor;
        var release = await ReleaseAsync(runId, s, ct).ConfigureAwait(false);
        IReadOnlyList<AreaIndicatorRow> rows = [.. run.AreaCodes.Where(c => run.Rows.ContainsKey((c, g))).Select(c => Row(run, run.Rows[(c, g)], viewer, s, release))];
        return PlaceAnswer<IReadOnlyList<AreaIndicatorRow>>.Of(rows);
    }

    /// <summary>An area in detail (every group's indicators, the monthly and hour × weekday counts of <paramref name="group"/>, priority and plan rows).</summary>
    public async Task<PlaceAnswer<AreaDetail>> AreaAsync(long runId, string areaCode, string? group, PlaceViewer viewer, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var (run, error) = await RunAsync(runId, ct).ConfigureAwait(false);
        if (run is null) return error!;
        var g = group ?? AreaIndicatorBuilder.Total;
        if (GroupError(run, g) is { } bad) return bad;
        if (!run.AreaCodes.Contains(areaCode, StringComparer.Ordinal))
            return new PlaceError(PlaceError.NotFound,
                $"run {runId} has no area '{areaCode}' (area set {run.Run.AreaSet ?? "none"}): GET /api/runs/{runId}/areas lists its areas.");
        if (!run.Rows.TryGetValue((areaCode, g), out var row))
            return new PlaceError(PlaceError.NotFound, $"area '{areaCode}' of run {runId} has no row for group '{g}'.");
        var s = viewer.Suppressor;
        var release = await ReleaseAsync(runId, s, ct).ConfigureAwait(false);
        var indicators = run.Groups.Where(x => run.Rows.ContainsKey((areaCode, x))).Select(x => Row(run, run.Rows[(areaCode, x)], viewer, s, release)).ToList();
        // A count the release hides as a complement (at least k) would be the sum of its published months and hours: they go with it.
        var released = !AreaHidden(run, release, areaCode, g, ReleasePeriod.Main);
        var monthly = new MonthlySeries(Month(run.Run.PeriodFrom), [.. (row.MonthlyCounts ?? []).Select(n => released ? s.Count(n) : null)]);
        var hours = (row.HourWeekday ?? new int[168]).Select(n => released ? s.Count(n) : null).ToList();
        PlacePriority? priority = null;
        IReadOnlyList<PlacePlanRow> planRows = [];
        if (viewer.SeesPriorities)
        {
            if (released) priority = Priority(run.Priority("area", areaCode, g), viewer, s);
            planRows = await PlanRowsAsync(runId, "area", areaCode, s, ct).ConfigureAwait(false);
        }
        return new AreaDetail(areaCode, run.NameOf(areaCode), row.Population, g, indicators, monthly, hours, priority, planRows,
            run.AreaBboxes.GetValueOrDefault(areaCode));
    }

    /// <summary>The run's hotspots, by id.</summary>
    public async Task<PlaceAnswer<IReadOnlyList<HotspotRow>>> HotspotsAsync(long runId, PlaceViewer viewer, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var (run, error) = await RunAsync(runId, ct).ConfigureAwait(false);
        if (run is null) return error!;
        var s = viewer.Suppressor;
        var release = await ReleaseAsync(runId, s, ct).ConfigureAwait(false);
        IReadOnlyList<HotspotRow> rows = [.. run.Hotspots.OrderBy(h => h.HotspotId).Select(h => HotspotRowOf(run, h, viewer, s, release))];
        return PlaceAnswer<IReadOnlyList<HotspotRow>>.Of(rows);
    }

    /// <summary>A hotspot in detail: monthly counts over the run's period, hour × weekday, priority, plan rows and nearby resources.</summary>
    public async Task<PlaceAnswer<HotspotDetail>> HotspotAsync(long runId, int hotspotId, PlaceViewer viewer, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var (run, error) = await RunAsync(runId, ct).ConfigureAwait(false);
        if (run is null) return error!;
        if (!run.HotspotById.TryGetValue(hotspotId, out var h))
            return new PlaceError(PlaceError.NotFound, run.Hotspots.Count == 0
                ? $"run {runId} has no hotspots."
                : $"run {runId} has no hotspot {hotspotId}; its hotspots are 1–{run.Hotspots.Max(x => x.HotspotId)} (GET /api/runs/{runId}/hotspots).");
        var s = viewer.Suppressor;
        var release = await ReleaseAsync(runId, s, ct).ConfigureAwait(false);
        var row = HotspotRowOf(run, h, viewer, s, release);
        var monthly = await HotspotMonthlyAsync(run, hotspotId, s, ct).ConfigureAwait(false);
        var hours = (h.HourWeekday ?? new int[168]).Select(s.Count).ToList();
        if (release is not null && RunRelease.Hidden(release.Hotspot(hotspotId, ReleasePeriod.Main)))
        {
            // Hidden as a complement: its months and hours would sum to it.
            monthly = monthly with { Counts = [.. monthly.Counts.Select(_ => (int?)null)] };
            hours = [.. hours.Select(_ => (int?)null)];
        }
        PlacePriority? priority = null;
        IReadOnlyList<PlacePlanRow> planRows = [];
        IReadOnlyList<NearbyResource> resources = [];
        if (viewer.SeesPriorities)
        {
            var id = hotspotId.ToString(CultureInfo.InvariantCulture);
            priority = Priority(run.Priority("hotspot", id, AreaIndicatorBuilder.Total), viewer, s);
            planRows = await PlanRowsAsync(runId, "hotspot", id, s, ct).ConfigureAwait(false);
            resources = await NearbyAsync(run, h, ct).ConfigureAwait(false);
        }
        return new HotspotDetail(row.Id, row.Incidents, row.Suppressed, row.EmergingClass, row.ChangeClass, row.CoverageGap, row.UncoveredShare,
            row.Uncovered, row.DominantCategories, row.PriorityRank, row.AreaCodes, row.Bbox, monthly, hours, priority, planRows, resources);
    }

    /// <summary>The run's grid cells (<paramref name="significant"/>: only those with a Gi* confidence other than 0 or in a hotspot), by cell id; coordinators and analysts only.</summary>
    public async Task<PlaceAnswer<IReadOnlyList<CellRow>>> CellsAsync(long runId, bool significant, PlaceViewer viewer, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (!viewer.SeesPriorities) return new PlaceError(PlaceError.Forbidden, "grid cells are for coordinators and analysts.");
        var (run, error) = await RunAsync(runId, ct).ConfigureAwait(false);
        if (run is null) return error!;
        var cells = significant
            ? await runs.SignificantCellsAsync(runId, ct).ConfigureAwait(false)
            : await runs.CellsAsync(runId, ct).ConfigureAwait(false);
        var s = viewer.Suppressor;
        var release = await ReleaseAsync(runId, s, ct).ConfigureAwait(false);
        IReadOnlyList<CellRow> rows = [.. cells.Select(c =>
        {
            var hidden = s.Suppresses(c.Incidents) || (release is not null && RunRelease.Hidden(release.Cell(c.CellId, c.Incidents)));
            // The density is the count over the cell's area: hidden with it.
            return new CellRow(c.CellId, c.Col, c.Row, hidden ? null : c.Incidents, hidden, c.GiZ, c.GiConfidence, c.EmergingClass, c.HotspotId,
                hidden ? null : c.Density);
        })];
        return PlaceAnswer<IReadOnlyList<CellRow>>.Of(rows);
    }

    /// <summary>
    /// The run's priority list: the top <paramref name="top"/> problems of <paramref name="kind"/> (null: of each kind,
    /// areas first) by rank, optionally of one category group, with each target's name and bbox; coordinators and analysts only.
    /// </summary>
    public async Task<PlaceAnswer<IReadOnlyList<PriorityRow>>> PrioritiesAsync(long runId, string? kind, int top, string? group, PlaceViewer viewer,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (!viewer.SeesPriorities) return new PlaceError(PlaceError.Forbidden, "priorities are for coordinators and analysts.");
        if (kind is not null && !Kinds.Contains(kind))
            return new PlaceError(PlaceError.BadRequest, $"kind '{kind}' is not known; use {string.Join(" or ", Kinds)} (or leave it out for both).");
        if (top < 1) return new PlaceError(PlaceError.BadRequest, $"top must be at least 1, not {top}.");
        var (run, error) = await RunAsync(runId, ct).ConfigureAwait(false);
        if (run is null) return error!;
        if (group is not null && group != AreaIndicatorBuilder.Total && GroupError(run, group) is { } bad) return bad;
        var s = viewer.Suppressor;
        var list = new List<PriorityRow>();
        foreach (var k in kind is null ? Kinds : new[] { kind })
            list.AddRange(run.Priorities
                .Where(p => p.TargetKind == k && (group is null || group == AreaIndicatorBuilder.Total || p.CategoryGroup == group))
                .OrderBy(p => p.Rank).ThenBy(p => p.CategoryGroup, StringComparer.Ordinal).ThenBy(p => p.TargetId, StringComparer.Ordinal)
                .Take(top)
                .Select(p => new PriorityRow(p.Rank, p.TargetKind, p.TargetId, TargetName(run, p.TargetKind, p.TargetId, viewer), p.CategoryGroup, p.Score,
                    p.Stability, Reasons(p, viewer, s), BboxOf(run, p.TargetKind, p.TargetId))));
        return PlaceAnswer<IReadOnlyList<PriorityRow>>.Of(list);
    }

    /// <summary>
    /// The values of <paramref name="indicator"/> (one of <see cref="Indicators"/>) over the run's areas for
    /// <paramref name="group"/>, as the viewer may see them: suppressed values are null (left out of a classification).
    /// <c>priorityScore</c> is for coordinators and analysts only.
    /// </summary>
    public async Task<PlaceAnswer<IndicatorValues>> IndicatorValuesAsync(long runId, string indicator, string? group, PlaceViewer viewer,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (!Indicators.Contains(indicator))
            return new PlaceError(PlaceError.BadRequest, $"indicator '{indicator}' is not known; use one of {string.Join(", ", Indicators)}.");
        if (indicator == "priorityScore" && !viewer.SeesPriorities)
            return new PlaceError(PlaceError.Forbidden, "priority scores are for coordinators and analysts; choose another indicator.");
        var areas = await AreasAsync(runId, group, viewer, ct).ConfigureAwait(false);
        if (areas.Value is not { } rows) return areas.Error!;
        var values = rows.Select(r => indicator switch
        {
            "ratePer1000" => r.RatePer1000,
            "rateEbPer1000" => r.RateEbPer1000,
            "rateRatio" => r.RateRatio,
            "trendPercentPerYear" => r.TrendPercentPerYear,
            _ => r.PriorityScore,
        }).ToList();
        return new IndicatorValues(indicator, group ?? AreaIndicatorBuilder.Total, values, rows.Count(r => r.Suppressed));
    }

    /// <summary>The run's protected release when the viewer does not see small counts (null for the analyst).</summary>
    private async Task<RunRelease?> ReleaseAsync(long runId, Suppressor s, CancellationToken ct) =>
        s.Threshold is null ? null : await releases.GetAsync(runId, Geo.Core.Domain.Roles.Partner, ct).ConfigureAwait(false);

    private static bool AreaHidden(PlaceRun run, RunRelease? release, string areaCode, string group, ReleasePeriod period) =>
        release is not null && release.AreaSets.Count > 0 && RunRelease.Hidden(release.Area(release.AreaSets[0], areaCode, group, period));

    private static AreaIndicatorRow Row(PlaceRun run, RunAreaIndicatorEntity r, PlaceViewer viewer, Suppressor s, RunRelease? release)
    {
        var hidden = s.Suppresses(r.Incidents) || AreaHidden(run, release, r.AreaCode, r.CategoryGroup, ReleasePeriod.Main);
        var changeHidden = hidden || s.Suppresses(r.IncidentsCompare) || AreaHidden(run, release, r.AreaCode, r.CategoryGroup, ReleasePeriod.Compare);
        // A priority is computed from the counts: hidden with them.
        var p = viewer.SeesPriorities && !hidden ? run.Priority("area", r.AreaCode, r.CategoryGroup) : null;
        return new AreaIndicatorRow(r.AreaCode, r.AreaName ?? run.NameOf(r.AreaCode), r.CategoryGroup, r.Population, hidden ? null : r.Incidents, hidden,
            hidden ? null : r.RatePer1000, hidden ? null : r.RateEbPer1000, changeHidden ? null : r.RateRatio, changeHidden ? null : r.ChangeClass,
            hidden ? null : r.TrendPercentPerYear, hidden ? null : r.TrendClass, p?.Rank, p?.Score, run.AreaBboxes.GetValueOrDefault(r.AreaCode));
    }

    private static HotspotRow HotspotRowOf(PlaceRun run, RunHotspotEntity h, PlaceViewer viewer, Suppressor s, RunRelease? release)
    {
        var hidden = s.Suppresses(h.Incidents) || (release is not null && RunRelease.Hidden(release.Hotspot(h.HotspotId, ReleasePeriod.Main)));
        var changeHidden = hidden || s.Suppresses(h.IncidentsCompare) || (release is not null && RunRelease.Hidden(release.Hotspot(h.HotspotId, ReleasePeriod.Compare)));
        var t = RunText.For(viewer.Lang);
        var uncovered = new List<string>();
        if (h.CoverageGap != "none")
        {
            using var doc = JsonDocument.Parse(h.UncoveredWindows);
            uncovered.AddRange(doc.RootElement.EnumerateArray().Select(w => RunTexts.Window(w, t.Lang)));
        }
        var dominant = new List<string>();
        using (var doc = JsonDocument.Parse(h.DominantCategories))
            foreach (var d in doc.RootElement.EnumerateArray())
            {
                var code = d.GetProperty("category").GetString() ?? "";
                var c = CategoryTaxonomy.BuiltIn.Find(code);
                var label = c is null ? code : t.Swedish ? c.LabelSv : c.LabelEn;
                var n = d.GetProperty("incidents").GetInt32();
                var words = t.Swedish ? (n == 1 ? "händelse" : "händelser") : (n == 1 ? "incident" : "incidents");
                // A hidden hotspot's count is its categories' counts over their shares: neither is shown.
                if (hidden && !s.Suppresses(n)) dominant.Add(label);
                else dominant.Add(s.Suppresses(n) ? $"{label}: <{s.Threshold} {(t.Swedish ? "händelser" : "incidents")}"
                    : $"{label}: {n} {words} ({t.Percent(d.GetProperty("share").GetDouble())})");
            }
        var rank = viewer.SeesPriorities ? run.Priority("hotspot", h.HotspotId.ToString(CultureInfo.InvariantCulture), AreaIndicatorBuilder.Total)?.Rank : null;
        return new HotspotRow(h.HotspotId, hidden ? null : h.Incidents, hidden, h.EmergingClass, changeHidden ? null : h.ChangeClass, h.CoverageGap,
            hidden ? null : h.UncoveredShare, uncovered, dominant, rank, h.AreaCodes, run.HotspotBboxes.GetValueOrDefault(h.HotspotId));
    }

    private static PlacePriority? Priority(RunPriorityEntity? p, PlaceViewer viewer, Suppressor s) =>
        p is null ? null : new PlacePriority(p.Rank, p.Score, p.Stability, Reasons(p, viewer, s), p.CategoryGroup);

    private static List<string> Reasons(RunPriorityEntity p, PlaceViewer viewer, Suppressor s) =>
        [.. (viewer.English ? p.ReasonsEn : p.ReasonsSv).Select(s.Text)];

    private static string TargetName(PlaceRun run, string kind, string id, PlaceViewer viewer) =>
        kind == "area" ? run.NameOf(id) ?? id : viewer.English ? $"Hotspot {id}" : $"Hot spot {id}";

    private static double[]? BboxOf(PlaceRun run, string kind, string id) =>
        kind == "area" ? run.AreaBboxes.GetValueOrDefault(id)
        : int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var h) ? run.HotspotBboxes.GetValueOrDefault(h) : null;

    private static string Month(DateOnly d) => d.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static PlaceError? GroupError(PlaceRun run, string group) => run.Groups.Contains(group, StringComparer.Ordinal)
        ? null
        : new PlaceError(PlaceError.BadRequest, $"group '{group}' is not a category group of run {run.Run.Id}; use one of {string.Join(", ", run.Groups)}.");

    /// <summary>The incidents inside the hotspot's polygon per calendar month of the run's period (the run's own rule of which incidents are on its grid), counted once per run.</summary>
    private async Task<MonthlySeries> HotspotMonthlyAsync(PlaceRun run, int hotspotId, Suppressor s, CancellationToken ct)
    {
        var task = run.HotspotMonths.GetOrAdd(hotspotId, id => CountMonthsAsync(run.Run, id));
        int[] counts;
        try
        {
            counts = await task.WaitAsync(ct).ConfigureAwait(false);
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            run.HotspotMonths.TryRemove(hotspotId, out _);
            throw;
        }
        return new MonthlySeries(Month(run.Run.PeriodFrom), [.. counts.Select(s.Count)]);
    }

    private async Task<int[]> CountMonthsAsync(AnalysisRunEntity run, int hotspotId)
    {
        var from = run.PeriodFrom;
        var to = run.PeriodTo;
        var months = (to.Year - from.Year) * 12 + to.Month - from.Month + 1;
        var counts = new int[months];
        var incidents = await hotspotIncidents.InHotspotsAsync(run.Id, [hotspotId], from, to, CancellationToken.None).ConfigureAwait(false);
        foreach (var t in incidents.LocalTime)
        {
            var i = (t.Year - from.Year) * 12 + t.Month - from.Month;
            if (i >= 0 && i < months) counts[i]++;
        }
        return counts;
    }

    private async Task<Dictionary<(string Type, string Name), string?>> ResourceHoursAsync(string studyAreaCode) =>
        (await inputs.ResourcesAsync(studyAreaCode, CancellationToken.None).ConfigureAwait(false))
            .Where(r => r.OpeningHours is not null).GroupBy(r => (r.Type, r.Name ?? r.Type)).ToDictionary(g => g.Key, g => g.First().OpeningHours);

    private async Task<IReadOnlyList<PlacePlanRow>> PlanRowsAsync(long runId, string kind, string target, Suppressor s, CancellationToken ct)
    {
        var list = new List<PlacePlanRow>();
        foreach (var planId in await plans.PlansOfRunAsync(runId, ct).ConfigureAwait(false))
            list.AddRange((await plans.RowsAsync(planId, ct).ConfigureAwait(false))
                .Where(r => r.TargetKind == kind && r.TargetId == target)
                .Select(r => new PlacePlanRow(r.PlanId, r.RowId, s.Text(r.Problem), s.Text(r.Cause), r.Measure, s.Text(r.Goal), r.Status,
                    r.Responsible, r.Deadline, r.CategoryGroup)));
        return list;
    }

    /// <summary>The resources within the run's coverage distance (with their stored opening hours), then the nearest of each other type (hours from the study area's resources), by distance.</summary>
    private async Task<IReadOnlyList<NearbyResource>> NearbyAsync(PlaceRun run, RunHotspotEntity h, CancellationToken ct)
    {
        static string? Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        var list = new List<NearbyResource>();
        var seen = new HashSet<(string, string)>();
        using (var within = JsonDocument.Parse(h.ResourcesWithin))
            foreach (var e in within.RootElement.EnumerateArray())
            {
                var type = Str(e, "type") ?? "";
                var name = Str(e, "name") ?? type;
                seen.Add((type, name));
                list.Add(new NearbyResource(name, type, Str(e, "owner"), Str(e, "opening_hours"), e.GetProperty("distance").GetDouble(), true));
            }
        var nearest = new List<(string Type, string Name, string? Owner, string? Hours, double Distance)>();
        using (var doc = JsonDocument.Parse(h.NearestResources))
            foreach (var e in doc.RootElement.EnumerateArray())
            {
                var type = Str(e, "type") ?? "";
                var name = Str(e, "name") ?? type;
                if (seen.Add((type, name))) nearest.Add((type, name, Str(e, "owner"), Str(e, "opening_hours"), e.GetProperty("distance").GetDouble()));
            }
        if (nearest.Any(n => n.Hours is null))
        {
            var load = run.ResourceHours ??= ResourceHoursAsync(run.Run.StudyAreaCode);
            Dictionary<(string Type, string Name), string?> hours;
            try
            {
                hours = await load.WaitAsync(ct).ConfigureAwait(false);
            }
            catch (Exception) when (!ct.IsCancellationRequested)
            {
                run.ResourceHours = null;
                throw;
            }
            nearest = [.. nearest.Select(n => n with { Hours = n.Hours ?? hours.GetValueOrDefault((n.Type, n.Name)) })];
        }
        list.AddRange(nearest.Select(n => new NearbyResource(n.Name, n.Type, n.Owner, n.Hours, n.Distance, false)));
        return [.. list.OrderBy(r => r.Within ? 0 : 1).ThenBy(r => r.Distance).ThenBy(r => r.Type, StringComparer.Ordinal)];
    }

    /// <summary>The completed run's rows from the cache or the database; an error for an unknown or unfinished run.</summary>
    private async Task<(PlaceRun? Run, PlaceError? Error)> RunAsync(long runId, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        if (_cache.TryGetValue(runId, out var hit) && hit.Until > now && !hit.Load.IsFaulted && !hit.Load.IsCanceled)
            return (await hit.Load.WaitAsync(ct).ConfigureAwait(false), null);
        var run = await runs.GetAsync(runId, ct).ConfigureAwait(false);
        if (run is null) return (null, new PlaceError(PlaceError.NotFound, $"there is no run {runId}: GET /api/runs lists the stored runs."));
        if (run.Status != "completed")
            return (null, new PlaceError(PlaceError.NotFound, $"run {runId} is {run.Status}, not completed: only a completed run has results (GET /api/runs lists the stored runs)."));
        if (_cache.Count >= CachedRuns)
            foreach (var old in _cache.Where(e => e.Value.Until <= now).Select(e => e.Key).DefaultIfEmpty(_cache.MinBy(e => e.Value.Until).Key).ToList())
                _cache.TryRemove(old, out _);
        var load = ReadAsync(run);
        _cache[runId] = (load, now + CacheFor);
        try
        {
            return (await load.WaitAsync(ct).ConfigureAwait(false), null);
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            _cache.TryRemove(runId, out _);
            throw;
        }
    }

    /// <summary>Reads a completed run's rows (not cancelled by one caller: others may wait for the same read).</summary>
    private async Task<PlaceRun> ReadAsync(AnalysisRunEntity run)
    {
        var area = studyAreas.GetAsync(run.StudyAreaCode, CancellationToken.None);
        var indicators = runs.AreaIndicatorsAsync(run.Id, CancellationToken.None);
        var hotspots = runs.HotspotsAsync(run.Id, CancellationToken.None);
        var priorities = runs.PrioritiesAsync(run.Id, CancellationToken.None);
        var srid = (await area.ConfigureAwait(false))?.Srid ?? 0;
        return new PlaceRun(run, srid, await indicators.ConfigureAwait(false), await hotspots.ConfigureAwait(false), await priorities.ConfigureAwait(false));
    }
}
