namespace Geo.Analysis.SpaceTime;

/// <summary>The trend class of a location's series after the multiple-testing correction.</summary>
public enum TrendClass
{
    /// <summary>No significant trend.</summary>
    NoTrend,
    Increasing,
    Decreasing,
    /// <summary>Not tested: the series is constant (no events in any step, or the same value in every step), so Mann–Kendall's variance is 0.</summary>
    Undefined,
}
