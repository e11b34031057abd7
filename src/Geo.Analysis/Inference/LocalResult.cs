namespace Geo.Analysis.Inference;

/// <summary>
/// The one result shape of a local statistic (esda's vocabulary), one entry per location:
/// the statistic, its expectation and variance under the null, the z-score and two-sided normal p-value,
/// the folded conditional-permutation pseudo p-value (one-sided in the observed direction, as esda and GeoDa; null when
/// no permutations were run), the p-value after the multiple-testing <see cref="Correction"/> (applied exactly once, to
/// the p-value named by <see cref="Basis"/>; islands excluded) and the resulting class at level <see cref="Alpha"/>.
/// Undefined locations (islands without neighbours, every location when all values are equal, a location whose
/// statistic has variance 0) carry NaN statistics and p-values, class <see cref="LocalClass.Undefined"/> and the reason
/// in <see cref="Undefined"/>; they are not counted in the correction.
/// </summary>
public sealed record LocalResult(
    double[] Statistic,
    double[] Expected,
    double[] Variance,
    double[] Z,
    double[] P,
    double[]? PseudoP,
    double[] PAdjusted,
    LocalClass[] Class,
    int Permutations,
    ulong Seed,
    double Alpha,
    Correction Correction,
    PValueBasis Basis,
    string?[] Undefined)
{
    /// <summary>Number of locations whose statistic is undefined.</summary>
    public int UndefinedCount => Undefined.Count(r => r is not null);

    /// <summary>Number of locations.</summary>
    public int Count => Statistic.Length;
}
