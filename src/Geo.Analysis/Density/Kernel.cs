namespace Geo.Analysis.Density;

/// <summary>Kernel shapes for <see cref="KernelDensity"/>.</summary>
public enum Kernel
{
    /// <summary>
    /// Quartic (biweight) kernel normalised in 2-D: K(u) = 3/π·(1 − u²)² for u = d/h &lt; 1, 0 otherwise, so the density of a
    /// single point is 3/(π h²)·(1 − d²/h²)² (Silverman 1986, "Density Estimation", table 4.1; Bailey &amp; Gatrell 1995,
    /// "Interactive Spatial Data Analysis", §3.3.2). The bandwidth h is the radius of the support.
    /// </summary>
    Quartic,

    /// <summary>
    /// Isotropic Gaussian kernel with standard deviation σ = h: 1/(2π h²)·exp(−d²/(2h²)) (Silverman 1986, §4.2; as spatstat
    /// <c>density.ppp</c>, whose <c>sigma</c> is this h). Computed separably and truncated at 4σ along each axis.
    /// </summary>
    Gaussian,
}
