using Geo.Analysis.Disclosure;
using Geo.Storage;

namespace Geo.Planning.Exports.Release;

/// <summary>
/// The hotspot and grid-cell counts of a run as linked tables, per period: a hotspot = Σ of its cells (membership
/// <c>run_cell.hotspot_id</c>, used only when the sums agree), and, only when the cells' total equals the study area's
/// total, the study-area total (hidden when the area release hides it) = Σ every cell. Cells in no relation get the primary
/// rule only and stay out of the tables (a big run has 100,000+ cells): they are not even read, unless the study-area
/// relation needs every cell, and only the cells hidden beyond the primary rule are kept. Recomputed the same way every time.
/// </summary>
internal sealed class ReleaseHotspotTables
{
    public LinkedTables Tables { get; } = new();

    public SuppressionPattern Pattern { get; private set; } = null!;

    public Dictionary<(int Hotspot, ReleasePeriod Period), CellStatus> Hotspots { get; } = [];

    /// <summary>Cells hidden beyond the primary rule (secondary, withheld), main period.</summary>
    public Dictionary<int, CellStatus> HiddenCells { get; } = [];

    /// <summary>Cells hidden beyond the primary rule, comparison period.</summary>
    public Dictionary<int, CellStatus> HiddenCompareCells { get; } = [];

    /// <summary>How many cell counts (both periods) are from 1 to k − 1.</summary>
    public int GridSmall { get; private set; }

    public List<string> Notices { get; } = [];

    public static async Task<ReleaseHotspotTables> BuildAsync(DisclosureStore store, ReleaseAreaTables areas, CellStatus[] areaStatus, int k, CancellationToken ct)
    {
        var run = areas.Run;
        var hotspots = await store.HotspotsAsync(run.RunId, ct).ConfigureAwait(false);
        var totals = await store.CellTotalsAsync(run.RunId, k, ct).ConfigureAwait(false);
        var t = new ReleaseHotspotTables();
        var hasCompare = run.CompareFrom is not null && totals.Cells > 0 && totals.IncidentsCompare is not null
                         && hotspots.All(h => h.IncidentsCompare is not null);
        ReleasePeriod[] periods = hasCompare ? [ReleasePeriod.Main, ReleasePeriod.Compare] : [ReleasePeriod.Main];
        int? StarOf(ReleasePeriod p) => areas.IndexOf(ReleaseAreaTables.StudyAreaSet, ReleaseAreaTables.StudyAreaCode, ReleaseAreaTables.TotalGroup, p);
        bool Linked(ReleasePeriod p) => StarOf(p) is { } s && totals.Cells > 0
            && (p == ReleasePeriod.Main ? totals.Incidents : totals.IncidentsCompare) == areas.Counts[s].Value;
        // Every cell only when the study-area relation needs them all; else the cells of the hotspots.
        var cells = await store.CellsAsync(run.RunId, inHotspotsOnly: !periods.Any(Linked), ct).ConfigureAwait(false);
        t.GridSmall = totals.Small + (hasCompare ? totals.SmallCompare : 0);
        var members = cells.Where(c => c.HotspotId is not null).GroupBy(c => c.HotspotId!.Value).ToDictionary(g => g.Key, g => g.ToList());
        var inTables = new Dictionary<(int Cell, ReleasePeriod Period), int>();
        var spotIndex = new Dictionary<(int Hotspot, ReleasePeriod Period), int>();
        static int Value(ReleaseCellRow c, ReleasePeriod p) => p == ReleasePeriod.Main ? c.Incidents : c.IncidentsCompare ?? 0;
        foreach (var p in periods)
        {
            int CellIndex(ReleaseCellRow c)
            {
                if (inTables.TryGetValue((c.CellId, p), out var i)) return i;
                i = t.Tables.AddCell(Value(c, p));
                inTables[(c.CellId, p)] = i;
                return i;
            }
            var unmatched = 0;
            foreach (var h in hotspots)
            {
                var value = p == ReleasePeriod.Main ? h.Incidents : h.IncidentsCompare ?? 0;
                var spot = t.Tables.AddCell(Math.Max(0, value));
                spotIndex[(h.HotspotId, p)] = spot;
                var own = members.GetValueOrDefault(h.HotspotId) ?? [];
                if (own.Count > 0 && own.Sum(c => Value(c, p)) == value) t.Tables.AddRelation(spot, own.Select(CellIndex).ToList());
                else unmatched++;
            }
            if (unmatched > 0) t.Notices.Add($"{unmatched} hotspots ({p}) are not the sum of their cells: hotspot = Σ cells is left out for them.");
            if (Linked(p) && StarOf(p) is { } s)
            {
                var all = cells.Select(CellIndex).ToList();
                var total = t.Tables.AddCell(areas.Counts[s].Value, forceHidden: areaStatus[s] != CellStatus.Published);
                t.Tables.AddRelation(total, all);
            }
        }
        t.Pattern = new SuppressionPattern(k, RunReleaseService.Complete(t.Tables, SecondarySuppression.Protect(t.Tables, k, ct)));
        foreach (var (key, i) in spotIndex) t.Hotspots[key] = t.Pattern[i];
        foreach (var c in cells)
        {
            foreach (var p in periods)
            {
                // Only what the primary rule does not say already (RunRelease.Cell applies it to the value).
                if (!inTables.TryGetValue((c.CellId, p), out var i) || t.Pattern[i] is CellStatus.Published or CellStatus.Small) continue;
                var status = t.Pattern[i];
                (p == ReleasePeriod.Main ? t.HiddenCells : t.HiddenCompareCells)[c.CellId] = status;
            }
        }
        return t;
    }
}
