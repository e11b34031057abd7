using Geo.Analysis.Disclosure;

namespace Geo.Planning.Exports.Release;

/// <summary>
/// The protected release of one run for the roles that do not see small counts (coordinator and partner get the same
/// pattern): every count they can be given (areas of the run's set and of the coarser sets they nest in, the study area,
/// each for every category group and both periods; hotspots; grid cells) with its status, decided once for the run and
/// threshold and recorded (so that later runs' releases cannot be differenced against it). For the analyst, <see cref="Threshold"/>
/// is null and every count is published.
/// </summary>
public sealed class RunRelease(long runId, int? threshold, IReadOnlyList<string> areaSets, IReadOnlyList<ReleasedCount> counts,
    IReadOnlyDictionary<(int Hotspot, ReleasePeriod Period), CellStatus> hotspots, IReadOnlyDictionary<int, CellStatus> hiddenCells)
{
    private readonly Dictionary<(string Set, string Code, string Group, ReleasePeriod Period), ReleasedCount> _byKey =
        counts.ToDictionary(c => (c.AreaSet, c.AreaCode, c.Group, c.Period));

    public long RunId { get; } = runId;

    /// <summary>k, or null when nothing is suppressed (the analyst's release).</summary>
    public int? Threshold { get; } = threshold;

    /// <summary>The area sets with counts: the run's own first, then the coarser sets its areas nest in, then <c>*</c> (the study area).</summary>
    public IReadOnlyList<string> AreaSets { get; } = areaSets;

    /// <summary>Every released area count.</summary>
    public IReadOnlyList<ReleasedCount> Counts { get; } = counts;

    /// <summary>The status of an area count (Published when the release does not hold it).</summary>
    public CellStatus Area(string areaSet, string areaCode, string group, ReleasePeriod period) =>
        _byKey.TryGetValue((areaSet, areaCode, group, period), out var c) ? c.Status : CellStatus.Published;

    /// <summary>The released count of an area, or null when the release does not hold it.</summary>
    public ReleasedCount? Find(string areaSet, string areaCode, string group, ReleasePeriod period) =>
        _byKey.GetValueOrDefault((areaSet, areaCode, group, period));

    /// <summary>The status of a hotspot's count.</summary>
    public CellStatus Hotspot(int hotspotId, ReleasePeriod period) => hotspots.GetValueOrDefault((hotspotId, period));

    /// <summary>
    /// The status of a grid cell's count of <paramref name="incidents"/>: a count from 1 to k − 1 is small by its value; the
    /// release keeps only the cells hidden beyond that (complements, withheld), so that a run of a million cells costs no
    /// more than its hotspots.
    /// </summary>
    public CellStatus Cell(int cellId, int? incidents) => Of(hiddenCells, cellId, incidents);

    /// <summary>The status of a grid cell's comparison-period count, as <see cref="Cell"/>.</summary>
    public CellStatus CellCompare(int cellId, int? incidents) => Of(HiddenCompareCells, cellId, incidents);

    private CellStatus Of(IReadOnlyDictionary<int, CellStatus> hidden, int cellId, int? incidents) =>
        hidden.TryGetValue(cellId, out var s) ? s
        : Threshold is { } k && incidents is > 0 && incidents < k ? CellStatus.Small : CellStatus.Published;

    /// <summary>How many grid-cell counts (both periods) are small.</summary>
    public int GridSmall { get; init; }

    /// <summary>What the release had to leave out or decide, in words (English): relations not used, area sets that do not nest, counts forced hidden by the ledger.</summary>
    public IReadOnlyList<string> Notices { get; init; } = [];

    /// <summary>The linked area tables the pattern protects (cell i is <see cref="Counts"/>[i]); null for the analyst's release.</summary>
    public LinkedTables? AreaTables { get; init; }

    /// <summary>The pattern of <see cref="AreaTables"/> (as recorded in the ledger); null for the analyst's release.</summary>
    public SuppressionPattern? AreaPattern { get; init; }

    /// <summary>The linked hotspot and grid-cell tables (hotspot = Σ its cells, per period); null for the analyst's release.</summary>
    public LinkedTables? HotspotTables { get; init; }

    /// <summary>The pattern of <see cref="HotspotTables"/>; null for the analyst's release.</summary>
    public SuppressionPattern? HotspotPattern { get; init; }

    /// <summary>How many area counts the ledger forced hidden (same period hidden before, or a small difference with a nesting period).</summary>
    public int LedgerForced { get; init; }

    /// <summary>
    /// The area cells (indices of <see cref="Counts"/>) the disclosure control reported it cannot protect by hiding
    /// (<see cref="SuppressionPattern.Unprotectable"/>), when the release was made in this process; empty when read back from the ledger.
    /// </summary>
    public IReadOnlyList<int> Unprotectable { get; init; } = [];

    /// <summary>True when the area statuses were read back from the ledger (recorded by an earlier call or process).</summary>
    public bool FromLedger { get; init; }

    /// <summary>The grid cells' comparison-period counts hidden beyond the primary rule (cell id → status).</summary>
    public IReadOnlyDictionary<int, CellStatus> HiddenCompareCells { get; init; } = new Dictionary<int, CellStatus>();

    /// <summary>Every hotspot count's status (hotspot id and period).</summary>
    public IReadOnlyDictionary<(int Hotspot, ReleasePeriod Period), CellStatus> Hotspots => hotspots;

    /// <summary>The grid cells' main-period counts hidden beyond the primary rule (cell id → status: secondary or withheld).</summary>
    public IReadOnlyDictionary<int, CellStatus> HiddenCells => hiddenCells;

    /// <summary>True when the count is hidden (small or secondary).</summary>
    public static bool Hidden(CellStatus status) => status != CellStatus.Published;

    /// <summary>How many counts are small (primary).</summary>
    public int SmallCells => Counts.Count(c => c.Status == CellStatus.Small) + hotspots.Values.Count(s => s == CellStatus.Small) + GridSmall;

    /// <summary>How many counts are hidden as complements or forced (secondary).</summary>
    public int SecondaryCells => Counts.Count(c => c.Status == CellStatus.Secondary) + hotspots.Values.Count(s => s == CellStatus.Secondary) + hiddenCells.Values.Count(s => s == CellStatus.Secondary)
        + HiddenCompareCells.Values.Count(s => s == CellStatus.Secondary);
}
