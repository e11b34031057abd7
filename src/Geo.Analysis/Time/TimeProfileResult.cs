namespace Geo.Analysis.Time;

/// <summary>
/// When incidents happen (see <see cref="TimeProfile"/>). Each measure uses only the incidents whose time precision allows
/// it; the counts say how many that was, and the <c>Without…</c> properties how many were left out.
/// </summary>
/// <param name="Events">All incidents given.</param>
/// <param name="WithHour">Incidents known to the hour or minute: the base of <see cref="EveningShare"/>, <see cref="NightShare"/> and <see cref="HourWeekday"/>.</param>
/// <param name="WithDay">Incidents known to the day or finer: the base of <see cref="WeekendShare"/>.</param>
/// <param name="WithMonth">Incidents known to the month or finer: the base of <see cref="MonthOfYear"/>.</param>
/// <param name="EveningShare">Share of <see cref="WithHour"/> at 18:00–24:00; NaN when it is 0.</param>
/// <param name="NightShare">Share of <see cref="WithHour"/> at 00:00–06:00; NaN when it is 0.</param>
/// <param name="WeekendShare">Share of <see cref="WithDay"/> on Saturday or Sunday; NaN when it is 0.</param>
/// <param name="HourWeekday">168 counts, index day × 24 + hour, Monday = 0.</param>
/// <param name="MonthOfYear">12 counts, January = 0.</param>
public sealed record TimeProfileResult(
    int Events,
    int WithHour,
    int WithDay,
    int WithMonth,
    double EveningShare,
    double NightShare,
    double WeekendShare,
    double[] HourWeekday,
    double[] MonthOfYear)
{
    /// <summary>Incidents left out of the hour-based measures.</summary>
    public int WithoutHour => Events - WithHour;

    /// <summary>Incidents left out of the weekend share.</summary>
    public int WithoutDay => Events - WithDay;

    /// <summary>Incidents left out of the month-of-year profile.</summary>
    public int WithoutMonth => Events - WithMonth;
}
