namespace Geo.Analysis.Density;

/// <summary>A kernel density surface with the bandwidth used, so the caller can announce an automatically chosen one.</summary>
/// <param name="Grid">The grid the densities refer to.</param>
/// <param name="Density">Events per km² for each cell (row-major); NaN for cells outside the study-area mask.</param>
/// <param name="Bandwidth">Bandwidth h in metres that was used.</param>
/// <param name="BandwidthChosen">True when the bandwidth was chosen by a rule rather than given.</param>
/// <param name="Rule">Human-readable description of how the bandwidth was obtained.</param>
/// <param name="KernelMass">
/// The discretised kernel's mass: the stencil's weights summed times the cell area (1 for an exact kernel; the grid's
/// discretisation moves it slightly). One event far from any edge adds exactly this to density × cell area summed.
/// </param>
/// <param name="Events">
/// With the Diggle edge correction, the summed weight (number without weights) of the events in cells inside the study area,
/// which are the events the surface holds; otherwise the summed weight of the events inside the grid.
/// </param>
public sealed record KdeResult(DensityGrid Grid, double[] Density, double Bandwidth, bool BandwidthChosen, string Rule, double KernelMass = 1, double Events = double.NaN);
