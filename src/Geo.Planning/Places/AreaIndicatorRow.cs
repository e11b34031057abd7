namespace Geo.Planning.Places;

/// <summary>
/// One area of a run for one category group: its stored indicators (rates, change and trend null when the count is
/// suppressed), the area's priority (rank within the run's area problems and score; for the group <c>total</c> the area's
/// best-ranked problem of any group; null for a partner or when the area has no priority) and its bbox in WGS 84
/// (<c>[minLon, minLat, maxLon, maxLat]</c>).
/// </summary>
public sealed record AreaIndicatorRow(
    string Code,
    string? Name,
    string Group,
    int? Population,
    int? Incidents,
    bool Suppressed,
    double? RatePer1000,
    double? RateEbPer1000,
    double? RateRatio,
    string? ChangeClass,
    double? TrendPercentPerYear,
    string? TrendClass,
    int? PriorityRank,
    double? PriorityScore,
    double[]? Bbox);
