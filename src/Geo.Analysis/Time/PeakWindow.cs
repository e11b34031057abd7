namespace Geo.Analysis.Time;

/// <summary>
/// The recurring window of the week in which events are most over-represented: over every window of 1–7 consecutive
/// days × a span of consecutive hours (a span may run past midnight; those hours belong to the day it started, so
/// Friday 22–04 covers Friday 22:00 to Saturday 04:00), the one with the largest excess share, share − slots/168, where
/// slots = days × hours and share is the share of all events inside. This is the share beyond what a flat profile
/// would put there, so a wide window is not chosen just for being wide. Geo's own measure (a scan over a fixed family
/// of windows, no test of significance).
/// </summary>
public static class PeakWindow
{
    /// <summary>
    /// Finds the peak window in a 168-hour profile (index day × 24 + hour, Monday = 0). Ties of excess go to fewer slots,
    /// then to the earlier first day and start hour. A flat profile has excess 0 in every window and so gives the
    /// smallest window first in that order, Monday 00–(<paramref name="minHours"/>) with share
    /// <paramref name="minHours"/>/168; callers judge the window by its excess, <see cref="WeekWindow.Share"/> −
    /// <see cref="WeekWindow.SlotShare"/>, which is then 0.
    /// </summary>
    /// <param name="hourWeekday">168 non-negative counts (or weights).</param>
    /// <param name="minHours">Shortest span of hours, 1–24.</param>
    /// <param name="maxHours">Longest span of hours, <paramref name="minHours"/>–24.</param>
    /// <returns>The window with <see cref="WeekWindow.Share"/> = share of all events inside; null when the profile holds no events.</returns>
    /// <exception cref="ArgumentException">The profile is not 168 long, holds a negative or non-finite value, or the spans are out of range.</exception>
    public static WeekWindow? Find(ReadOnlySpan<double> hourWeekday, int minHours = 2, int maxHours = 12)
    {
        if (hourWeekday.Length != 168) throw new ArgumentException($"the profile has {hourWeekday.Length} hours, not 168.", nameof(hourWeekday));
        if (minHours < 1 || maxHours > 24 || minHours > maxHours)
            throw new ArgumentException($"hour spans {minHours}..{maxHours} are not within 1..24.");
        double total = 0;
        foreach (var v in hourWeekday)
        {
            if (!(v >= 0) || double.IsInfinity(v)) throw new ArgumentException($"the profile holds {v}; counts must be non-negative and finite.", nameof(hourWeekday));
            total += v;
        }
        if (total <= 0) return null;

        // Windows are compared by 168·sum − slots·total (the excess times 168·total), exact for integer counts.
        double bestScore = double.NegativeInfinity, bestSum = 0;
        int bestSlots = int.MaxValue, bestFirst = 0, bestDays = 0, bestStart = 0, bestHours = 0;
        var daySpan = new double[7];
        for (var start = 0; start < 24; start++)
        {
            for (var hours = minHours; hours <= maxHours; hours++)
            {
                for (var d = 0; d < 7; d++)
                {
                    double s = 0;
                    for (var k = 0; k < hours; k++) s += hourWeekday[(d * 24 + start + k) % 168];
                    daySpan[d] = s;
                }
                for (var first = 0; first < 7; first++)
                {
                    double sum = 0;
                    for (var days = 1; days <= 7; days++)
                    {
                        sum += daySpan[(first + days - 1) % 7];
                        if (days == 7 && first != 0) continue; // all seven days: one window, starting Monday
                        var slots = days * hours;
                        var score = 168 * sum - slots * total;
                        if (Better(score, slots, first, start, bestScore, bestSlots, bestFirst, bestStart))
                        {
                            bestScore = score; bestSlots = slots; bestFirst = first; bestStart = start;
                            bestDays = days; bestHours = hours; bestSum = sum;
                        }
                    }
                }
            }
        }
        return new WeekWindow(bestFirst, (bestFirst + bestDays - 1) % 7, bestStart, (bestStart + bestHours) % 24, bestSum / total);
    }

    private static bool Better(double score, int slots, int first, int start, double bestScore, int bestSlots, int bestFirst, int bestStart)
    {
        if (score != bestScore) return score > bestScore;
        if (slots != bestSlots) return slots < bestSlots;
        if (first != bestFirst) return first < bestFirst;
        return start < bestStart;
    }
}
