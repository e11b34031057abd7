namespace Geo.Analysis.Rates;

/// <summary>
/// Location quotients of the crime mix: Brantingham, P. L. &amp; Brantingham, P. J. (1995), "Location quotients and crime
/// hot spots in the city", in Block, Dabdoub &amp; Fregly (eds.), Crime Analysis through Computer Mapping, PERF, 129–149.
/// </summary>
public static class LocationQuotient
{
    /// <summary>
    /// LQ_a = (n_ak/n_a)/(N_k/N): the group's share of the area's incidents over its share of all incidents; 1 means the
    /// area has the usual mix, 2 twice the usual share of this group. NaN where the area has no incidents (n_a = 0) and
    /// everywhere when the group has none in the whole set (N_k = 0) or N = 0.
    /// </summary>
    /// <param name="groupCounts">n_ak: incidents of the group k per area.</param>
    /// <param name="allCounts">n_a: all incidents per area.</param>
    /// <param name="groupTotal">N_k: incidents of the group in the whole reference set (e.g. the study area).</param>
    /// <param name="allTotal">N: all incidents in the whole reference set.</param>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static double[] CrimeMix(ReadOnlySpan<double> groupCounts, ReadOnlySpan<double> allCounts, double groupTotal, double allTotal)
    {
        if (groupCounts.Length != allCounts.Length)
            throw new ArgumentException($"group counts ({groupCounts.Length}) and all counts ({allCounts.Length}) differ in length.");
        var reference = groupTotal > 0 && allTotal > 0 ? groupTotal / allTotal : double.NaN;
        var lq = new double[groupCounts.Length];
        for (var i = 0; i < lq.Length; i++)
            lq[i] = allCounts[i] > 0 ? groupCounts[i] / allCounts[i] / reference : double.NaN;
        return lq;
    }
}
