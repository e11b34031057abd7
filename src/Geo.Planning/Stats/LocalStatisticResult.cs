using Geo.Analysis.Inference;

namespace Geo.Planning.Stats;

/// <summary>What a local statistic found, with its rows and everything chosen on the way.</summary>
/// <param name="Layer">The analysed layer.</param>
/// <param name="Grid">The grid in grid mode, else null.</param>
/// <param name="Result">The statistic per location.</param>
/// <param name="Rows">One output row per location.</param>
/// <param name="Notices">What was read and chosen (input, boundary, grid, weights, permutations, correction, p basis).</param>
/// <param name="Warnings">What the user should know before trusting the classes (the permutation floor; locations whose statistic is undefined and why).</param>
public sealed record LocalStatisticResult(
    ValueLayer Layer, PointGrid? Grid, LocalResult Result, IReadOnlyList<StatsRow> Rows, IReadOnlyList<string> Notices, IReadOnlyList<string> Warnings);
