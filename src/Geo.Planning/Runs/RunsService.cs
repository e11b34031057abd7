using System.Globalization;
using Geo.Analysis.Change;
using Geo.Storage;
using Geo.Storage.Model;

namespace Geo.Planning.Runs;

/// <summary><c>geo runs list | show | delete | compare</c>: the stored runs, read back, never recomputed.</summary>
public sealed class RunsService(RunStore runs, PlanStore plans)
{
    public Task<IReadOnlyList<AnalysisRunEntity>> ListAsync(string? studyAreaCode, CancellationToken ct = default) => runs.ListAsync(studyAreaCode, ct);

    /// <summary>The run with this id, or null (for callers that answer "not found" themselves).</summary>
    public Task<AnalysisRunEntity?> FindAsync(long runId, CancellationToken ct = default) => runs.GetAsync(runId, ct);

    /// <summary>The notices a run stored (what it chose and noticed), in Swedish and English.</summary>
    public static IReadOnlyList<RunNotice> Notices(AnalysisRunEntity run)
    {
        ArgumentNullException.ThrowIfNull(run);
        using var doc = System.Text.Json.JsonDocument.Parse(run.Notices);
        return [.. doc.RootElement.EnumerateArray().Select(n => new RunNotice(n.GetProperty("code").GetString()!, n.GetProperty("text_sv").GetString()!, n.GetProperty("text_en").GetString()!))];
    }

    /// <summary>A run id from the command line: a number, or <c>latest</c> (the newest run, of the study area when given).</summary>
    /// <exception cref="ArgumentException">Neither a number nor latest, or there is no run yet.</exception>
    public async Task<long> ResolveAsync(string run, string? studyAreaCode, CancellationToken ct = default)
    {
        if (long.TryParse(run, System.Globalization.NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return id;
        if (run != "latest") throw new ArgumentException($"RUN must be a run id (a number, see geo runs list) or latest, not '{run}'.");
        var list = await runs.ListAsync(studyAreaCode, ct).ConfigureAwait(false);
        return list.FirstOrDefault()?.Id
               ?? throw new ArgumentException(studyAreaCode is null ? "there are no runs yet: geo analyze --study-area CODE makes one." : $"study area {studyAreaCode} has no runs yet: geo analyze --study-area {studyAreaCode} makes one.");
    }

    /// <summary>How many hotspots run <paramref name="runId"/> has (one count, without reading them).</summary>
    public Task<int> HotspotCountAsync(long runId, CancellationToken ct = default) => runs.HotspotCountAsync(runId, ct);

    /// <exception cref="ArgumentException">No run has this id.</exception>
    public async Task<RunDetails> ShowAsync(long runId, int topN = 10, CancellationToken ct = default)
    {
        var run = await GetAsync(runId, ct).ConfigureAwait(false);
        var batches = await runs.BatchesAsync(runId, ct).ConfigureAwait(false);
        var priorities = await runs.PrioritiesAsync(runId, ct).ConfigureAwait(false);
        var hotspots = await runs.HotspotsAsync(runId, ct).ConfigureAwait(false);
        var indicators = await runs.AreaIndicatorsAsync(runId, ct).ConfigureAwait(false);
        var cells = await runs.CellCountAsync(runId, ct).ConfigureAwait(false);
        return new RunDetails(run, batches,
            [.. priorities.Where(p => p.TargetKind == "area" && p.Rank <= topN).OrderBy(p => p.Rank)],
            [.. priorities.Where(p => p.TargetKind == "hotspot" && p.Rank <= topN).OrderBy(p => p.Rank)],
            hotspots, indicators.Select(i => i.AreaCode).Where(c => c != AreaIndicatorBuilder.ReferenceCode).Distinct().Count(), cells);
    }

    /// <exception cref="ArgumentException">No run has this id, or an åtgärdsplan was drafted from it (its baselines and review refer to the run).</exception>
    public async Task DeleteAsync(long runId, CancellationToken ct = default)
    {
        var held = await plans.PlansOfRunAsync(runId, ct).ConfigureAwait(false);
        if (held.Count > 0)
            throw new ArgumentException($"run {runId} cannot be deleted: plan {string.Join(", ", held)} was drafted from it (geo plan show {held[0]}). " +
                                        "A plan keeps the run it was drafted from; draft the plan into a newer run first (geo plan draft RUN --into PLAN), then delete this run.");
        if (!await runs.DeleteAsync(runId, ct).ConfigureAwait(false)) throw new ArgumentException(NoRun(runId));
    }

    /// <exception cref="ArgumentException">A run does not exist, or the two belong to different study areas.</exception>
    public async Task<RunComparison> CompareAsync(long runA, long runB, int topN = 10, CancellationToken ct = default)
    {
        var a = await GetAsync(runA, ct).ConfigureAwait(false);
        var b = await GetAsync(runB, ct).ConfigureAwait(false);
        if (a.StudyAreaCode != b.StudyAreaCode)
            throw new ArgumentException($"run {runA} is of study area {a.StudyAreaCode} and run {runB} of {b.StudyAreaCode}: compare runs of one study area.");
        if (a.Status != "completed" || b.Status != "completed")
            throw new ArgumentException($"only completed runs can be compared (run {runA}: {a.Status}, run {runB}: {b.Status}).");

        var parameters = new List<ParameterChange>();
        void Param(string name, string? x, string? y) { if (x != y) parameters.Add(new ParameterChange(name, x, y)); }
        Param("period", Period(a.PeriodFrom, a.PeriodTo), Period(b.PeriodFrom, b.PeriodTo));
        Param("compare", a.CompareFrom is { } af ? Period(af, a.CompareTo!.Value) : null, b.CompareFrom is { } bf ? Period(bf, b.CompareTo!.Value) : null);
        Param("areaSet", a.AreaSet, b.AreaSet);
        Param("categories", string.Join(",", a.Categories), string.Join(",", b.Categories));
        Param("cellSize", a.CellSize.ToString(CultureInfo.InvariantCulture), b.CellSize.ToString(CultureInfo.InvariantCulture));
        Param("inputFingerprint", a.InputFingerprint, b.InputFingerprint);
        Param("geoVersion", a.GeoVersion, b.GeoVersion);

        var pa = (await runs.PrioritiesAsync(runA, ct).ConfigureAwait(false)).Where(p => p.TargetKind == "area").ToList();
        var pb = (await runs.PrioritiesAsync(runB, ct).ConfigureAwait(false)).Where(p => p.TargetKind == "area").ToList();
        var topA = pa.Where(p => p.Rank <= topN).ToDictionary(Key);
        var topB = pb.Where(p => p.Rank <= topN).ToDictionary(Key);
        var entered = topB.Where(kv => !topA.ContainsKey(kv.Key)).OrderBy(kv => kv.Value.Rank)
            .Select(kv => Rank(kv.Value, pa.FirstOrDefault(p => Key(p) == kv.Key)?.Rank, kv.Value.Rank)).ToList();
        var left = topA.Where(kv => !topB.ContainsKey(kv.Key)).OrderBy(kv => kv.Value.Rank)
            .Select(kv => Rank(kv.Value, kv.Value.Rank, pb.FirstOrDefault(p => Key(p) == kv.Key)?.Rank)).ToList();
        var stayed = topA.Where(kv => topB.ContainsKey(kv.Key)).OrderBy(kv => topB[kv.Key].Rank)
            .Select(kv => Rank(topB[kv.Key], kv.Value.Rank, topB[kv.Key].Rank)).ToList();

        var ia = (await runs.AreaIndicatorsAsync(runA, ct).ConfigureAwait(false)).ToDictionary(i => (i.AreaCode, i.CategoryGroup));
        var ib = await runs.AreaIndicatorsAsync(runB, ct).ConfigureAwait(false);
        var daysA = a.PeriodTo.DayNumber - a.PeriodFrom.DayNumber + 1;
        var daysB = b.PeriodTo.DayNumber - b.PeriodFrom.DayNumber + 1;
        var moved = new List<RunChange>();
        foreach (var y in ib)
        {
            if (!ia.TryGetValue((y.AreaCode, y.CategoryGroup), out var x) || x.Incidents + y.Incidents == 0) continue;
            var r = RateRatio.Test(y.Incidents, daysB, x.Incidents, daysA);
            if (!(r.P < 0.05)) continue;
            moved.Add(new RunChange(y.AreaCode, y.AreaName, y.CategoryGroup, x.Incidents, y.Incidents, r.Statistic, r.Lower, r.Upper, r.P,
                r.Statistic > 1 ? "rise" : "fall"));
        }
        var hotspotsA = (await runs.HotspotsAsync(runA, ct).ConfigureAwait(false)).Count;
        var hotspotsB = (await runs.HotspotsAsync(runB, ct).ConfigureAwait(false)).Count;
        return new RunComparison(a, b, topN, parameters, entered, left, stayed,
            [.. moved.OrderBy(m => m.AreaCode == AreaIndicatorBuilder.ReferenceCode ? 0 : 1).ThenBy(m => m.P).ThenBy(m => m.AreaCode, StringComparer.Ordinal)],
            hotspotsA, hotspotsB);
    }

    private async Task<AnalysisRunEntity> GetAsync(long runId, CancellationToken ct) =>
        await runs.GetAsync(runId, ct).ConfigureAwait(false) ?? throw new ArgumentException(NoRun(runId));

    private static string NoRun(long id) => $"there is no run {id}: geo runs list shows the stored runs.";

    private static (string, string, string) Key(RunPriorityEntity p) => (p.TargetKind, p.TargetId, p.CategoryGroup);

    private static RankChange Rank(RunPriorityEntity p, int? a, int? b) => new(p.TargetKind, p.TargetId, p.CategoryGroup, a, b, p.ReasonsSv, p.ReasonsEn);

    private static string Period(DateOnly from, DateOnly to) => string.Create(CultureInfo.InvariantCulture, $"{from:yyyy-MM-dd}–{to:yyyy-MM-dd}");
}
