namespace Geo.Analysis.SpaceTime;

/// <summary>The 17 categories of ArcGIS Pro's Emerging Hot Spot Analysis ("How Emerging Hot Spot Analysis works").</summary>
public enum EmergingClass
{
    NoPattern,
    NewHotSpot,
    ConsecutiveHotSpot,
    IntensifyingHotSpot,
    PersistentHotSpot,
    DiminishingHotSpot,
    SporadicHotSpot,
    OscillatingHotSpot,
    HistoricalHotSpot,
    NewColdSpot,
    ConsecutiveColdSpot,
    IntensifyingColdSpot,
    PersistentColdSpot,
    DiminishingColdSpot,
    SporadicColdSpot,
    OscillatingColdSpot,
    HistoricalColdSpot,
    /// <summary>Gi* is undefined in every time step (no neighbours, or no variance in any step): no class.</summary>
    Undefined,
}
