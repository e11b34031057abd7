namespace Geo.Analysis.Density;

/// <summary>A kernel density surface with the bandwidth used, so the caller can announce an automatically chosen one.</summary>
/// <param name="Grid">The grid the densities refer to.</param>
/// <param name="Density">Events per km² for each cell (row-major); NaN for cells outside the study-area mask.</param>
/// <param name="Bandwidth">Bandwidth h in metres that was used.</param>
/// <param name="BandwidthChosen">True when the bandwidth was chosen by a rule rather than given.</param>
/// <param name="Rule">Human-readable description of how the bandwidth was obtained.</param>
public sealed record KdeResult(DensityGrid Grid, double[] Density, double Bandwidth, bool BandwidthChosen, string Rule);
