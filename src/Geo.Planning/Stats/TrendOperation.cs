using System.Globalization;
using Geo.Analysis.SpaceTime;

namespace Geo.Planning.Stats;

/// <summary>
/// Mann–Kendall trend test (tie-corrected variance) of each grid cell's counts per time step, with one multiple-testing
/// correction over the cells with events; the whole area's series is summarised too.
/// </summary>
public sealed class TrendOperation(StatsFiles files)
{
    public TrendResult Run(SpaceTimeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var significance = Significance.Resolve(request.Significance);
        var layer = SpaceTimeLayer.Load(request, files);
        var t = CellTrends.Test(layer.Cube, significance.Alpha, significance.Correction);
        var n = t.Count;
        var notices = new List<string>(layer.Notices)
        {
            $"tested: {t.Tested} cells with events ({n - t.Tested} without); correction: {StatsNames.Of(significance.Correction)} over the tested cells; " +
            $"alpha: {significance.Alpha.ToString(CultureInfo.InvariantCulture)}",
        };
        var whole = t.WholeSeries;
        var weighted = layer.Grid.Points.Weight is not null;
        notices.Add(string.Create(CultureInfo.InvariantCulture,
            $"whole area: S = {t.Whole.S}, z = {t.Whole.Z:0.###}, p = {t.Whole.P:G4}: {StatsNames.Of(t.WholeClass).Replace('-', ' ')} " +
            $"({whole.Sum():0.#} {(weighted ? "weight" : "events")} in {layer.Cube.Steps} steps, first {whole[0]:0.#}, last {whole[^1]:0.#})"));
        var rows = Enumerable.Range(0, n).Select(c => t.Trend[c] is { } r
            ? new StatsRow(c, r.S, r.Z, r.P, null, StatsRow.Num(t.PAdjusted[c]), StatsNames.Of(t.Class[c]))
            : new StatsRow(c, null, null, null, null, null, StatsNames.Of(TrendClass.NoTrend))).ToList();
        return new TrendResult(layer, t, rows, notices);
    }
}
