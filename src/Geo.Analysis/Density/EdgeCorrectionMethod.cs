namespace Geo.Analysis.Density;

/// <summary>How <see cref="KernelDensity"/> corrects for the kernel mass that falls outside the study area.</summary>
public enum EdgeCorrectionMethod
{
    /// <summary>
    /// Each cell is divided by the share of the kernel centred on it that lies inside the study area (spatstat
    /// <c>density.ppp(diggle = FALSE)</c>, Jones 1993). Unbiased for a uniform intensity, but it does not preserve mass:
    /// density × cell area summed over the cells is not the number of events.
    /// </summary>
    Uniform,

    /// <summary>
    /// Each event's kernel is divided by the share of that kernel inside the study area (Diggle 1985; spatstat
    /// <c>diggle = TRUE</c>), that share taken on the grid (the study-area mask convolved with the same stencil, times the
    /// cell area, which also corrects the grid's discretisation of the kernel); events in cells outside the study area are
    /// left out. Mass-preserving: density × cell area summed over the cells inside equals the (weighted) number of events
    /// in them (<see cref="KdeResult.Events"/>) up to rounding.
    /// </summary>
    Diggle,
}
