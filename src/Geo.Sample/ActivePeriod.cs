namespace Geo.Sample;

/// <summary>
/// When a planted hotspot is active (inclusive dates) and how many extra incidents per year it adds over its whole
/// polygon at the start and at the end of the period (linear in between).
/// </summary>
public sealed record ActivePeriod(DateOnly From, DateOnly To, double ExtraPerYearAtStart, double ExtraPerYearAtEnd);
