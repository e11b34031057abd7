using Geo.Analysis.Inference;

namespace Geo.Planning.Stats;

/// <summary>Global Moran's I with the layer, the grid (in grid mode), the weights' description and the notices.</summary>
public sealed record MoranResult(ValueLayer Layer, PointGrid? Grid, StatisticResult Result, string Weights, IReadOnlyList<string> Notices);
