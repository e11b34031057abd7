namespace Geo.Planning.Runs;

/// <summary>
/// The default periods of a run: the last 12 full calendar months that the data covers (not the calendar's: a sample
/// ending in December 2025 analysed in 2026 still gets 2025) and, for comparison, the 12 months before them.
/// </summary>
public static class RunPeriods
{
    /// <summary>
    /// The period ending with the last full month of data: when <paramref name="lastDataDay"/> is the last day of its
    /// month that month is included, otherwise the period ends with the month before.
    /// </summary>
    public static RunPeriod LastFullMonths(DateOnly lastDataDay, int months = 12)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        var firstOfMonth = new DateOnly(lastDataDay.Year, lastDataDay.Month, 1);
        var end = lastDataDay == firstOfMonth.AddMonths(1).AddDays(-1) ? lastDataDay : firstOfMonth.AddDays(-1);
        var start = new DateOnly(end.Year, end.Month, 1).AddMonths(-(months - 1));
        return new RunPeriod(start, end);
    }

    /// <summary>The period of the same length in months just before <paramref name="period"/> (whole months), else the same number of days.</summary>
    public static RunPeriod Before(RunPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var wholeMonths = period.From.Day == 1 && period.To.AddDays(1).Day == 1;
        if (wholeMonths)
        {
            var months = (period.To.Year - period.From.Year) * 12 + period.To.Month - period.From.Month + 1;
            return new RunPeriod(period.From.AddMonths(-months), period.From.AddDays(-1));
        }
        return new RunPeriod(period.From.AddDays(-period.Days), period.From.AddDays(-1));
    }
}
