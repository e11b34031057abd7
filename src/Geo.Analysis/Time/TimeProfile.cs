using Geo.Core.Domain;

namespace Geo.Analysis.Time;

/// <summary>
/// The time pattern of a set of incidents as Brå's lägesbild guidance asks for it: the shares in the evening (18–24), at
/// night (00–06) and at weekends, the hour × weekday profile (7 × 24) and the month-of-year profile (Brå's årshjul).
/// Times are local times of the study area. A measure uses only the incidents whose <see cref="TimePrecision"/> carries
/// what it needs: hours need <see cref="TimePrecision.Hour"/> or <see cref="TimePrecision.Minute"/>, the weekday
/// <see cref="TimePrecision.Day"/> or finer, the month <see cref="TimePrecision.Month"/> or finer.
/// </summary>
public static class TimeProfile
{
    /// <summary>Computes the profile. Weekdays: Monday = 0 … Sunday = 6; hour of week = day × 24 + hour.</summary>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static TimeProfileResult Compute(ReadOnlySpan<DateTime> localTimes, ReadOnlySpan<TimePrecision> precision)
    {
        if (localTimes.Length != precision.Length)
            throw new ArgumentException($"times ({localTimes.Length}) and precisions ({precision.Length}) differ in length.");
        var hourWeekday = new double[168];
        var monthOfYear = new double[12];
        int withHour = 0, withDay = 0, withMonth = 0, evening = 0, night = 0, weekend = 0;
        for (var i = 0; i < localTimes.Length; i++)
        {
            var t = localTimes[i];
            var p = precision[i];
            if (p <= TimePrecision.Month)
            {
                withMonth++;
                monthOfYear[t.Month - 1]++;
            }
            if (p <= TimePrecision.Day)
            {
                withDay++;
                if (t.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) weekend++;
            }
            if (p <= TimePrecision.Hour)
            {
                withHour++;
                var day = ((int)t.DayOfWeek + 6) % 7;
                hourWeekday[day * 24 + t.Hour]++;
                if (t.Hour >= 18) evening++;
                else if (t.Hour < 6) night++;
            }
        }
        return new TimeProfileResult(localTimes.Length, withHour, withDay, withMonth,
            Share(evening, withHour), Share(night, withHour), Share(weekend, withDay), hourWeekday, monthOfYear);
    }

    private static double Share(int part, int whole) => whole > 0 ? (double)part / whole : double.NaN;
}
