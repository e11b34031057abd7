using Geo.Analysis.Disclosure;
using Geo.Storage;

namespace Geo.Planning.Exports.Release;

/// <summary>
/// The area counts of a run as linked tables, built the same way every time from the stored run (so that a recorded
/// release's statuses can be laid back onto them): for each period and category group, the run's areas, the areas of every
/// coarser set they nest in (Σ of their run areas), the study area <c>*</c> and the incidents in no area (<c>outside</c> =
/// <c>*</c> − Σ areas); relations coarse = Σ fine, <c>*</c> = Σ areas + outside (for the run's set and every coarser set),
/// and, when the groups partition the total, total = Σ groups for every area.
/// </summary>
internal sealed class ReleaseAreaTables
{
    public const string StudyAreaSet = "*";
    public const string StudyAreaCode = "*";
    public const string OutsideCode = "outside";
    public const string TotalGroup = "total";

    private readonly Dictionary<(string Set, string Code, string Group, ReleasePeriod Period), int> _index = [];

    public LinkedTables Tables { get; } = new();

    /// <summary>The counts, all Published; count i is cell i of <see cref="Tables"/>.</summary>
    public List<ReleasedCount> Counts { get; } = [];

    public List<string> AreaSets { get; } = [];

    public List<string> Notices { get; } = [];

    public ReleaseRunInfo Run { get; }

    private ReleaseAreaTables(ReleaseRunInfo run) => Run = run;

    /// <summary>The dates of a period of the run.</summary>
    public (DateOnly From, DateOnly To) Dates(ReleasePeriod period) =>
        period == ReleasePeriod.Main ? (Run.PeriodFrom, Run.PeriodTo) : (Run.CompareFrom!.Value, Run.CompareTo!.Value);

    public int? IndexOf(string set, string code, string group, ReleasePeriod period) =>
        _index.TryGetValue((set, code, group, period), out var i) ? i : null;

    public static ReleaseAreaTables Build(ReleaseRunInfo run, IReadOnlyList<ReleaseAreaRow> rows, IReadOnlyList<ReleaseNesting> nesting)
    {
        var t = new ReleaseAreaTables(run);
        var runSet = run.AreaSet ?? "area";
        var star = rows.Where(r => r.IsReference || r.AreaCode == StudyAreaCode).ToDictionary(r => r.Group, StringComparer.Ordinal);
        var fineRows = rows.Where(r => !(r.IsReference || r.AreaCode == StudyAreaCode)).ToList();
        var fine = fineRows.GroupBy(r => r.AreaCode, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToDictionary(r => r.Group, StringComparer.Ordinal), StringComparer.Ordinal);
        var groups = rows.Select(r => r.Group).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var hasCompare = run.CompareFrom is not null && run.CompareTo is not null && rows.Count > 0 && rows.All(r => r.IncidentsCompare is not null);
        ReleasePeriod[] periods = hasCompare ? [ReleasePeriod.Main, ReleasePeriod.Compare] : [ReleasePeriod.Main];
        static int Value(ReleaseAreaRow? r, ReleasePeriod p) => r is null ? 0 : p == ReleasePeriod.Main ? r.Incidents : r.IncidentsCompare ?? 0;

        // Coarser sets the run's areas nest in: every run area's point on surface in exactly one area of the set, that area
        // covering (nearly) all of it, and fewer areas in the set than in the run's.
        var coarse = new List<(string Set, Dictionary<string, string> Parent, Dictionary<string, string?> Names)>();
        foreach (var set in nesting.GroupBy(n => n.AreaSet, StringComparer.Ordinal).OrderByDescending(g => g.First().SetAreas).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            var byFine = set.GroupBy(n => n.FineCode, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            var nests = set.First().SetAreas < fine.Count && fine.Keys.All(code => byFine.TryGetValue(code, out var hits)
                && hits.Count == 1 && hits[0].Hits == 1 && hits[0].CoarseCode is not null && hits[0].Share >= 0.9);
            if (!nests)
            {
                t.Notices.Add($"area set {set.Key} is left out: the run's areas ({runSet}) do not nest in it.");
                continue;
            }
            coarse.Add((set.Key, fine.Keys.ToDictionary(c => c, c => byFine[c][0].CoarseCode!, StringComparer.Ordinal),
                fine.Keys.Select(c => byFine[c][0]).GroupBy(n => n.CoarseCode!, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.First().CoarseName, StringComparer.Ordinal)));
        }
        t.AreaSets.Add(runSet);
        t.AreaSets.AddRange(coarse.Select(c => c.Set));
        t.AreaSets.Add(StudyAreaSet);

        // The groups partition the total when Σ groups = total for every area and period.
        var parts = groups.Where(g => g != TotalGroup).ToList();
        var partition = groups.Contains(TotalGroup) && parts.Count > 0
            && fine.Values.Append(star).All(area => periods.All(p =>
                area.ContainsKey(TotalGroup) && parts.Sum(g => Value(area.GetValueOrDefault(g), p)) == Value(area[TotalGroup], p)));
        if (!partition && groups.Contains(TotalGroup) && parts.Count > 0)
            t.Notices.Add("the category groups do not partition the total (an incident in several groups or none): the relation total = Σ groups is left out.");

        // outside = * − Σ areas must be a count (≥ 0) for every group and period, else the study-area relation is left out.
        var hasStar = star.Count > 0;
        var outsideOk = hasStar && groups.All(g => periods.All(p => Value(star.GetValueOrDefault(g), p) - fine.Values.Sum(a => Value(a.GetValueOrDefault(g), p)) >= 0));
        if (hasStar && !outsideOk)
            t.Notices.Add("the study area's count is below the sum of its areas' (overlapping areas): the relation study area = Σ areas + outside is left out.");

        var firstParent = coarse.Count > 0 ? coarse[0].Parent : null;
        var position = fine.Keys.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        foreach (var p in periods)
        {
            foreach (var g in groups)
            {
                var fineCells = new List<int>();
                foreach (var (code, byGroup) in fine)
                {
                    var r = byGroup.GetValueOrDefault(g);
                    fineCells.Add(t.Add(runSet, code, r?.AreaName ?? byGroup.Values.First().AreaName, firstParent?.GetValueOrDefault(code), g, p, Value(r, p),
                        byGroup.Values.First().Population));
                }
                var coarseTotals = new List<List<int>>();
                foreach (var (set, parent, names) in coarse)
                {
                    var cells = new List<int>();
                    foreach (var members in fine.Keys.GroupBy(c => parent[c], StringComparer.Ordinal).OrderBy(m => m.Key, StringComparer.Ordinal))
                    {
                        var memberCells = members.Select(m => fineCells[position[m]]).ToList();
                        var pops = members.Select(m => fine[m].Values.First().Population).Where(x => x is not null).ToList();
                        var cell = t.Add(set, members.Key, names.GetValueOrDefault(members.Key), null, g, p, memberCells.Sum(i => t.Counts[i].Value),
                            pops.Count == 0 ? null : pops.Sum());
                        t.Tables.AddRelation(cell, memberCells);
                        cells.Add(cell);
                    }
                    coarseTotals.Add(cells);
                }
                if (!hasStar) continue;
                var starRow = star.GetValueOrDefault(g);
                var starCell = t.Add(StudyAreaSet, StudyAreaCode, starRow?.AreaName, null, g, p, Value(starRow, p), star.Values.First().Population);
                if (!outsideOk) continue;
                var outside = t.Add(StudyAreaSet, OutsideCode, null, null, g, p, t.Counts[starCell].Value - fineCells.Sum(i => t.Counts[i].Value), null);
                t.Tables.AddRelation(starCell, [.. fineCells, outside]);
                foreach (var cells in coarseTotals) t.Tables.AddRelation(starCell, [.. cells, outside]);
            }
            if (!partition) continue;
            foreach (var key in t.Counts.Where(c => c.Period == p && c.Group == TotalGroup).Select(c => (c.AreaSet, c.AreaCode)).ToList())
            {
                var total = t._index[(key.AreaSet, key.AreaCode, TotalGroup, p)];
                t.Tables.AddRelation(total, parts.Select(g => t._index[(key.AreaSet, key.AreaCode, g, p)]).ToList());
            }
        }
        return t;
    }

    private int Add(string set, string code, string? name, string? parent, string group, ReleasePeriod period, int value, int? population)
    {
        var i = Tables.AddCell(value);
        Counts.Add(new ReleasedCount(set, code, name, parent, group, period, value, population, CellStatus.Published));
        _index.Add((set, code, group, period), i);
        return i;
    }
}
