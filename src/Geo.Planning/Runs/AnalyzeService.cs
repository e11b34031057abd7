using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Geo.Analysis.Density;
using Geo.Analysis.Grids;
using Geo.Analysis.Inference;
using Geo.Analysis.SpaceTime;
using Geo.Analysis.Statistics;
using Geo.Analysis.Weights;
using Geo.Core.Domain;
using Geo.Core.Taxonomy;
using Geo.Core.Time;
using Geo.Planning.Reference;
using Geo.Planning.StudyAreas;
using Geo.Storage;
using Geo.Storage.Model;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;

namespace Geo.Planning.Runs;

/// <summary>
/// <c>geo analyze</c>: turns what is loaded for a study area into a stored, reproducible lägesbild run — area indicators,
/// grid cells with Gi* and emerging classes, hotspots with their resources and coverage gaps, and ranked priorities with
/// their reasons — after resolving and announcing every default. The run's results are written once, in one
/// transaction, and never recomputed by the report, the map or the exports.
/// </summary>
public sealed class AnalyzeService(
    StudyAreaService studyAreas, RunStore runs, RunInputQueries input, ResourceProximityQueries proximity,
    StudyAreaConfigStore configs, ReferenceService reference)
{
    /// <summary>Geo's version as the runs record it (the informational version: number and commit).</summary>
    public static string GeoVersion { get; } =
        typeof(AnalyzeService).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <exception cref="ArgumentException">Unknown study area, area set or category, an invalid config or period (the message says what to do).</exception>
    public async Task<AnalyzeResult> RunAsync(AnalyzeRequest request, IProgress<string>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var steps = new List<RunStep>();
        var clock = Stopwatch.StartNew();
        void Step(string name)
        {
            steps.Add(new RunStep(name, Math.Round(clock.Elapsed.TotalSeconds, 3)));
            clock.Restart();
        }
        var notices = new List<RunNotice>();

        // 1. Resolve every parameter.
        progress?.Report("resolve");
        var sa = await studyAreas.GetAsync(request.StudyAreaCode, ct).ConfigureAwait(false);
        var (config, configSource) = await ConfigAsync(request, sa.Code, ct).ConfigureAwait(false);
        notices.Add(new RunNotice("config", $"inställningar: {configSource.Sv}", $"settings: {configSource.En}"));
        var harm = config.HarmWeights is { } hw ? HarmWeights.Load(hw) : HarmWeights.Default();
        var (period, compare) = await PeriodsAsync(request, sa.Code, notices, ct).ConfigureAwait(false);
        var areaSet = await AreaSetAsync(request, sa.Code, notices, ct).ConfigureAwait(false);
        var categories = Categories(request.Categories, notices);
        Step("resolve");

        // 2. Read the input.
        progress?.Report("read");
        var readFrom = compare is null ? period.From : compare.From < period.From ? compare.From : period.From;
        var readTo = compare is null ? period.To : compare.To > period.To ? compare.To : period.To;
        var incidents = await input.IncidentsAsync(sa.Code, readFrom, readTo, categories, ct).ConfigureAwait(false);
        if (incidents.Count == 0)
            throw new ArgumentException($"study area {sa.Code} has no incidents between {readFrom:yyyy-MM-dd} and {readTo:yyyy-MM-dd}" +
                                        (categories is null ? "" : " in the categories asked for") + ": import incidents first, or choose --from/--to within the data.");
        var areas = areaSet is null ? [] : await input.AreasAsync(sa.Code, areaSet, ct).ConfigureAwait(false);
        var resources = await input.ResourcesAsync(sa.Code, ct).ConfigureAwait(false);
        var groups = incidents.Category.Select(HotspotBuilder.Group).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var ev = new RunEvents(incidents, period, compare, groups);
        var fingerprint = Fingerprint(incidents);
        var sources = incidents.Source.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Step("read");

        // 3. The grid: cells, Gi*, emerging classes, density.
        progress?.Report("grid");
        var boundary = sa.Boundary;
        var eligible = Enumerable.Range(0, ev.Count).Where(e => ev.Period[e] == 0 && ev.GridEligible[e]).ToList();
        var (cellSize, cellRule) = request.CellSize is { } given
            ? (given, string.Create(CultureInfo.InvariantCulture, $"cell size {given} m (given)"))
            : AutomaticCellSize.ChooseForPlaces(eligible.Select(e => incidents.X[e]).ToArray(), eligible.Select(e => incidents.Y[e]).ToArray());
        var grid = HotspotGrid.Build(boundary, new GridOptions(double.IsNaN(cellSize) ? null : cellSize));
        if (double.IsNaN(cellSize)) cellRule = grid.CellSizeRule;
        notices.Add(new RunNotice("cell_size",
            string.Create(CultureInfo.InvariantCulture, $"rutnät: {grid.CellSize:0.#} m {(request.CellSize is null ? "(automatiskt valt: minsta storlek där rutor med händelser har minst 4 i snitt)" : "(angivet)")}, {grid.Count:N0} rutor"),
            string.Create(CultureInfo.InvariantCulture, $"grid: {grid.CellSize:0.#} m ({(request.CellSize is null ? cellRule : "given")}), {grid.Count:N0} cells")));
        for (var e = 0; e < ev.Count; e++)
            if (ev.Period[e] >= 0 && ev.GridEligible[e]) ev.Cell[e] = grid.Locate(incidents.X[e], incidents.Y[e]);
        var counts = new double[grid.Count];
        var compareCounts = new double[grid.Count];
        foreach (var e in Enumerable.Range(0, ev.Count))
        {
            if (ev.Cell[e] < 0) continue;
            if (ev.Period[e] == 0) counts[ev.Cell[e]]++;
            else compareCounts[ev.Cell[e]]++;
        }
        QualityNotices(ev, notices);
        var queen = grid.Weights(ContiguityRule.Queen);
        var gi = LocalGetisOrd.Compute(counts, WeightsTransform.RowStandardise(WeightsTransform.WithSelf(queen)), true, 0, 0);
        var confidence = Confidence(gi);
        EmergingClass[]? emerging = null;
        var cubeFrom = compare is not null && compare.From < period.From ? compare.From : period.From;
        var cubeEvents = Enumerable.Range(0, ev.Count).Where(e => ev.Cell[e] >= 0).ToArray();
        if (eligible.Count > 0)
        {
            var cube = SpaceTimeCube.Build(grid.Count, cubeEvents.Select(e => ev.Cell[e]).ToArray(), cubeEvents.Select(e => incidents.LocalTime[e]).ToArray(),
                TimeStep.Month, cubeFrom, period.To);
            emerging = EmergingHotspots.Classify(cube, WeightsTransform.WithSelf(queen)).Class;
        }
        var density = Density(grid, eligible.Select(e => incidents.X[e]).ToArray(), eligible.Select(e => incidents.Y[e]).ToArray());
        Step("grid");

        // 4. Area indicators.
        progress?.Report("areas");
        if (areas.Count > 0)
        {
            var located = AreaCounts.Locate(areas.Select(a => (Geometry)a.Geometry).ToList(), incidents.X, incidents.Y);
            ev.Area = located;
        }
        var cellArea = CellAreas(grid, areas);
        var areaOut = AreaIndicatorBuilder.Build(new AreaIndicatorBuilder.Input(ev, areas, period, compare, confidence, cellArea, config, sa.Name, sources));
        Step("areas");

        // 5. Hotspots, their resources and coverage gaps (spatial queries in PostGIS).
        progress?.Report("hotspots");
        var drafts = HotspotBuilder.Find(ev, grid, confidence, counts, config.HotspotConfidence);
        var targets = drafts.Select(d => new ProximityTarget(d.Id, d.Geometry)).ToList();
        var nearest = await proximity.NearestByTypeAsync(sa.Code, targets, ct: ct).ConfigureAwait(false);
        var within = await proximity.WithinAsync(sa.Code, targets, config.Coverage.DistanceMetres, ct: ct).ConfigureAwait(false);
        var areaTargets = areas.Select((a, i) => new ProximityTarget(i, a.Geometry)).ToList();
        var areaWithin = await proximity.WithinAsync(sa.Code, areaTargets, config.Coverage.DistanceMetres, ct: ct).ConfigureAwait(false);
        var areaNearest = await proximity.NearestByTypeAsync(sa.Code, areaTargets, ct: ct).ConfigureAwait(false);
        AreaResources(areaOut.Rows, areas, areaNearest, areaWithin);
        var hours = OpeningHoursOf(resources, config, notices);
        var hotspots = HotspotBuilder.Build(new HotspotBuilder.Input(ev, drafts, emerging, counts, areas, period, compare, config, nearest, within,
            text => hours.GetValueOrDefault(text)));
        Step("hotspots");

        // 6. Priorities with reasons and their sensitivity to the weights.
        progress?.Report("priorities");
        var priorities = PriorityBuilder.Build(new PriorityBuilder.Input(ev, areas, areaOut, areaOut.Rows, drafts, hotspots, harm, config, period, compare,
            areaWithin, within, boundary.Area / 1e6));
        Step("priorities");

        // 7. The national reference values.
        var municipality = config.ReferenceMunicipality ?? (sa.Code.Length == 4 && sa.Code.All(char.IsAsciiDigit) ? sa.Code : null);
        string? referenceJson = null;
        if (municipality is null)
            notices.Add(new RunNotice("reference_none", "inga referensvärden: ange referenceMunicipality i inställningarna", "no reference values: set referenceMunicipality in the settings"));
        else
        {
            // The period's last year when the table has it, else the table's latest full year (announced).
            var years = await reference.YearsAsync(ct).ConfigureAwait(false);
            var comparison = await reference.GetComparisonAsync(municipality, years.Contains(period.To.Year) ? period.To.Year : null, ct).ConfigureAwait(false);
            if (comparison is not null && comparison.Year != period.To.Year)
                notices.Add(new RunNotice("reference_year",
                    $"referensvärden för {period.To.Year} finns inte (tabellen har {string.Join(", ", years)}): {comparison.Year} används",
                    $"no reference values for {period.To.Year} (the table has {string.Join(", ", years)}): {comparison.Year} is used"));
            if (comparison is null)
                notices.Add(new RunNotice("reference_missing", "inga referensvärden: kör geo reference load först", "no reference values: run geo reference load first"));
            else
            {
                referenceJson = JsonSerializer.Serialize(new { municipality, note = config.ReferenceNote, comparison }, JsonDefaults);
                notices.Add(new RunNotice("reference", $"referensvärden: kommun {municipality}, dess län och riket", $"reference values: municipality {municipality}, its county and Sweden"));
            }
        }

        // 8. Store.
        progress?.Report("store");
        var parameters = new
        {
            studyArea = sa.Code,
            period = new { from = period.From, to = period.To },
            compare = compare is null ? null : new { from = compare.From, to = compare.To },
            areaSet,
            categories = categories ?? ["*"],
            groups,
            cellSize = grid.CellSize,
            cellSizeRule = cellRule,
            timeZone = sa.TimeZone,
            gi = new { weights = "queen contiguity with self, row-standardised", correction = "benjamini_hochberg", pValue = "analytic" },
            emerging = new { step = "month", from = cubeFrom, to = period.To },
            config,
            harmWeights = harm.Source,
        };
        var run = new AnalysisRunEntity
        {
            StudyAreaCode = sa.Code,
            Status = "running",
            Label = request.Label,
            PeriodFrom = period.From,
            PeriodTo = period.To,
            CompareFrom = compare?.From,
            CompareTo = compare?.To,
            AreaSet = areaSet,
            Categories = categories is null ? [] : [.. categories],
            CellSize = grid.CellSize,
            Parameters = JsonSerializer.Serialize(parameters, JsonDefaults),
            GeoVersion = GeoVersion,
            CreatedBy = request.CreatedBy,
        };
        var runId = await runs.CreateAsync(run, ct).ConfigureAwait(false);
        RunResults results;
        try
        {
            var cells = CellRows(grid, counts, compare is null ? null : compareCounts, gi, confidence, emerging, density, drafts);
            // The batches' source and file name are filled from import_batch when the results are completed.
            var batches = incidents.ImportBatchId.Where((_, e) => ev.Period[e] >= 0).GroupBy(b => b).OrderBy(b => b.Key)
                .Select(b => new AnalysisRunBatchEntity { StudyAreaCode = sa.Code, ImportBatchId = b.Key, RowsUsed = b.Count(), Source = "", FileName = "" })
                .ToList();
            Step("store");
            results = new RunResults(batches, areaOut.Rows, cells, hotspots, priorities, fingerprint, incidents.Count,
                StepsJson(steps),
                JsonSerializer.Serialize(notices.Select(n => new { code = n.Code, text_sv = n.TextSv, text_en = n.TextEn })),
                DataQuality(ev, sources, period), referenceJson, run.Parameters);
            await runs.CompleteAsync(sa.Code, runId, results, ct).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // A run that does not complete is kept as failed (with why), never half-written: its results are one transaction.
            var why = e is OperationCanceledException ? "cancelled" : e.Message;
            await runs.FailAsync(sa.Code, runId, why, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        steps[^1] = steps[^1] with { Seconds = Math.Round(steps[^1].Seconds + clock.Elapsed.TotalSeconds, 3) };
        await runs.SetStepsAsync(runId, StepsJson(steps), ct).ConfigureAwait(false);
        // The stored run as it now reads (without reading it back: the command would pay EF Core's first use for it).
        run.Status = "completed";
        run.InputFingerprint = results.InputFingerprint;
        run.IncidentsRead = results.IncidentsRead;
        run.Notices = results.Notices;
        run.DataQuality = results.DataQuality;
        run.Reference = results.Reference;
        run.Steps = StepsJson(steps);
        run.FinishedAt = DateTimeOffset.UtcNow;
        var stored = run;
        var top = priorities.Where(p => p.Rank <= config.TopN).OrderBy(p => p.Rank).ToList();
        return new AnalyzeResult(stored, notices, steps,
            [.. top.Where(p => p.TargetKind == "area")], [.. top.Where(p => p.TargetKind == "hotspot")], hotspots);
    }

    private static string StepsJson(IEnumerable<RunStep> steps) => JsonSerializer.Serialize(steps.Select(s => new { name = s.Name, seconds = s.Seconds }));

    public static JsonSerializerOptions JsonDefaults { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    private async Task<(AnalysisConfig Config, (string Sv, string En) Source)> ConfigAsync(AnalyzeRequest request, string code, CancellationToken ct)
    {
        if (request.ConfigFile is { } file)
        {
            if (!File.Exists(file)) throw new ArgumentException($"--config {file}: no such file.");
            var c = AnalysisConfig.Parse(await File.ReadAllTextAsync(file, ct).ConfigureAwait(false), file);
            if (c.HarmWeights is { } h && !Path.IsPathRooted(h))
                c = c with { HarmWeights = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(file))!, h) };
            return (c, ($"från {file}", $"from {file}"));
        }
        if (await configs.GetAsync(code, ct).ConfigureAwait(false) is { } stored)
            return (AnalysisConfig.Parse(stored, $"the stored settings of study area {code}"), ($"studieområdets sparade inställningar", "the study area's stored settings"));
        return (new AnalysisConfig(), ("standardvärden", "the defaults"));
    }

    private async Task<(RunPeriod Period, RunPeriod? Compare)> PeriodsAsync(AnalyzeRequest request, string code, List<RunNotice> notices, CancellationToken ct)
    {
        if ((request.From is null) != (request.To is null)) throw new ArgumentException("give both --from and --to, or neither (the default: the last 12 full months of data).");
        if ((request.CompareFrom is null) != (request.CompareTo is null)) throw new ArgumentException("give both --compare-from and --compare-to, or neither (the default: as many months or days just before the period).");
        var coverage = await input.CoverageAsync(code, ct).ConfigureAwait(false);
        if (coverage.Count == 0) throw new ArgumentException($"study area {code} has no incidents: import incidents first (geo import incidents …).");
        var first = coverage.Min(c => c.FirstDate);
        var last = coverage.Max(c => c.LastDate);
        RunPeriod period;
        if (request.From is { } f && request.To is { } t)
        {
            if (t < f) throw new ArgumentException($"--to {t:yyyy-MM-dd} is before --from {f:yyyy-MM-dd}.");
            period = new RunPeriod(f, t);
            notices.Add(new RunNotice("period", $"period: {period} (angiven)", $"period: {period} (given)"));
        }
        else
        {
            period = RunPeriods.LastFullMonths(last);
            notices.Add(new RunNotice("period",
                $"period: {period}, de senaste 12 hela månaderna som data täcker (data till {last:yyyy-MM-dd})",
                $"period: {period}, the last 12 full months the data covers (data until {last:yyyy-MM-dd})"));
        }
        RunPeriod? compare;
        if (request.CompareFrom is { } cf && request.CompareTo is { } ct2)
        {
            if (ct2 < cf) throw new ArgumentException($"--compare-to {ct2:yyyy-MM-dd} is before --compare-from {cf:yyyy-MM-dd}.");
            compare = new RunPeriod(cf, ct2);
            notices.Add(new RunNotice("compare", $"jämförelseperiod: {compare} (angiven)", $"comparison period: {compare} (given)"));
        }
        else
        {
            compare = RunPeriods.Before(period);
            if (compare.To < first)
            {
                notices.Add(new RunNotice("compare_none",
                    $"ingen jämförelseperiod: data börjar {first:yyyy-MM-dd}, efter {compare}", $"no comparison period: the data starts {first:yyyy-MM-dd}, after {compare}"));
                compare = null;
            }
            else
            {
                var partly = compare.From < first ? $" (data börjar {first:yyyy-MM-dd}: delvis täckt)" : "";
                var partlyEn = compare.From < first ? $" (the data starts {first:yyyy-MM-dd}: partly covered)" : "";
                var months = compare.Months().Count;
                var (before, beforeEn) = compare.From.Day == 1 && compare.To.AddDays(1).Day == 1
                    ? months == 1 ? ("månaden före", "the month before") : ($"de {months} månaderna före", $"the {months} months before")
                    : ($"de {compare.Days} dagarna före", $"the {compare.Days} days before");
                notices.Add(new RunNotice("compare", $"jämförelseperiod: {compare}, {before}{partly}", $"comparison period: {compare}, {beforeEn}{partlyEn}"));
            }
        }
        foreach (var c in coverage.Where(c => c.LastDate < period.From || c.FirstDate > period.To))
            notices.Add(new RunNotice("source_outside", $"källan {c.Source} har inga rader i perioden ({c.FirstDate:yyyy-MM-dd}–{c.LastDate:yyyy-MM-dd})",
                $"source {c.Source} has no rows in the period ({c.FirstDate:yyyy-MM-dd}–{c.LastDate:yyyy-MM-dd})"));
        return (period, compare);
    }

    private async Task<string?> AreaSetAsync(AnalyzeRequest request, string code, List<RunNotice> notices, CancellationToken ct)
    {
        var sets = await input.AreaSetsWithPopulationAsync(code, ct).ConfigureAwait(false);
        if (request.AreaSet is { } given)
        {
            var s = sets.FirstOrDefault(x => x.Name == given)
                    ?? throw new ArgumentException($"study area {code} has no area set '{given}'; it has: {(sets.Count == 0 ? "none" : string.Join(", ", sets.Select(x => x.Name)))}.");
            if (s.AreasWithPopulation < s.Areas)
                notices.Add(new RunNotice("area_set_population", $"områdesindelningen {given}: {s.Areas - s.AreasWithPopulation} av {s.Areas} områden saknar befolkning; deras takter lämnas tomma",
                    $"area set {given}: {s.Areas - s.AreasWithPopulation} of {s.Areas} areas have no population; their rates are left empty"));
            notices.Add(new RunNotice("area_set", $"områden: {given} (angiven, {s.Areas} områden)", $"areas: {given} (given, {s.Areas} areas)"));
            return given;
        }
        if (sets.Count == 0)
        {
            notices.Add(new RunNotice("area_set_none", "inga områdesindelningar: bara hela kommunen redovisas", "no area sets: only the whole study area is reported"));
            return null;
        }
        var withPopulation = sets.Where(x => x.Areas > 0 && x.AreasWithPopulation == x.Areas).OrderByDescending(x => x.Areas).ThenBy(x => x.Name, StringComparer.Ordinal).ToList();
        if (withPopulation.Count > 0)
        {
            var best = withPopulation[0];
            notices.Add(new RunNotice("area_set", $"områden: {best.Name}, den finaste indelningen med befolkning ({best.Areas} områden)",
                $"areas: {best.Name}, the finest set with population ({best.Areas} areas)"));
            return best.Name;
        }
        var finest = sets.OrderByDescending(x => x.Areas).ThenBy(x => x.Name, StringComparer.Ordinal).First();
        notices.Add(new RunNotice("area_set", $"områden: {finest.Name} ({finest.Areas} områden); ingen indelning har befolkning, så takter per invånare saknas",
            $"areas: {finest.Name} ({finest.Areas} areas); no set has population, so there are no rates per resident"));
        return finest.Name;
    }

    /// <summary>Expands main groups to their categories; null means every category.</summary>
    private static List<string>? Categories(IReadOnlyList<string>? asked, List<RunNotice> notices)
    {
        if (asked is null || asked.Count == 0)
        {
            notices.Add(new RunNotice("categories", "kategorier: alla, redovisade per huvudgrupp och totalt", "categories: all, reported per main group and in total"));
            return null;
        }
        var codes = CategorySelection.Expand(asked);
        notices.Add(new RunNotice("categories", $"kategorier: {string.Join(", ", asked)} ({codes.Count} koder)", $"categories: {string.Join(", ", asked)} ({codes.Count} codes)"));
        return codes;
    }

    private static void QualityNotices(RunEvents ev, List<RunNotice> notices)
    {
        var inPeriod = Enumerable.Range(0, ev.Count).Where(e => ev.Period[e] == 0).ToList();
        var centroid = inPeriod.Where(e => ev.Incidents.LocationPrecision[e] == LocationPrecision.AreaCentroid).ToList();
        if (centroid.Count > 0)
        {
            var bySource = centroid.GroupBy(e => ev.Incidents.Source[e]).Select(g => $"{g.Key} {g.Count():N0}");
            notices.Add(new RunNotice("area_centroid",
                $"{centroid.Count:N0} händelser har bara områdets mittpunkt som plats ({string.Join(", ", bySource)}): de räknas i takter, trender och referensvärden men läggs aldrig på hot spot-rutnätet",
                $"{centroid.Count:N0} incidents have only an area-centroid location ({string.Join(", ", bySource)}): they count towards rates, trends and reference values but are never put on the hotspot grid"));
        }
        var withheld = inPeriod.Count(e => double.IsNaN(ev.Incidents.X[e]));
        if (withheld > 0)
            notices.Add(new RunNotice("withheld", $"{withheld:N0} händelser saknar plats (skyddad eller okänd): de räknas bara för hela kommunen",
                $"{withheld:N0} incidents have no location (withheld or unknown): they count for the whole study area only"));
        var untimed = inPeriod.Count(e => !ev.HasHour(e));
        if (untimed > 0)
            notices.Add(new RunNotice("untimed", $"{untimed:N0} händelser saknar klockslag: de lämnas utanför tid på dygnet",
                $"{untimed:N0} incidents have no time of day: they are left out of the time-of-day profiles"));
    }

    /// <summary>Signed confidence of each cell's Gi* call from its FDR-adjusted p: ±99, ±95, ±90, 0; sbyte.MinValue when undefined.</summary>
    private static sbyte[] Confidence(LocalResult gi)
    {
        var c = new sbyte[gi.Count];
        for (var i = 0; i < gi.Count; i++)
        {
            var p = gi.PAdjusted[i];
            if (gi.Undefined[i] is not null || double.IsNaN(p) || double.IsNaN(gi.Z[i])) { c[i] = sbyte.MinValue; continue; }
            var level = p <= 0.01 ? 99 : p <= 0.05 ? 95 : p <= 0.10 ? 90 : 0;
            c[i] = (sbyte)(gi.Z[i] > 0 ? level : -level);
        }
        return c;
    }

    /// <summary>Kernel density (events per km², automatic bandwidth, Diggle's edge correction) at the grid's cells.</summary>
    private static double[] Density(HotspotGrid grid, double[] x, double[] y)
    {
        var result = new double[grid.Count];
        if (x.Length < 2 || grid.Shape != GridShape.Square) return result.Select(_ => double.NaN).ToArray();
        var dg = new DensityGrid(grid.OriginX, grid.OriginY, grid.CellSize, grid.Columns, grid.Rows);
        var mask = new bool[dg.Count];
        foreach (var (c, r) in grid.Cells) mask[r * grid.Columns + c] = true;
        try
        {
            var kde = KernelDensity.Estimate(x, y, dg, new KdeOptions(Mask: mask, Method: EdgeCorrectionMethod.Diggle));
            for (var i = 0; i < grid.Count; i++)
            {
                var (c, r) = grid.Cells[i];
                result[i] = kde.Density[r * grid.Columns + c];
            }
        }
        catch (ArgumentException)
        {
            // Identical points (no spread for the automatic bandwidth): no density surface, the rest of the run stands.
            return result.Select(_ => double.NaN).ToArray();
        }
        return result;
    }

    /// <summary>Each area's nearest resource of each type and its resources within the coverage distance, on its total row.</summary>
    private static void AreaResources(List<RunAreaIndicatorEntity> rows, IReadOnlyList<RunArea> areas, IReadOnlyList<ResourceDistance> nearest,
        IReadOnlyList<ResourceDistance> within)
    {
        var index = areas.Select((a, i) => (a.Code, i)).ToDictionary(t => t.Code, t => t.i, StringComparer.Ordinal);
        var n = nearest.ToLookup(r => r.TargetId);
        var w = within.ToLookup(r => r.TargetId);
        foreach (var row in rows.Where(r => !r.IsReference && r.CategoryGroup == AreaIndicatorBuilder.Total))
        {
            var i = index[row.AreaCode];
            row.NearestResources = JsonSerializer.Serialize(n[i].OrderBy(r => r.Distance).Select(r => HotspotBuilder.Resource(r, false)));
            row.ResourcesWithin = JsonSerializer.Serialize(w[i].OrderBy(r => r.Distance).Select(r => HotspotBuilder.Resource(r, true)));
        }
    }

    /// <summary>The area of each grid cell: the area holding the cell's centre, −1 when none.</summary>
    private static int[] CellAreas(HotspotGrid grid, IReadOnlyList<RunArea> areas)
    {
        if (areas.Count == 0) return Enumerable.Repeat(-1, grid.Count).ToArray();
        var x = new double[grid.Count];
        var y = new double[grid.Count];
        for (var i = 0; i < grid.Count; i++) { var c = grid.CellCentre(i); x[i] = c.X; y[i] = c.Y; }
        return AreaCounts.Locate(areas.Select(a => (Geometry)a.Geometry).ToList(), x, y);
    }

    private static List<RunCellEntity> CellRows(HotspotGrid grid, double[] counts, double[]? compare, LocalResult gi, sbyte[] confidence,
        EmergingClass[]? emerging, double[] density, IReadOnlyList<HotspotDraft> drafts)
    {
        var hotspotOf = new int?[grid.Count];
        foreach (var d in drafts) foreach (var c in d.Cells) hotspotOf[c] = d.Id;
        var rows = new List<RunCellEntity>(grid.Count);
        for (var i = 0; i < grid.Count; i++)
        {
            var (col, row) = grid.Cells[i];
            var polygon = grid.CellPolygons[i] as Polygon ?? (Polygon)grid.CellPolygons[i].GetGeometryN(0);
            polygon.SRID = grid.Boundary.SRID;
            rows.Add(new RunCellEntity
            {
                StudyAreaCode = "",
                CellId = i,
                Col = col,
                Row = row,
                AreaShare = grid.AreaShares[i],
                Incidents = (int)counts[i],
                IncidentsCompare = compare is null ? null : (int)compare[i],
                GiZ = AreaIndicatorBuilder.Num(gi.Z[i]),
                GiP = AreaIndicatorBuilder.Num(gi.P[i]),
                GiConfidence = confidence[i] == sbyte.MinValue ? null : (short)confidence[i],
                EmergingClass = emerging is null || emerging[i] == EmergingClass.Undefined ? null : HotspotBuilder.EmergingCode(emerging[i]),
                HotspotId = hotspotOf[i],
                Density = AreaIndicatorBuilder.Num(density[i]),
                Geom = polygon,
            });
        }
        return rows;
    }

    private static Dictionary<string, OpeningHours> OpeningHoursOf(IReadOnlyList<RunResource> resources, AnalysisConfig config, List<RunNotice> notices)
    {
        var parsed = new Dictionary<string, OpeningHours>(StringComparer.Ordinal);
        foreach (var r in resources)
        {
            if (r.OpeningHours is not { } text || parsed.ContainsKey(text)) continue;
            if (OpeningHours.TryParse(text, out var h, out var error)) parsed[text] = h;
            else notices.Add(new RunNotice("opening_hours",
                $"resursen {r.SourceId} ({r.Name}): öppettiderna \"{text}\" kan inte läsas ({error}); den räknas som stängd",
                $"resource {r.SourceId} ({r.Name}): opening hours \"{text}\" cannot be read ({error}); it counts as closed"));
        }
        var noHours = resources.Where(r => config.Coverage.Types.Contains(r.Type, StringComparer.Ordinal) && r.OpeningHours is null).ToList();
        if (noHours.Count > 0)
            notices.Add(new RunNotice("opening_hours_missing",
                $"{noHours.Count} förebyggande resurser saknar öppettider och räknas som stängda: {string.Join(", ", noHours.Take(5).Select(r => r.SourceId))}",
                $"{noHours.Count} prevention resources have no opening hours and count as closed: {string.Join(", ", noHours.Take(5).Select(r => r.SourceId))}"));
        return parsed;
    }

    private static string DataQuality(RunEvents ev, IReadOnlyList<string> sources, RunPeriod period)
    {
        var inPeriod = Enumerable.Range(0, ev.Count).Where(e => ev.Period[e] == 0).ToList();
        var n = Math.Max(1, inPeriod.Count);
        var bySource = sources.Select(s =>
        {
            var rows = inPeriod.Where(e => ev.Incidents.Source[e] == s).ToList();
            var located = rows.Where(e => !double.IsNaN(ev.Incidents.X[e])).ToList();
            return new
            {
                source = s,
                incidents = rows.Count,
                first = rows.Count == 0 ? (DateOnly?)null : rows.Min(e => ev.Date[e]),
                last = rows.Count == 0 ? (DateOnly?)null : rows.Max(e => ev.Date[e]),
                onlyAreaCentroid = located.Count > 0 && located.All(e => ev.Incidents.LocationPrecision[e] == LocationPrecision.AreaCentroid),
            };
        }).ToList();
        var quality = new
        {
            incidents = inPeriod.Count,
            withoutLocation = inPeriod.Count(e => double.IsNaN(ev.Incidents.X[e])),
            withheldShare = inPeriod.Count(e => ev.Incidents.LocationPrecision[e] == LocationPrecision.Withheld || double.IsNaN(ev.Incidents.X[e])) / (double)n,
            approximateShare = inPeriod.Count(e => ev.Incidents.LocationPrecision[e] is LocationPrecision.StreetSegment or LocationPrecision.AreaCentroid) / (double)n,
            onGrid = inPeriod.Count(e => ev.Cell[e] >= 0),
            locationPrecision = inPeriod.GroupBy(e => ev.Incidents.LocationPrecision[e].Code()).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            timePrecision = inPeriod.GroupBy(e => ev.Incidents.TimePrecision[e].Code()).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            sources = bySource,
            sourcesWithoutRowsInPeriod = bySource.Where(s => s.incidents == 0).Select(s => s.source).ToList(),
            period = new { from = period.From, to = period.To },
        };
        return JsonSerializer.Serialize(quality, JsonDefaults);
    }

    /// <summary>SHA-256 over the input rows in their stable order (source, source id): the same rows give the same fingerprint.</summary>
    /// <remarks>
    /// One UTF-8 line per row, tab-separated; the lines are encoded into one buffer and hashed in 64 KiB blocks (the digest
    /// does not depend on how the bytes are split), without a string per row.
    /// </remarks>
    private static string Fingerprint(RunIncidents r)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var sb = new StringBuilder(128);
        var chars = new char[256];
        var bytes = new byte[1 << 16];
        var used = 0;
        for (var i = 0; i < r.Count; i++)
        {
            sb.Clear();
            sb.Append(r.Source[i]).Append('\t').Append(r.SourceId[i]).Append('\t').Append(r.Category[i]).Append('\t')
              .Append(CultureInfo.InvariantCulture, $"{r.LocalTime[i].Ticks}").Append('\t')
              .Append((int)r.TimePrecision[i]).Append('\t').Append((int)r.LocationPrecision[i]).Append('\t')
              .Append(CultureInfo.InvariantCulture, $"{r.X[i]:R}").Append('\t').Append(CultureInfo.InvariantCulture, $"{r.Y[i]:R}").Append('\n');
            if (sb.Length > chars.Length) chars = new char[sb.Length * 2];
            sb.CopyTo(0, chars, sb.Length);
            var most = Encoding.UTF8.GetMaxByteCount(sb.Length);
            if (used + most > bytes.Length)
            {
                hash.AppendData(bytes, 0, used);
                used = 0;
                if (most > bytes.Length) bytes = new byte[most];
            }
            used += Encoding.UTF8.GetBytes(chars, 0, sb.Length, bytes, used);
        }
        hash.AppendData(bytes, 0, used);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
