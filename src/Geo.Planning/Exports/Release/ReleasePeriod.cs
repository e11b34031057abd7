namespace Geo.Planning.Exports.Release;

/// <summary>The two periods a run counts: its own and its comparison period.</summary>
public enum ReleasePeriod
{
    Main,
    Compare,
}
