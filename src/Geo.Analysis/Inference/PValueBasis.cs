namespace Geo.Analysis.Inference;

/// <summary>
/// Which p-value decides significance (and receives the single multiple-testing correction) in a local statistic.
/// Both are always reported; this only chooses the one the classes are read from.
/// </summary>
public enum PValueBasis
{
    /// <summary>
    /// The two-sided normal p of the analytic z-score. The default for Getis–Ord Gi/Gi* (ArcGIS Pro's Hot Spot Analysis
    /// and spdep <c>localG</c> read the z-score): it is continuous, so a false-discovery-rate correction over a
    /// 10,000-cell grid can still reach significance, which a pseudo p with a floor of 1/(R + 1) cannot.
    /// </summary>
    Analytic,

    /// <summary>
    /// The folded conditional-permutation pseudo p (one-sided in the observed direction, as in esda and GeoDa).
    /// The default for local Moran's I, whose distribution is skewed so its normal approximation is poor (Anselin 1995,
    /// §4; Sokal, Oden &amp; Thomson 1998). Needs permutations.
    /// </summary>
    Permutation,
}
