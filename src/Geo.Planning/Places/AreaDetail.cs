namespace Geo.Planning.Places;

/// <summary>
/// An area of a run in detail: its indicators for every category group (the group <see cref="Group"/> asked for first is
/// one of them), the monthly counts and the hour × weekday counts of <see cref="Group"/> (168 values, index day * 24 + hour,
/// Monday 00 first), its priority and the plan rows that target it (both for coordinators and analysts only).
/// </summary>
public sealed record AreaDetail(
    string Code,
    string? Name,
    int? Population,
    string Group,
    IReadOnlyList<AreaIndicatorRow> Indicators,
    MonthlySeries Monthly,
    IReadOnlyList<int?> HourWeekday,
    PlacePriority? Priority,
    IReadOnlyList<PlacePlanRow> PlanRows,
    double[]? Bbox);
