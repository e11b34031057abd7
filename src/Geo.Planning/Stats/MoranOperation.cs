using Geo.Analysis.Statistics;
using Geo.Analysis.Weights;

namespace Geo.Planning.Stats;

/// <summary>Global Moran's I: z and p under randomisation, permutation pseudo p.</summary>
public sealed class MoranOperation(StatsFiles files)
{
    public MoranResult Run(MoranRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Permutations < 0) throw new ArgumentException($"--permutations must be 0 or more, got {request.Permutations}.");
        var (layer, grid) = request.Layer.Load(files);
        var notices = new List<string>(grid?.Notices ?? layer.Notices);
        var (w, desc) = WeightsSpec.Build(layer, request.Weights, request.Layer.IdField, grid?.Grid);
        notices.Add($"weights: {desc}, row-standardised; permutations: {request.Permutations}; seed: {request.Seed}");
        var check = StatsInputCheck.Run(layer, w, grid, request.Weights, local: false);
        notices.AddRange(StatsInputCheck.Lines(check));
        var r = GlobalMoran.Compute(layer.Values, WeightsTransform.RowStandardise(w), request.Permutations, request.Seed);
        return new MoranResult(layer, grid, r, desc, notices);
    }
}
