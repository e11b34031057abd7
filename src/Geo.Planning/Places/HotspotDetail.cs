namespace Geo.Planning.Places;

/// <summary>
/// A hotspot in detail: the list row's fields, its monthly counts over the run's period (the incidents inside its polygon),
/// its stored hour × weekday counts (Monday 00 first), its priority, plan rows and nearby resources (these three for
/// coordinators and analysts only).
/// </summary>
public sealed record HotspotDetail(
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
    double[]? Bbox,
    MonthlySeries Monthly,
    IReadOnlyList<int?> HourWeekday,
    PlacePriority? Priority,
    IReadOnlyList<PlacePlanRow> PlanRows,
    IReadOnlyList<NearbyResource> NearbyResources);
