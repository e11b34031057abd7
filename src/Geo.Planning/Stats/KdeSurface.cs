using Geo.Analysis.Density;

namespace Geo.Planning.Stats;

/// <summary>A kernel density surface in events per km² with what it was made from and how.</summary>
/// <param name="Points">The events.</param>
/// <param name="Result">The densities on the grid (NaN outside the mask) with the bandwidth and its rule.</param>
/// <param name="Mask">Cells inside the boundary, or null without a boundary.</param>
/// <param name="Summary">The cells kept, the largest density and density × cell area summed over the kept cells.</param>
/// <param name="CellSizeRule">How the cell size was chosen.</param>
/// <param name="Kernel">quartic or gaussian.</param>
/// <param name="EdgeCorrected">True when cells near the boundary were renormalised.</param>
/// <param name="Inside">Summed weight (number without weights) of the events inside the boundary.</param>
/// <param name="Notices">What was read and chosen.</param>
/// <param name="Srid">The CRS of the grid: the points' declared CRS, else the boundary's; null when unknown.</param>
public sealed record KdeSurface(
    PointLayer Points, KdeResult Result, bool[]? Mask, DensitySummary Summary, string CellSizeRule, string Kernel, bool EdgeCorrected,
    double Inside, IReadOnlyList<string> Notices, int? Srid = null)
{
    public const string Unit = "events per km²";

    public DensityGrid Grid => Result.Grid;

    /// <summary>How the edge correction was made (meaningful when <see cref="EdgeCorrected"/>).</summary>
    public EdgeCorrectionMethod Method { get; init; } = EdgeCorrectionMethod.Diggle;
}
