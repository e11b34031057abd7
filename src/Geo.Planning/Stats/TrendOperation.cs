using System.Globalization;
using Geo.Analysis.SpaceTime;

namespace Geo.Planning.Stats;

/// <summary>
/// Mann–Kendall trend test (tie-corrected variance) of each grid cell's counts per time step, with one multiple-testing
/// correction over the tested cells; a cell whose series is constant (no events, or the same count every step) gets no
/// trend claim: empty class, null statistics and the reason. The whole area's series is summarised too.
/// </summary>
public sealed class TrendOperation(StatsFiles files)
{
    public TrendResult Run(SpaceTimeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var significance = Significance.Resolve(request.Significance);
        var layer = SpaceTimeLayer.Load(request, files);
        StatsInputCheck.Run(layer.Grid.AsLayer("events"), null, layer.Grid, null, local: true, checkVariance: false);
        var t = CellTrends.Test(layer.Cube, significance.Alpha, significance.Correction);
        var n = t.Count;
        var empty = t.Undefined.Count(u => u == "no events");
        var notices = new List<string>(layer.Notices)
        {
            $"tested: {t.Tested} cells; not tested (no trend test, empty class): {empty} without events, {n - t.Tested - empty} with a constant series; " +
            $"correction: {StatsNames.Of(significance.Correction)} over the tested cells; alpha: {significance.Alpha.ToString(CultureInfo.InvariantCulture)}",
        };
        var whole = t.WholeSeries;
        var weighted = layer.Grid.Points.Weight is not null;
        var counts = string.Create(CultureInfo.InvariantCulture,
            $"({whole.Sum():0.#} {(weighted ? "weight" : "events")} in {layer.Cube.Steps} steps, first {whole[0]:0.#}, last {whole[^1]:0.#})");
        notices.Add(t.WholeUndefined is { } flat
            ? $"whole area: {flat}: no trend test {counts}"
            : string.Create(CultureInfo.InvariantCulture,
                $"whole area: S = {t.Whole.S}, z = {t.Whole.Z:0.###}, p = {t.Whole.P:G4}: {StatsNames.Of(t.WholeClass).Replace('-', ' ')} {counts}"));
        var rows = Enumerable.Range(0, n).Select(c => t.Trend[c] is { } r
            ? new StatsRow(c, r.S, r.Z, r.P, null, StatsRow.Num(t.PAdjusted[c]), StatsNames.Of(t.Class[c]))
            : StatsRow.Undefined(c, t.Undefined[c] ?? "not tested")).ToList();
        return new TrendResult(layer, t, rows, notices);
    }
}
