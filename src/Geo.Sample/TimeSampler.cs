namespace Geo.Sample;

/// <summary>
/// Draws local occurrence times from a <see cref="CategoryModel"/>: a weekday-hour slot from the 168-slot product
/// of the hour and weekday profiles (boosted on Friday and Saturday nights 22–04), then a week of the year accepted
/// with the month profile (rejection sampling), then a uniform minute. Times in the spring-forward gap or the
/// repeated autumn hour of Europe/Stockholm are moved to 03:xx so every time exists once.
/// </summary>
internal sealed class TimeSampler
{
    private readonly CategoryModel _m;
    private readonly double[] _slots;
    private readonly double[][] _hoursByDay = new double[7][];
    private readonly double _maxMonth;

    public TimeSampler(CategoryModel m)
    {
        _m = m;
        var w = new double[168];
        for (var d = 0; d < 7; d++)
        {
            var row = new double[24];
            for (var h = 0; h < 24; h++)
            {
                var night = (d == 4 && h >= 22) || (d == 5 && (h >= 22 || h < 4)) || (d == 6 && h < 4);
                row[h] = m.Hour[h] * (night ? m.WeekendNightBoost : 1.0);
                w[d * 24 + h] = m.Weekday[d] * row[h];
            }
            _hoursByDay[d] = Xoshiro256.Cumulative(row);
        }
        _slots = Xoshiro256.Cumulative(w);
        _maxMonth = m.Month.Max();
    }

    /// <summary>Monday = 0.</summary>
    public static int Weekday(DateTime d) => ((int)d.DayOfWeek + 6) % 7;

    public DateTime InYear(int year, Xoshiro256 rng)
    {
        var slot = rng.Pick(_slots);
        var dow = slot / 24; var hour = slot % 24;
        var jan1 = new DateTime(year, 1, 1);
        var first = (dow - Weekday(jan1) + 7) % 7;
        var days = DateTime.IsLeapYear(year) ? 366 : 365;
        var weeks = (days - first + 6) / 7;
        while (true)
        {
            var date = jan1.AddDays(first + 7 * rng.Next(weeks));
            if (rng.NextDouble() * _maxMonth < _m.Month[date.Month - 1]) return Fix(date.AddHours(hour).AddMinutes(rng.Next(60)));
        }
    }

    /// <summary>A time on the given day, the hour drawn from the day's profile.</summary>
    public DateTime OnDay(DateTime day, Xoshiro256 rng) => OnDayAt(day, rng.NextDouble(), rng);

    /// <summary>A time on the given day, the hour chosen from the day's profile by the uniform draw <paramref name="u01"/> in [0, 1).</summary>
    public DateTime OnDayAt(DateTime day, double u01, Xoshiro256 rng)
    {
        var hour = Xoshiro256.PickAt(_hoursByDay[Weekday(day)], u01);
        return Fix(day.Date.AddHours(hour).AddMinutes(rng.Next(60)));
    }

    /// <summary>The probability that <see cref="OnDay"/> on weekday <paramref name="weekday"/> (Monday = 0) gives an hour for which <paramref name="inside"/> holds.</summary>
    public double ShareOfDay(int weekday, Func<int, bool> inside)
    {
        var c = _hoursByDay[weekday];
        var s = 0.0;
        for (var h = 0; h < 24; h++) if (inside(h)) s += c[h] - (h == 0 ? 0 : c[h - 1]);
        return s / c[^1];
    }

    /// <summary>Moves 02:xx on the last Sunday of March (does not exist) or October (occurs twice) to 03:xx.</summary>
    public static DateTime Fix(DateTime t)
    {
        if (t.Hour == 2 && t.DayOfWeek == DayOfWeek.Sunday && (t.Month == 3 || t.Month == 10) && t.Day > 24) return t.AddHours(1);
        return t;
    }
}
