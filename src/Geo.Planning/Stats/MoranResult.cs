using Geo.Analysis.Inference;

namespace Geo.Planning.Stats;

/// <summary>
/// Global Moran's I with the layer, the grid (in grid mode), the weights' description and the notices. When all values are
/// equal I is undefined: <c>Result.Undefined</c> says why and every number is NaN (no p-value).
/// </summary>
public sealed record MoranResult(ValueLayer Layer, PointGrid? Grid, StatisticResult Result, string Weights, IReadOnlyList<string> Notices);
