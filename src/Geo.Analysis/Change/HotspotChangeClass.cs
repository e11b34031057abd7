namespace Geo.Analysis.Change;

/// <summary>How a location's Getis–Ord class moved between two periods (see <see cref="HotspotChange"/>).</summary>
public enum HotspotChangeClass
{
    /// <summary>Not significant in either period.</summary>
    NoChange,
    /// <summary>Hot after, not hot before (including cold before).</summary>
    NewHotSpot,
    /// <summary>Hot before, not significant after.</summary>
    NoLongerHot,
    /// <summary>Hot in both periods.</summary>
    StillHot,
    /// <summary>Cold after, not cold before (including hot before).</summary>
    NewColdSpot,
    /// <summary>Cold before, not significant after.</summary>
    NoLongerCold,
    /// <summary>Cold in both periods.</summary>
    StillCold,
    /// <summary>Gi* undefined in either period (zero variance, no neighbours): no change is claimed.</summary>
    Undefined,
}
