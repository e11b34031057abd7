using Geo.Analysis.Inference;

namespace Geo.Analysis.SpaceTime;

/// <summary>
/// The Mann–Kendall trend of every location's series in a <see cref="SpaceTimeCube"/> (sfhotspot-style per-cell trends):
/// locations whose series is constant (no events in any step, or the same value in every step) are not tested: class
/// <see cref="TrendClass.Undefined"/> with the reason (<see cref="InputCheck.ConstantSeries"/>); one multiple-testing
/// correction over the tested locations; classes increasing / decreasing / no trend at <c>alpha</c> on the corrected p.
/// The whole area's summed series is tested too (undefined when it is constant).
/// </summary>
public static class CellTrends
{
    public static CellTrendResult Test(SpaceTimeCube cube, double alpha, Correction correction)
    {
        ArgumentNullException.ThrowIfNull(cube);
        if (!(alpha is > 0 and < 1)) throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "alpha must be between 0 and 1.");
        var n = cube.Locations;
        var whole = new double[cube.Steps];
        var trend = new MannKendallResult?[n];
        var p = new double[n];
        var undefined = new string?[n];
        for (var c = 0; c < n; c++)
        {
            var series = cube.Series(c);
            for (var t = 0; t < series.Length; t++) whole[t] += series[t];
            undefined[c] = InputCheck.ConstantSeries(series);
            if (undefined[c] is not null)
            {
                p[c] = double.NaN;
                continue;
            }
            trend[c] = MannKendall.Test(series);
            p[c] = trend[c]!.P;
        }
        var adjusted = MultipleTesting.Adjust(p, correction);
        var classes = new TrendClass[n];
        for (var c = 0; c < n; c++) classes[c] = trend[c] is { } r ? Classify(r, adjusted[c], alpha) : TrendClass.Undefined;
        return new CellTrendResult(trend, adjusted, classes, MannKendall.Test(whole), whole, alpha, correction, undefined,
            InputCheck.ConstantSeries(whole));
    }

    /// <summary>The class of one test given its (corrected) p-value; undefined when the test is (a constant series).</summary>
    public static TrendClass Classify(MannKendallResult r, double p, double alpha) =>
        double.IsNaN(r.P) ? TrendClass.Undefined
        : !(p <= alpha) || r.Trend == 0 ? TrendClass.NoTrend : r.Trend > 0 ? TrendClass.Increasing : TrendClass.Decreasing;
}
