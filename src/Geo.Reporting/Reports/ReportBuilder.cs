using System.Globalization;
using System.Text.Json;
using Geo.Planning.Causes;
using Geo.Planning.Places;
using Geo.Planning.Plans;
using Geo.Planning.Runs;
using Geo.Storage;
using Geo.Storage.Model;
using NetTopologySuite.Geometries;

namespace Geo.Reporting.Reports;

/// <summary>
/// Gathers the lägesbild of a stored run into a <see cref="LagesbildReport"/>: reads the run's results, the cause-analysis
/// facts and the plan, and suppresses every count from 1 to k − 1 (and what is computed from it) unless the report is
/// made for the analyst. Nothing is recomputed that the run stores.
/// </summary>
public sealed class ReportBuilder(RunStore runs, StudyAreaStore studyAreas, RunInputQueries inputs, CauseService causes, ReportPlans plans)
{
    /// <summary>Problems of each kind whose cause-analysis facts the report shows.</summary>
    public const int CauseProblems = 3;

    /// <summary>Priorities of each kind listed in section 7.</summary>
    public const int PriorityRows = 10;

    /// <exception cref="ArgumentException">No completed run has this id, or the role or plan is unknown.</exception>
    public async Task<LagesbildReport> BuildAsync(ReportRequest request, CancellationToken ct = default)
    {
        if (!ReportRoles.All.Contains(request.Role))
            throw new ArgumentException($"role '{request.Role}' is not known; use {string.Join(", ", ReportRoles.All)}.");
        if (request.SuppressBelow < 1) throw new ArgumentException("the suppression threshold must be at least 1 (1 suppresses nothing).");
        var run = await runs.GetAsync(request.RunId, ct).ConfigureAwait(false)
                  ?? throw new ArgumentException($"there is no run {request.RunId}: geo runs list shows the stored runs.");
        if (run.Status != "completed")
            throw new ArgumentException($"run {run.Id} is {run.Status}, not completed: only a completed run has a lägesbild.");
        var t = ReportText.For(request.Lang);
        int? k = request.Role == ReportRoles.Analyst || request.SuppressBelow <= 1 ? null : request.SuppressBelow;
        var s = new Suppressor(k);

        var area = await studyAreas.GetAsync(run.StudyAreaCode, ct).ConfigureAwait(false)
                   ?? throw new ArgumentException($"study area {run.StudyAreaCode} of run {run.Id} no longer exists.");
        var indicators = await runs.AreaIndicatorsAsync(run.Id, ct).ConfigureAwait(false);
        var hotspots = await runs.HotspotsAsync(run.Id, ct).ConfigureAwait(false);
        var priorities = await runs.PrioritiesAsync(run.Id, ct).ConfigureAwait(false);
        var cells = await runs.SignificantCellsAsync(run.Id, ct).ConfigureAwait(false);
        var resources = await inputs.ResourcesAsync(run.StudyAreaCode, ct).ConfigureAwait(false);
        var facts = await causes.FactsAsync(run.Id, CauseProblems, ct).ConfigureAwait(false);
        var (plan, followUp) = await plans.ForRunAsync(run, request.PlanId, ct).ConfigureAwait(false);

        var header = new ReportHeader(area.Code, area.Name, run.Id, run.Label, run.PeriodFrom, run.PeriodTo, run.CompareFrom, run.CompareTo, run.AreaSet,
            run.CellSize, run.CreatedAt, DateTimeOffset.Now, run.GeoVersion, t.Lang, request.Role, k, area.Srid);
        var reference = Reference(run, t);
        var studyRows = indicators.Where(i => i.IsReference).ToList();
        var trends = Trends(studyRows, run, s, t);
        var areaRows = indicators.Where(i => !i.IsReference).ToList();
        var where = Where(areaRows, cells, hotspots, resources, area.Boundary, s);
        var when = When(studyRows, priorities, s, t);
        var names = areaRows.Where(r => r.CategoryGroup == "total").ToDictionary(r => r.AreaCode, r => r.AreaName, StringComparer.Ordinal);
        var areaPriorities = Priorities(priorities, "area", names, hotspots, s, t);
        var hotspotPriorities = Priorities(priorities, "hotspot", names, hotspots, s, t);
        var resourceCounts = resources.GroupBy(r => r.Type).Select(g => new ReportResourceCount(g.Key, t.ResourceType(g.Key), g.Count(),
                g.Count(r => !string.IsNullOrWhiteSpace(r.OpeningHours))))
            .OrderByDescending(r => r.Count).ThenBy(r => r.Type, StringComparer.Ordinal).ToList();
        var gaps = hotspots.Where(h => h.CoverageGap != "none").OrderByDescending(h => h.UncoveredShare ?? 0).ThenBy(h => h.HotspotId)
            .Select(h => new ReportGapRow(h.HotspotId, h.AreaCodes, s.Count(h.Incidents), h.CoverageGap, h.UncoveredShare, Windows(h.UncoveredWindows, t)))
            .ToList();
        var appendix = areaRows.Where(r => r.CategoryGroup == "total").OrderBy(r => r.AreaCode, StringComparer.Ordinal)
            .Select(r =>
            {
                var suppressed = s.Suppresses(r.Incidents);
                return new ReportAreaRow(r.AreaCode, r.AreaName, r.Population, s.Count(r.Incidents), s.Count(r.IncidentsCompare),
                    suppressed ? null : r.RatePer1000, suppressed ? null : r.RateEbPer1000, r.Unstable,
                    suppressed || s.Suppresses(r.IncidentsCompare) ? null : r.ChangeClass, suppressed ? null : r.TrendClass,
                    suppressed ? null : r.HotShare95, suppressed ? null : r.RepeatShare, r.LisaClass, suppressed);
            }).ToList();
        var method = Method(run, studyRows, s, t);
        var summary = Summary(trends, reference, areaPriorities, hotspotPriorities, hotspots, gaps, t);
        return new LagesbildReport(header, summary, method, reference, trends, where, when, areaPriorities, hotspotPriorities, resourceCounts, gaps,
            facts, plan, followUp, appendix);
    }

    private static List<string> Summary(IReadOnlyList<ReportTrendRow> trends, ReportReference? reference, IReadOnlyList<ReportPriorityRow> areas,
        IReadOnlyList<ReportPriorityRow> hotspots, IReadOnlyList<RunHotspotEntity> allHotspots, IReadOnlyList<ReportGapRow> gaps, ReportText t)
    {
        var list = new List<string>();
        if (trends.FirstOrDefault(r => r.Group == "total") is { } total)
        {
            var change = total.RateRatio is null ? "" : t.T(
                $", {t.Change(total.RateRatio)} mot jämförelseperioden ({t.ChangeClass(total.ChangeClass)})",
                $", {t.Change(total.RateRatio)} against the comparison period ({t.ChangeClass(total.ChangeClass)})");
            var rising = trends.Where(r => r.Group != "total" && r.ChangeClass == "significant_rise").Select(r => r.Label).ToList();
            var rise = rising.Count == 0 ? "" : t.T($"; signifikant ökning i {string.Join(", ", rising)}", $"; a significant rise in {string.Join(", ", rising)}");
            list.Add(t.T($"{t.Count(total.Incidents, null)} registrerade händelser under perioden{change}{rise}.",
                $"{t.Count(total.Incidents, null)} recorded incidents in the period{change}{rise}."));
        }
        if (reference?.Rows.FirstOrDefault(r => r.Group == "total") is { } rt)
            list.Add(t.T(
                $"Jämförelsekommunen {reference.Municipality} har {t.Number(rt.Municipality)} polisrapporterade händelser per 100 000 invånare ({reference.Year}): {t.Number(rt.RatioToCounty, 2)} gånger {reference.County} och {t.Number(rt.RatioToSweden, 2)} gånger riket.",
                $"The reference municipality {reference.Municipality} has {t.Number(rt.Municipality)} police-reported events per 100,000 residents ({reference.Year}): {t.Number(rt.RatioToCounty, 2)} times {reference.County} and {t.Number(rt.RatioToSweden, 2)} times Sweden."));
        if (areas.FirstOrDefault() is { } a)
        {
            var reason = a.Reasons.FirstOrDefault() ?? "";
            if (reason.StartsWith(a.GroupLabel + ": ", StringComparison.Ordinal)) reason = reason[(a.GroupLabel.Length + 2)..];
            list.Add(t.T($"Högst prioriterat område: {a.Place}, {a.GroupLabel.ToLowerInvariant()}: {reason}.",
                $"Highest-priority area: {a.Place}, {a.GroupLabel.ToLowerInvariant()}: {reason}."));
        }
        if (hotspots.FirstOrDefault() is { } h)
        {
            var hs = allHotspots.FirstOrDefault(x => x.HotspotId.ToString(CultureInfo.InvariantCulture) == h.TargetId);
            list.Add(t.T(
                $"{allHotspots.Count} hot spot{(allHotspots.Count == 1 ? "" : "s")}; högst prioriterad är {h.Place} ({h.GroupLabel.ToLowerInvariant()}, {t.EmergingClass(hs?.EmergingClass)}).",
                $"{allHotspots.Count} hotspot{(allHotspots.Count == 1 ? "" : "s")}; the highest priority is {h.Place} ({h.GroupLabel.ToLowerInvariant()}, {t.EmergingClass(hs?.EmergingClass)})."));
        }
        if (gaps.FirstOrDefault(g => g.Kind == "temporal") is { } g)
            list.Add(t.T(
                $"{gaps.Count(x => x.Kind == "temporal")} hot spots har tidsmässiga täckningsglapp; störst i hot spot {g.HotspotId}: {t.Percent(g.UncoveredShare)} av händelserna när ingen förebyggande resurs har öppet ({string.Join("; ", g.Windows.Take(2))}).",
                $"{gaps.Count(x => x.Kind == "temporal")} hotspots have temporal coverage gaps; the largest is hotspot {g.HotspotId}: {t.Percent(g.UncoveredShare)} of incidents when no prevention resource is open ({string.Join("; ", g.Windows.Take(2))})."));
        else if (gaps.Count > 0)
            list.Add(t.T($"{gaps.Count} hot spots saknar förebyggande resurser inom räckhåll.", $"{gaps.Count} hotspots have no prevention resource within reach."));
        return list;
    }

    private static ReportMethod Method(AnalysisRunEntity run, IReadOnlyList<RunAreaIndicatorEntity> studyRows, Suppressor s, ReportText t)
    {
        var choices = new List<string>();
        using (var notices = JsonDocument.Parse(run.Notices))
            foreach (var n in notices.RootElement.EnumerateArray())
                if (n.TryGetProperty(t.Swedish ? "text_sv" : "text_en", out var text)) choices.Add(text.GetString() ?? "");
        var sources = new List<ReportSource>();
        var quality = new List<string>();
        if (run.DataQuality is not null)
        {
            using var dq = JsonDocument.Parse(run.DataQuality);
            var root = dq.RootElement;
            if (root.TryGetProperty("sources", out var src))
                foreach (var x in src.EnumerateArray())
                    sources.Add(new ReportSource(x.GetProperty("source").GetString() ?? "", s.Count(x.GetProperty("incidents").GetInt32()),
                        x.TryGetProperty("first", out var f) ? f.GetString() : null, x.TryGetProperty("last", out var l) ? l.GetString() : null));
            double D(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : double.NaN;
            quality.Add(t.T($"{t.Percent(D("withheldShare"), 1)} av händelserna saknar plats (skyddad eller okänd) och {t.Percent(D("approximateShare"), 1)} har bara ungefärlig plats.",
                $"{t.Percent(D("withheldShare"), 1)} of incidents have no location (withheld or unknown) and {t.Percent(D("approximateShare"), 1)} only an approximate one."));
            if (root.TryGetProperty("timePrecision", out var tp))
            {
                var all = tp.EnumerateObject().Sum(p => p.Value.GetDouble());
                var exact = tp.EnumerateObject().Where(p => p.Name is "minute" or "hour" or "second").Sum(p => p.Value.GetDouble());
                quality.Add(t.T($"{t.Percent(all > 0 ? exact / all : double.NaN, 1)} av händelserna har klockslag; resten ingår inte i tid på dygnet.",
                    $"{t.Percent(all > 0 ? exact / all : double.NaN, 1)} of incidents have a time of day; the rest are left out of the hour profiles."));
            }
        }
        var missing = new List<string>
        {
            t.T("Geo lagrar inga personuppgifter: om gärningspersoner och brottsoffer säger underlaget ingenting.",
                "Geo stores no personal data: the data says nothing about offenders or victims."),
            t.T("Mörkertalet (brott som inte anmäls) syns inte; Brås Nationella trygghetsundersökning (NTU) och lokala trygghetsmätningar behövs för det.",
                "Unreported crime is not visible; Brå's Swedish Crime Survey (NTU) and local safety surveys are needed for that."),
        };
        var missingCodes = studyRows.Where(r => r.CategoryGroup == "total").SelectMany(r => r.SourcesMissing ?? []).Distinct().ToList();
        if (missingCodes.Count > 0)
            missing.Add(t.T($"Källor som saknas i perioden: {string.Join(", ", missingCodes)}.", $"Sources missing in the period: {string.Join(", ", missingCodes)}."));
        missing.Add(t.T("Skolornas incidentrapporter, ungdomsenkäter (t.ex. Stockholmsenkäten/LUPP) och socialtjänstens iakttagelser ingår inte och bör vägas in av samverkansgruppen.",
            "Schools' incident reports, youth surveys (e.g. LUPP) and social services' observations are not included and should be weighed in by the group."));
        return new ReportMethod(choices, sources, quality, missing);
    }

    private static ReportReference? Reference(AnalysisRunEntity run, ReportText t)
    {
        if (run.Reference is null) return null;
        using var doc = JsonDocument.Parse(run.Reference);
        var root = doc.RootElement;
        if (!root.TryGetProperty("comparison", out var c) || c.ValueKind != JsonValueKind.Object) return null;
        static double? N(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
        static string S(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : "";
        var rows = c.TryGetProperty("groups", out var groups)
            ? groups.EnumerateArray().Select(g => new ReportReferenceRow(S(g, "group"), t.Swedish ? S(g, "labelSv") : S(g, "labelEn"), N(g, "municipality"),
                N(g, "county"), N(g, "sweden"), N(g, "similarMedian"), N(g, "ratioToCounty"), N(g, "ratioToSweden"), N(g, "ratioToSimilar"))).ToList()
            : [];
        var similar = c.TryGetProperty("similar", out var sim) ? sim.EnumerateArray().Select(x => S(x, "name")).ToList() : [];
        // The notices in the report's language, from the stored figures (the run stores them in English only).
        var notices = new List<string>();
        var municipality = c.TryGetProperty("municipality", out var mu) ? mu : default;
        var muniName = municipality.ValueKind == JsonValueKind.Object ? S(municipality, "name") : "";
        var pops = c.TryGetProperty("similar", out var sp) ? sp.EnumerateArray().Select(x => N(x, "population")).Where(x => x is not null).Select(x => x!.Value).ToList() : [];
        if (pops.Count > 0)
            notices.Add(t.T(
                $"Liknande kommuner: de {pops.Count} kommuner som ligger närmast {muniName} ({t.Whole(municipality.ValueKind == JsonValueKind.Object ? N(municipality, "population") : null)} invånare) i folkmängd på logaritmisk skala, {muniName} själv undantagen: {t.Whole(pops.Min())}–{t.Whole(pops.Max())} invånare; deras median visas.",
                $"Similar municipalities: the {pops.Count} nearest to {muniName} ({t.Whole(municipality.ValueKind == JsonValueKind.Object ? N(municipality, "population") : null)} residents) in log population, itself excluded: {t.Whole(pops.Min())}–{t.Whole(pops.Max())} residents; their median is shown."));
        if (N(c, "populationYear") is { } py)
            notices.Add(t.T($"Takterna är händelser per 100 000 invånare och år med befolkningen {py:0} för varje år.",
                $"Rates are events per 100,000 residents a year with the population of {py:0} for every year."));
        var year = c.TryGetProperty("year", out var y) && y.ValueKind == JsonValueKind.Number ? y.GetInt32() : run.PeriodTo.Year;
        var note = root.TryGetProperty("note", out var nt) && nt.ValueKind == JsonValueKind.String ? nt.GetString() : null;
        return new ReportReference(year, c.TryGetProperty("municipality", out var m) ? S(m, "name") : "", c.TryGetProperty("county", out var co) ? S(co, "name") : "",
            similar, note, notices, rows);
    }

    private static List<ReportTrendRow> Trends(IReadOnlyList<RunAreaIndicatorEntity> studyRows, AnalysisRunEntity run, Suppressor s, ReportText t) =>
        studyRows.OrderBy(r => r.CategoryGroup == "total" ? 0 : 1).ThenByDescending(r => r.Incidents)
            .Select(r =>
            {
                var hidden = s.Suppresses(r.Incidents) || s.Suppresses(r.IncidentsCompare);
                return new ReportTrendRow(r.CategoryGroup, t.Group(r.CategoryGroup), s.Count(r.Incidents), s.Count(r.IncidentsCompare),
                    hidden ? null : r.RateRatio, hidden ? null : r.RateRatioLower, hidden ? null : r.RateRatioUpper, hidden ? null : r.RateRatioP,
                    hidden ? null : r.ChangeClass, s.Suppresses(r.Incidents) ? null : r.TrendClass,
                    s.Suppresses(r.Incidents) ? null : r.TrendPercentPerYear, s.Suppresses(r.Incidents) ? null : r.TrendPercentPerYearLower,
                    s.Suppresses(r.Incidents) ? null : r.TrendPercentPerYearUpper,
                    new DateOnly(run.PeriodFrom.Year, run.PeriodFrom.Month, 1), (r.MonthlyCounts ?? []).Select(s.Count).ToList());
            }).ToList();

    private static ReportWhere Where(IReadOnlyList<RunAreaIndicatorEntity> areaRows, IReadOnlyList<RunCellEntity> cells, IReadOnlyList<RunHotspotEntity> hotspots,
        IReadOnlyList<RunResource> resources, Geometry boundary, Suppressor s)
    {
        var areas = areaRows.Where(r => r.CategoryGroup == "total" && r.Geom is not null).OrderBy(r => r.AreaCode, StringComparer.Ordinal)
            .Select(r => new ReportMapArea(r.AreaCode, r.AreaName, s.Suppresses(r.Incidents) ? null : r.RateEbPer1000, s.Suppresses(r.Incidents), r.Geom!))
            .ToList();
        var significant = cells.Select(c => new ReportMapCell(c.CellId, c.GiConfidence ?? 0, c.EmergingClass, c.HotspotId, c.Geom)).ToList();
        var spots = hotspots.OrderBy(h => h.HotspotId)
            .Select(h => new ReportMapHotspot(h.HotspotId, h.EmergingClass, h.ChangeClass, s.Count(h.Incidents), h.CoverageGap, h.Geom)).ToList();
        var points = resources.Where(r => r.Geometry is not null).Select(r => new ReportMapResource(r.Type, r.Name, r.Geometry!)).ToList();
        return new ReportWhere("rate_eb_per_1000", areas, significant, spots, points, boundary);
    }

    private static ReportWhen When(IReadOnlyList<RunAreaIndicatorEntity> studyRows, IReadOnlyList<RunPriorityEntity> priorities, Suppressor s, ReportText t)
    {
        // All incidents, then the groups of the top area problems (at most three).
        var groups = new List<string> { "total" };
        foreach (var p in priorities.Where(p => p.TargetKind == "area").OrderBy(p => p.Rank))
        {
            if (groups.Count >= 4) break;
            if (!groups.Contains(p.CategoryGroup)) groups.Add(p.CategoryGroup);
        }
        var profiles = new List<ReportTimeProfile>();
        foreach (var g in groups)
        {
            var row = studyRows.FirstOrDefault(r => r.CategoryGroup == g);
            if (row?.HourWeekday is not { Length: 168 } hw) continue;
            var peak = Geo.Analysis.Time.PeakWindow.Find(hw.Select(x => (double)x).ToArray());
            profiles.Add(new ReportTimeProfile(g, t.Group(g), row.TimedHour, hw.Select(s.Count).ToList(),
                (row.MonthOfYear ?? new int[12]).Select(s.Count).ToList(), peak is null ? null : $"{peak.Describe(t.Lang)}: {t.Percent(peak.Share)}"));
        }
        var untimed = studyRows.FirstOrDefault(r => r.CategoryGroup == "total")?.UntimedHour ?? 0;
        return new ReportWhen(profiles, untimed);
    }

    private static List<ReportPriorityRow> Priorities(IReadOnlyList<RunPriorityEntity> priorities, string kind, IReadOnlyDictionary<string, string?> names,
        IReadOnlyList<RunHotspotEntity> hotspots, Suppressor s, ReportText t) =>
        priorities.Where(p => p.TargetKind == kind && p.Rank <= PriorityRows).OrderBy(p => p.Rank)
            .Select(p => new ReportPriorityRow(kind, p.TargetId, Place(kind, p.TargetId, names, hotspots, t), p.CategoryGroup, t.Group(p.CategoryGroup), p.Rank,
                p.Score, p.Stability, (t.Swedish ? p.ReasonsSv : p.ReasonsEn).Select(r => s.Text(r)).ToList()))
            .ToList();

    private static string Place(string kind, string id, IReadOnlyDictionary<string, string?> names, IReadOnlyList<RunHotspotEntity> hotspots, ReportText t)
    {
        if (kind == "area") return names.TryGetValue(id, out var n) && !string.IsNullOrEmpty(n) ? $"{n} ({id})" : id;
        var h = hotspots.FirstOrDefault(x => x.HotspotId.ToString(CultureInfo.InvariantCulture) == id);
        return h is null ? $"hot spot {id}" : $"hot spot {id} ({string.Join(", ", h.AreaCodes.Take(3))})";
    }

    private static List<string> Windows(string json, ReportText t)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.EnumerateArray().Select(w => RunTexts.Window(w, t.Lang)).ToList();
    }
}
