namespace Geo.Analysis.Density;

/// <summary>Options for <see cref="KernelDensity.Estimate"/>.</summary>
/// <param name="Kernel">Kernel shape (default quartic).</param>
/// <param name="Bandwidth">Bandwidth h in metres (quartic: support radius; Gaussian: σ); null = chosen by <see cref="BandwidthRule.Choose"/>.</param>
/// <param name="EdgeCorrection">
/// Renormalise each cell by the share of its kernel mass inside the study area (Diggle 1985; Jones 1993). The study area is
/// <see cref="Mask"/>, or the whole grid rectangle when no mask is given.
/// </param>
/// <param name="Mask">
/// Cells inside the study area (row-major, length Columns·Rows; see <see cref="DensityGrid.MaskFrom"/>), or null for the whole grid.
/// Cells outside the mask get NaN in the result. Points in outside cells still count toward nearby inside cells.
/// </param>
/// <param name="Method">How the edge correction is made: per cell (uniform, the default) or per event (Diggle, mass-preserving).</param>
public sealed record KdeOptions(Kernel Kernel = Kernel.Quartic, double? Bandwidth = null, bool EdgeCorrection = true, bool[]? Mask = null,
    EdgeCorrectionMethod Method = EdgeCorrectionMethod.Uniform);
