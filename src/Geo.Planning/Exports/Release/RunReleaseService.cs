using System.Collections.Concurrent;
using Geo.Analysis.Disclosure;
using Geo.Core.Domain;
using Geo.Planning.Runs;
using Geo.Storage;

namespace Geo.Planning.Exports.Release;

/// <summary>
/// The protected release of a stored run for a role (see <see cref="RunRelease"/>): built once per run and threshold
/// (the study area's <c>suppress_below</c>), recorded in the disclosure ledger, and read back from it afterwards.
/// The area counts' statuses are recorded (<c>disclosure_release_cell</c>); hotspot and grid-cell statuses are recomputed
/// deterministically from the run (the same cells, relations and order every time) with the recorded study-area total's
/// status. Coordinator and partner (every role but the analyst's) get the same release.
/// </summary>
public sealed class RunReleaseService(DisclosureStore store)
{
    private readonly ConcurrentDictionary<(long RunId, int Threshold), RunRelease> _cache = new();
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>The release of run <paramref name="runId"/> as <paramref name="role"/> may see it.</summary>
    /// <exception cref="KeyNotFoundException">There is no completed run <paramref name="runId"/>.</exception>
    public async Task<RunRelease> GetAsync(long runId, string role, CancellationToken ct = default)
    {
        var run = await store.RunAsync(runId, ct).ConfigureAwait(false)
                  ?? throw new KeyNotFoundException($"there is no completed run {runId}: geo runs list shows the stored runs.");
        var k = Roles.SeesSmallCounts(role) || run.SuppressBelow <= 1 ? 0 : run.SuppressBelow;
        if (_cache.TryGetValue((runId, k), out var cached)) return cached;
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (_cache.TryGetValue((runId, k), out cached)) return cached;
            var release = k == 0 ? await OpenAsync(run, ct).ConfigureAwait(false) : await ProtectedAsync(run, k, ct).ConfigureAwait(false);
            _cache[(runId, k)] = release;
            return release;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The threshold k of study area <paramref name="studyAreaCode"/> (counts from 1 to k − 1 are hidden from coordinator and partner).</summary>
    /// <exception cref="ArgumentException">There is no such study area.</exception>
    public async Task<int> SuppressBelowAsync(string studyAreaCode, CancellationToken ct = default) =>
        await store.SuppressBelowAsync(studyAreaCode, ct).ConfigureAwait(false)
        ?? throw new ArgumentException($"there is no study area {studyAreaCode}: geo study-area list shows them.");

    /// <summary>
    /// Sets the threshold k of study area <paramref name="studyAreaCode"/> (1 hides nothing; at most 1000). Releases
    /// already recorded at another k stay recorded; the next release of a run is made (and recorded) at the new k.
    /// </summary>
    /// <exception cref="ArgumentException">k out of range, or no such study area.</exception>
    public async Task SetSuppressBelowAsync(string studyAreaCode, int k, CancellationToken ct = default)
    {
        if (k is < 1 or > 1000) throw new ArgumentException($"the threshold must be from 1 (nothing hidden) to 1000, not {k}.");
        if (!await store.SetSuppressBelowAsync(studyAreaCode, k, ct).ConfigureAwait(false))
            throw new ArgumentException($"there is no study area {studyAreaCode}: geo study-area list shows them.");
    }

    /// <summary>The ledger's categories key of a run: its categories sorted and joined with ',' ('' = every category).</summary>
    public static string CategoriesKey(IReadOnlyList<string> categories) => string.Join(',', categories.Order(StringComparer.Ordinal));

    private async Task<ReleaseAreaTables> AreaTablesAsync(ReleaseRunInfo run, CancellationToken ct)
    {
        var rows = await store.AreaRowsAsync(run.RunId, ct).ConfigureAwait(false);
        var nesting = run.AreaSet is null ? [] : await store.NestingAsync(run.StudyAreaCode, run.AreaSet, ct).ConfigureAwait(false);
        return ReleaseAreaTables.Build(run, rows, nesting);
    }

    private async Task<RunRelease> OpenAsync(ReleaseRunInfo run, CancellationToken ct)
    {
        var t = await AreaTablesAsync(run, ct).ConfigureAwait(false);
        return new RunRelease(run.RunId, null, t.AreaSets, t.Counts, new Dictionary<(int, ReleasePeriod), CellStatus>(), new Dictionary<int, CellStatus>())
        {
            Notices = t.Notices,
        };
    }

    private async Task<RunRelease> ProtectedAsync(ReleaseRunInfo run, int k, CancellationToken ct)
    {
        var t = await AreaTablesAsync(run, ct).ConfigureAwait(false);
        var notices = new List<string>(t.Notices);
        var recorded = await store.ReleaseAsync(run.RunId, k, ct).ConfigureAwait(false);
        CellStatus[] status;
        IReadOnlyList<int> unprotectable = [];
        var forced = 0;
        if (recorded is null)
        {
            await using var session = await store.BeginAsync(run.StudyAreaCode, ct).ConfigureAwait(false);
            recorded = await session.ReleaseAsync(run.RunId, k, ct).ConfigureAwait(false);
            if (recorded is null)
            {
                var earlier = await session.EarlierCellsAsync(run.StudyAreaCode, CategoriesKey(run.Categories), k, run.RunId, ct).ConfigureAwait(false);
                forced = ReleaseLedger.Force(t, earlier, k);
                if (forced > 0) notices.Add($"{forced} counts hidden because an earlier release of a nesting or the same period would disclose a small difference (the ledger).");
                var protectedPattern = SecondarySuppression.Protect(t.Tables, k, ct);
                unprotectable = protectedPattern.Unprotectable;
                if (unprotectable.Count > 0)
                    notices.Add($"{unprotectable.Count} small counts cannot be protected by hiding other counts (e.g. a total of 2 over two groups of 1): see Unprotectable.");
                status = Complete(t.Tables, protectedPattern);
                var cells = t.Counts.Select((c, i) =>
                {
                    var (from, to) = t.Dates(c.Period);
                    return new LedgerCell(run.RunId, c.AreaSet, c.AreaCode, c.Group, from, to, c.Value, Text(status[i]));
                }).ToList();
                await session.RecordAsync(new LedgerRelease(run.StudyAreaCode, run.RunId, k, CategoriesKey(run.Categories), run.PeriodFrom, run.PeriodTo,
                    run.CompareFrom, run.CompareTo, status.Count(s => s == CellStatus.Small), status.Count(s => s == CellStatus.Secondary), AnalyzeService.GeoVersion),
                    cells, ct).ConfigureAwait(false);
                await session.CommitAsync(ct).ConfigureAwait(false);
            }
            else status = FromLedger(t, recorded.Value.Cells, notices);
        }
        else status = FromLedger(t, recorded.Value.Cells, notices);

        var counts = t.Counts.Select((c, i) => c with { Status = status[i] }).ToList();
        var spots = await ReleaseHotspotTables.BuildAsync(store, t, status, k, ct).ConfigureAwait(false);
        notices.AddRange(spots.Notices);
        return new RunRelease(run.RunId, k, t.AreaSets, counts, spots.Hotspots, spots.HiddenCells)
        {
            Notices = notices,
            AreaTables = t.Tables,
            AreaPattern = new SuppressionPattern(k, status),
            HotspotTables = spots.Tables,
            HotspotPattern = spots.Pattern,
            HiddenCompareCells = spots.HiddenCompareCells,
            GridSmall = spots.GridSmall,
            LedgerForced = forced,
            Unprotectable = unprotectable,
            FromLedger = recorded is not null,
        };
    }

    private static CellStatus[] FromLedger(ReleaseAreaTables t, IReadOnlyList<LedgerCell> cells, List<string> notices)
    {
        var byKey = cells.ToDictionary(c => (c.AreaSet, c.AreaCode, c.Group, c.PeriodFrom, c.PeriodTo), c => c.Status);
        var status = new CellStatus[t.Counts.Count];
        var missing = 0;
        for (var i = 0; i < status.Length; i++)
        {
            var c = t.Counts[i];
            var (from, to) = t.Dates(c.Period);
            if (byKey.TryGetValue((c.AreaSet, c.AreaCode, c.Group, from, to), out var s)) status[i] = Parse(s);
            else
            {
                status[i] = CellStatus.Secondary;
                missing++;
            }
        }
        if (missing > 0) notices.Add($"{missing} counts are not in the recorded release: hidden.");
        return status;
    }

    /// <summary>
    /// The pattern's statuses, then a guard: while a relation has exactly one hidden cell (which its shown cells would
    /// determine), its smallest shown non-zero cell is hidden too (secondary). The disclosure control's own complement
    /// search makes this a no-op; it keeps forced cells (the ledger's) from being recomputed from one relation.
    /// </summary>
    internal static CellStatus[] Complete(LinkedTables tables, SuppressionPattern pattern)
    {
        var s = new CellStatus[pattern.Count];
        for (var i = 0; i < s.Length; i++) s[i] = pattern[i];
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var r in tables.Relations)
            {
                var hidden = (s[r.Total] != CellStatus.Published ? 1 : 0) + r.Parts.Count(p => s[p] != CellStatus.Published);
                if (hidden != 1) continue;
                var candidates = r.Parts.Append(r.Total).Where(c => s[c] == CellStatus.Published && tables.Value(c) > 0).ToList();
                if (candidates.Count == 0) continue;
                var pick = candidates.OrderBy(tables.Value).ThenBy(c => c).First();
                s[pick] = CellStatus.Secondary;
                changed = true;
            }
        }
        return s;
    }

    internal static string Text(CellStatus s) => s switch
    {
        CellStatus.Small => "small",
        CellStatus.Secondary => "secondary",
        CellStatus.Withheld => "withheld",
        _ => ReleaseLedger.Published,
    };

    internal static CellStatus Parse(string s) => s switch
    {
        "small" => CellStatus.Small,
        "secondary" => CellStatus.Secondary,
        "withheld" => CellStatus.Withheld,
        _ => CellStatus.Published,
    };
}
