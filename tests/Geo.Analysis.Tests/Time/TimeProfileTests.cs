using Geo.Analysis.Time;
using Geo.Core.Domain;

namespace Geo.Analysis.Tests.Time;

/// <summary>The time profile on a hand-built fixture with every precision (26 Nov 2026 is a Thursday).</summary>
public class TimeProfileTests
{
    [Fact]
    public void Each_measure_uses_only_the_incidents_precise_enough_for_it()
    {
        (DateTime T, TimePrecision P)[] events =
        [
            (new(2026, 11, 27, 23, 15, 0), TimePrecision.Minute), // Fri 23 → hour of week 4·24+23 = 119, evening
            (new(2026, 11, 28, 2, 0, 0), TimePrecision.Hour),     // Sat 02 → 122, night, weekend
            (new(2026, 11, 30, 12, 30, 0), TimePrecision.Minute), // Mon 12 → 12
            (new(2026, 11, 29, 0, 0, 0), TimePrecision.Day),      // Sun (day only): weekend, no hour
            (new(2026, 3, 4, 0, 0, 0), TimePrecision.Day),        // Wed (day only)
            (new(2026, 6, 1, 0, 0, 0), TimePrecision.Month),      // June only
            (new(2026, 1, 1, 0, 0, 0), TimePrecision.Year),       // nothing but the count
            (new(2026, 11, 28, 19, 45, 0), TimePrecision.Hour),   // Sat 19 → 139, evening, weekend
            (new(2026, 12, 1, 18, 0, 0), TimePrecision.Minute),   // Tue 18:00 → 42, evening (18 is in 18–24)
            (new(2026, 12, 1, 6, 0, 0), TimePrecision.Minute),    // Tue 06:00 → 30, not night (06 is outside 00–06)
            (new(2026, 12, 1, 5, 59, 0), TimePrecision.Minute),   // Tue 05:59 → 29, night
        ];
        var r = TimeProfile.Compute(events.Select(e => e.T).ToArray(), events.Select(e => e.P).ToArray());

        Assert.Equal(11, r.Events);
        Assert.Equal(7, r.WithHour);
        Assert.Equal(9, r.WithDay);
        Assert.Equal(10, r.WithMonth);
        Assert.Equal(4, r.WithoutHour);
        Assert.Equal(2, r.WithoutDay);
        Assert.Equal(1, r.WithoutMonth);
        Assert.Equal(3 / 7.0, r.EveningShare, 1e-12);
        Assert.Equal(2 / 7.0, r.NightShare, 1e-12);
        Assert.Equal(3 / 9.0, r.WeekendShare, 1e-12);

        Assert.Equal(168, r.HourWeekday.Length);
        int[] hours = [119, 122, 12, 139, 42, 30, 29];
        for (var h = 0; h < 168; h++) Assert.Equal(hours.Contains(h) ? 1 : 0, r.HourWeekday[h]);
        Assert.Equal(new double[] { 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 5, 3 }, r.MonthOfYear);
    }

    [Fact]
    public void Without_precise_times_the_shares_are_NaN()
    {
        var r = TimeProfile.Compute([new DateTime(2026, 5, 1)], [TimePrecision.Year]);
        Assert.Equal(1, r.Events);
        Assert.Equal(0, r.WithMonth);
        Assert.True(double.IsNaN(r.EveningShare) && double.IsNaN(r.NightShare) && double.IsNaN(r.WeekendShare));
        Assert.Equal(0, r.HourWeekday.Sum());
    }
}
