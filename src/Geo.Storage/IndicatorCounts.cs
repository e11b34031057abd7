namespace Geo.Storage;

/// <summary>
/// Incidents of a plan indicator counted by local hour of the week (<see cref="HourOfWeek"/>[day × 24 + hour], Monday
/// 00–01 = 0) and those whose hour is unknown (time precision day or coarser).
/// </summary>
public sealed record IndicatorCounts(IReadOnlyList<int> HourOfWeek, int UnknownHour)
{
    /// <summary>All counted incidents, with or without a known hour.</summary>
    public int Total => HourOfWeek.Sum() + UnknownHour;
}
