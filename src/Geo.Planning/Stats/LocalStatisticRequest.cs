using Geo.Analysis.Inference;

namespace Geo.Planning.Stats;

/// <summary>A local statistic on a layer.</summary>
/// <param name="Layer">The analysed layer.</param>
/// <param name="Statistic">Gi* or local Moran.</param>
/// <param name="Weights">queen | rook | knn:K | band:METRES | FILE.gal; null: the announced default.</param>
/// <param name="Permutations">Conditional permutations for the pseudo p-values (0: none).</param>
/// <param name="Seed">Seed of the permutations.</param>
/// <param name="Significance">Alpha and the multiple-testing correction.</param>
/// <param name="PFrom">Which p decides the classes; null: analytic for Gi* (and without permutations), permutation for LISA.</param>
public sealed record LocalStatisticRequest(
    LayerRequest Layer,
    LocalStatistic Statistic,
    string? Weights = null,
    int Permutations = 999,
    ulong Seed = 42,
    Significance? Significance = null,
    PValueBasis? PFrom = null);
