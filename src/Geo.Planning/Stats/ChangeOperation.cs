using System.Globalization;
using Geo.Analysis.Change;
using Geo.Analysis.Inference;
using Geo.Analysis.Statistics;
using Geo.Analysis.Weights;

namespace Geo.Planning.Stats;

/// <summary>
/// Hot-spot change between two periods on one grid: Gi* (queen contiguity with self, row-standardised, analytic p) of
/// each period's counts, the cross-tabulated change class (<see cref="HotspotChange"/>), and per cell the exact
/// conditional test of the change in count (<see cref="CountChange"/>), each with one multiple-testing correction.
/// </summary>
public sealed class ChangeOperation(StatsFiles files)
{
    public ChangeResult Run(ChangeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var significance = Significance.Resolve(request.Significance);
        var periods = request.From is not null || request.To is not null || request.CompareFrom is not null || request.CompareTo is not null;
        if (request.CompareInput is null && (request.CompareFrom is null || request.CompareTo is null || request.From is null || request.To is null))
            throw new ArgumentException("give both periods (--from/--to and --compare-from/--compare-to) on --time-field, or the comparison period's events with --compare FILE.");
        if (periods && request.TimeField is null) throw new ArgumentException("--time-field NAME is required to split the events into periods.");
        Check(request.From, request.To, "--from", "--to");
        Check(request.CompareFrom, request.CompareTo, "--compare-from", "--compare-to");
        if (request.CompareInput is null && Overlap(request.From!.Value, request.To!.Value, request.CompareFrom!.Value, request.CompareTo!.Value))
            throw new ArgumentException($"the periods {request.CompareFrom:yyyy-MM-dd}..{request.CompareTo:yyyy-MM-dd} and {request.From:yyyy-MM-dd}..{request.To:yyyy-MM-dd} overlap; give two separate periods.");

        var current = files.ReadPoints(request.Input, null, request.TimeField);
        var comparison = request.CompareInput is null ? current : files.ReadPoints(request.CompareInput, null, request.TimeField);
        if (request.CompareInput is not null && current.DeclaredSrid is { } a && comparison.DeclaredSrid is { } b && a != b)
            throw new ArgumentException($"{request.CompareInput} is in EPSG:{b} but {request.Input} in EPSG:{a}; give both in the same CRS.");
        var after = Select(current, request.From, request.To);
        var before = Select(comparison, request.CompareFrom, request.CompareTo);
        if (after.Count == 0) throw new ArgumentException($"no events of {Path.GetFileName(request.Input)} in the current period {Describe(request.From, request.To)}.");
        if (before.Count == 0) throw new ArgumentException($"no events of {Path.GetFileName(comparison.File)} in the comparison period {Describe(request.CompareFrom, request.CompareTo)}.");

        // One grid for both periods, built on all their events.
        var all = current with
        {
            X = [.. before.Select(i => comparison.X[i]), .. after.Select(i => current.X[i])],
            Y = [.. before.Select(i => comparison.Y[i]), .. after.Select(i => current.Y[i])],
            Weight = null,
            Time = null,
        };
        var grid = PointGrid.Build(all, request.Grid ?? new GridRequest(), files);
        var n = grid.Grid.Count;
        var countsBefore = new double[n];
        var countsAfter = new double[n];
        for (var k = 0; k < all.Count; k++)
            if (grid.Cell[k] >= 0) (k < before.Count ? countsBefore : countsAfter)[grid.Cell[k]]++;

        var notices = new List<string>(grid.Notices)
        {
            string.Create(CultureInfo.InvariantCulture,
                $"comparison period (before): {Describe(request.CompareFrom, request.CompareTo)}, {before.Count} events of {Path.GetFileName(comparison.File)} ({countsBefore.Sum():0} on the grid); " +
                $"current period (after): {Describe(request.From, request.To)}, {after.Count} events of {Path.GetFileName(current.File)} ({countsAfter.Sum():0} on the grid)"),
        };
        // The grid's first notice describes the combined layer as if it were the file: say that it holds the two periods.
        var combined = all.Describe();
        if (notices.Count > 0 && notices[0].StartsWith(combined, StringComparison.Ordinal))
            notices[0] = $"{all.Count} events of the two periods, of {current.Describe()}" + notices[0][combined.Length..];
        var warnings = new List<string>();
        if (Days(request.From, request.To, current, after) is { } da && Days(request.CompareFrom, request.CompareTo, comparison, before) is { } db &&
            Math.Abs(da - db) > 0.01 * Math.Max(da, db))
            warnings.Add($"warning: the periods last {db} and {da} days; the count-change test assumes equal exposure, so a longer period looks like an increase. Give periods of equal length (within 1 %).");

        var w = WeightsTransform.RowStandardise(WeightsTransform.WithSelf(grid.Grid.Weights(ContiguityRule.Queen)));
        var gBefore = LocalGetisOrd.Compute(countsBefore, w, true, 0, 0, significance.Alpha, significance.Correction);
        var gAfter = LocalGetisOrd.Compute(countsAfter, w, true, 0, 0, significance.Alpha, significance.Correction);
        var change = HotspotChange.Compare(gBefore, gAfter);
        var counts = CountChange.Test(countsBefore, countsAfter, significance.Alpha, significance.Correction);
        var tested = counts.P.Count(p => !double.IsNaN(p));
        notices.Add($"hot spots: Gi* of each period's counts, {(grid.Grid.Shape == Analysis.Grids.GridShape.Hexagonal ? "hexagonal neighbours" : "queen contiguity")} of the grid cells with self, row-standardised, analytic p; {significance}");
        notices.Add($"count change: exact conditional (binomial) test of before against after in the {tested} cells with events ({n - tested} without are not tested); same correction");
        return new ChangeResult(grid, countsBefore, countsAfter, gBefore, gAfter, change, counts, notices, warnings);
    }

    private static void Check(DateOnly? from, DateOnly? to, string fromName, string toName)
    {
        if (from is { } f && to is { } t && t < f) throw new ArgumentException($"{toName} {t:yyyy-MM-dd} is before {fromName} {f:yyyy-MM-dd}.");
    }

    private static bool Overlap(DateOnly f1, DateOnly t1, DateOnly f2, DateOnly t2) => f1 <= t2 && f2 <= t1;

    private static string Describe(DateOnly? from, DateOnly? to) =>
        from is null && to is null ? "all events" : $"{from?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…"} to {to?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…"}";

    /// <summary>The indices of the events within [from, to] (by their wall-clock date); all without limits.</summary>
    private static List<int> Select(PointLayer points, DateOnly? from, DateOnly? to)
    {
        var selected = new List<int>(points.Count);
        for (var i = 0; i < points.Count; i++)
        {
            if (points.Time is { } times)
            {
                var d = DateOnly.FromDateTime(times[i]);
                if (from is { } f && d < f) continue;
                if (to is { } t && d > t) continue;
            }
            selected.Add(i);
        }
        return selected;
    }

    /// <summary>A period's length in days: from the limits, or where one is missing from the selected events' dates.</summary>
    private static int? Days(DateOnly? from, DateOnly? to, PointLayer points, List<int> selected)
    {
        if (points.Time is not { } times || selected.Count == 0) return null;
        var f = from ?? selected.Select(i => DateOnly.FromDateTime(times[i])).Min();
        var t = to ?? selected.Select(i => DateOnly.FromDateTime(times[i])).Max();
        return t.DayNumber - f.DayNumber + 1;
    }
}
