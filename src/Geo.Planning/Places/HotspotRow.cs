namespace Geo.Planning.Places;

/// <summary>
/// A hotspot of a run: its incidents (null when suppressed), emerging and change class, coverage gap (<c>none</c>,
/// <c>spatial</c>, <c>temporal</c>) with the uncovered week windows in words, dominant categories in words, best priority
/// rank (null for a partner) and bbox in WGS 84.
/// </summary>
public sealed record HotspotRow(
    int Id,
    int? Incidents,
    bool Suppressed,
    string? EmergingClass,
    string? ChangeClass,
    string CoverageGap,
    double? UncoveredShare,
    IReadOnlyList<string> Uncovered,
    IReadOnlyList<string> DominantCategories,
    int? PriorityRank,
    IReadOnlyList<string> AreaCodes,
    double[]? Bbox);
