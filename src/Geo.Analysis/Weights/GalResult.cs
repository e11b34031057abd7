namespace Geo.Analysis.Weights;

/// <summary>
/// Weights read from a GAL or GWT file with the file's location ids: <c>Ids[i]</c> is the id of location i
/// (0-based index in the weights).
/// </summary>
/// <param name="Weights">The weights, indexed 0..n-1.</param>
/// <param name="Ids">The id in the file of each location, in index order.</param>
public sealed record GalResult(SpatialWeights Weights, IReadOnlyList<string> Ids);
