using Geo.Analysis.Grids;
using Geo.Analysis.SpaceTime;
using Geo.Analysis.Weights;

namespace Geo.Planning.Stats;

/// <summary>
/// Emerging hot spot analysis (ArcGIS Pro's 17 classes): Gi* (analytic z, binary queen or hexagonal weights with self) of
/// every time step's counts with the correction applied per step, then the Mann–Kendall trend of each cell's Gi* z series.
/// </summary>
public sealed class EmergingOperation(StatsFiles files)
{
    /// <summary>ArcGIS Pro asks for at least this many time steps for the trend and the 90% rules.</summary>
    public const int RecommendedSteps = 10;

    public EmergingResult Run(SpaceTimeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var significance = Significance.Resolve(request.Significance);
        var layer = SpaceTimeLayer.Load(request, files);
        var grid = layer.Grid.Grid;
        var w = WeightsTransform.WithSelf(grid.Weights(ContiguityRule.Queen));
        var notices = new List<string>(layer.Notices)
        {
            $"weights: {(grid.Shape == GridShape.Hexagonal ? "hexagonal neighbours" : "queen contiguity")} of the grid cells with self, binary; " +
            $"correction: {StatsNames.Of(significance.Correction)} per time step; " +
            $"alpha: {significance.Alpha.ToString(System.Globalization.CultureInfo.InvariantCulture)}; trend alpha 0.05",
        };
        if (layer.Cube.Steps < RecommendedSteps)
            notices.Add($"note: {layer.Cube.Steps} time steps; ArcGIS Pro asks for at least {RecommendedSteps} for the trend and the 90% rules.");
        var check = StatsInputCheck.Run(layer.Grid.AsLayer("events"), w, layer.Grid, null, local: true, checkVariance: false);
        notices.AddRange(StatsInputCheck.Lines(check));
        var r = EmergingHotspots.Classify(layer.Cube, w, significance.Alpha, significance.Correction);
        var flatSteps = Enumerable.Range(0, r.Steps.Length).Where(t => r.Steps[t].UndefinedCount == r.Count).ToList();
        if (flatSteps.Count > 0)
            notices.Add($"note: Gi* is undefined for every cell in {flatSteps.Count} of {r.Steps.Length} time steps " +
                        $"(first {layer.Cube.StepStarts[flatSteps[0]]:yyyy-MM-dd}: {r.Steps[flatSteps[0]].Undefined.GroupBy(u => u).MaxBy(g => g.Count())!.Key}); there no cell is hot or cold and z counts as 0 in the trend.");
        var last = r.Steps[^1];
        var rows = Enumerable.Range(0, r.Count).Select(i => r.Undefined[i] is { } why ? StatsRow.Undefined(i, why)
            : double.IsNaN(r.Trend[i].P)
                ? new StatsRow(i, null, null, null, null, StatsRow.Num(last.PAdjusted[i]), StatsNames.Of(r.Class[i]), "constant Gi* z series: no trend test")
                : new StatsRow(i, r.Trend[i].S, StatsRow.Num(r.Trend[i].Z), StatsRow.Num(r.Trend[i].P), null,
                    StatsRow.Num(last.PAdjusted[i]), StatsNames.Of(r.Class[i]))).ToList();
        return new EmergingResult(layer, r, rows, notices);
    }
}
