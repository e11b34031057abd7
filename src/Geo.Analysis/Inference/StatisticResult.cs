namespace Geo.Analysis.Inference;

/// <summary>
/// The one result shape of a global statistic (esda's vocabulary): the statistic, its expectation and variance under
/// the null, the z-score and two-sided normal p-value, and — when permutations were run — the pseudo p-value
/// (M + 1) / (R + 1) with the number of permutations R and the seed that reproduces them. When the statistic is undefined
/// (zero variance) every number is NaN and <see cref="Undefined"/> says why.
/// </summary>
public sealed record StatisticResult(
    double Statistic,
    double Expected,
    double Variance,
    double Z,
    double P,
    double? PseudoP = null,
    int Permutations = 0,
    ulong? Seed = null,
    string? Undefined = null);
