namespace Geo.Analysis.SpaceTime;

/// <summary>The trend class of a location's series after the multiple-testing correction.</summary>
public enum TrendClass
{
    /// <summary>Not tested (no events in any step) or no significant trend.</summary>
    NoTrend,
    Increasing,
    Decreasing,
}
