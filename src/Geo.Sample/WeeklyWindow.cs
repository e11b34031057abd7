namespace Geo.Sample;

/// <summary>
/// A window of the week: the hours <see cref="StartHour"/>–<see cref="EndHour"/> starting on each of <see cref="Days"/>
/// (Monday = 0 … Sunday = 6). An end at or before the start runs past midnight into the next day: days [4, 5] 22–4 is
/// Friday 22:00 – Saturday 04:00 and Saturday 22:00 – Sunday 04:00.
/// </summary>
/// <param name="Days">Days on which the window starts, Monday = 0.</param>
/// <param name="StartHour">First hour inside (0–23).</param>
/// <param name="EndHour">First hour after the window (0–24); at or before <paramref name="StartHour"/>: on the next day.</param>
public sealed record WeeklyWindow(IReadOnlyList<int> Days, int StartHour, int EndHour)
{
    /// <summary>The hours of the week inside the window (hour-of-week = day * 24 + hour, Monday 00–01 = 0), ascending.</summary>
    public IReadOnlyList<int> HoursOfWeek() => Enumerable.Range(0, 168).Where(Contains).ToList();

    /// <summary>Hours from the start to the end of one day's window.</summary>
    public int Length => EndHour > StartHour ? EndHour - StartHour : EndHour + 24 - StartHour;

    /// <summary>True when hour-of-week <paramref name="hourOfWeek"/> lies inside (wraps around the week).</summary>
    public bool Contains(int hourOfWeek)
    {
        foreach (var d in Days)
            if ((((hourOfWeek - d * 24 - StartHour) % 168) + 168) % 168 < Length) return true;
        return false;
    }

    /// <summary>True when the local time lies inside.</summary>
    public bool Contains(DateTime local) => Contains(TimeSampler.Weekday(local) * 24 + local.Hour);
}
