namespace Geo.Analysis.Concentration;

/// <summary>Crime concentration of counts per unit (cells or places). Shares are fractions in [0, 1]; NaN when the total is 0.</summary>
/// <param name="Units">Number of units N.</param>
/// <param name="Total">Sum of the counts n.</param>
/// <param name="Top1PercentUnits">Units in the top 1% (ceil(0.01·N)).</param>
/// <param name="Top1PercentShare">Share of the total in the top 1% of units.</param>
/// <param name="Top5PercentUnits">Units in the top 5% (ceil(0.05·N)).</param>
/// <param name="Top5PercentShare">Share of the total in the top 5% of units.</param>
/// <param name="Top10PercentUnits">Units in the top 10% (ceil(0.10·N)).</param>
/// <param name="Top10PercentShare">Share of the total in the top 10% of units.</param>
/// <param name="Gini">Classic Gini coefficient G.</param>
/// <param name="GeneralizedGini">Bernasco &amp; Steenbeek's generalised Gini G′ (equals G when n ≥ N).</param>
public sealed record ConcentrationResult(
    int Units,
    double Total,
    int Top1PercentUnits,
    double Top1PercentShare,
    int Top5PercentUnits,
    double Top5PercentShare,
    int Top10PercentUnits,
    double Top10PercentShare,
    double Gini,
    double GeneralizedGini);
