using Geo.Core.Time;

namespace Geo.Sample;

/// <summary>
/// The extra incidents of one planted hotspot in one quarter: how many (the rate integrated over the quarter's
/// days, rounded) and how to draw one (a day with probability proportional to the rate, by rejection; a category of
/// the hotspot; the time from the hotspot's <see cref="TimeProfile"/>; a uniform point in the square, exact location).
/// The time takes the same draws as a plain time on the day (one uniform for the hour, one for the minute), so the
/// profile moves only the hotspots' times: with the uniform below the profile's share it picks an hour of the window
/// uniformly and moves the day to the window's weekday in the same Monday-to-Sunday week (a week earlier or later at
/// the quarter's edges, so every incident stays in its quarter and year); otherwise the same uniform, rescaled, picks
/// the hour from the category's profile on the drawn day.
/// </summary>
internal sealed class HotspotSlot
{
    private readonly HotspotPlan _plan;
    private readonly DateOnly _from;
    private readonly int _days;
    private readonly double _maxRate;
    private readonly IReadOnlyList<int> _window;
    private readonly int[] _minutes;

    private HotspotSlot(HotspotPlan plan, DateOnly from, int days, double maxRate, int count, int[] minutes)
    {
        _plan = plan; _from = from; _days = days; _maxRate = maxRate; Count = count; _minutes = minutes;
        _window = plan.Profile.Window.HoursOfWeek();
    }

    public int Count { get; }

    /// <param name="plan">The hotspot.</param>
    /// <param name="year">Calendar year.</param>
    /// <param name="quarter">0–3.</param>
    /// <param name="minutes">The hotspot's count of extra incidents per minute of the week (Monday 00:00 = 0), added to as they are written.</param>
    public static HotspotSlot Create(HotspotPlan plan, int year, int quarter, int[] minutes)
    {
        var from = new DateOnly(year, 3 * quarter + 1, 1);
        var to = from.AddMonths(3).AddDays(-1);
        var daysInYear = DateTime.IsLeapYear(year) ? 366 : 365;
        double expected = 0, max = 0;
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            var r = plan.RateOn(d);
            expected += r / daysInYear;
            max = Math.Max(max, r);
        }
        return new HotspotSlot(plan, from, to.DayNumber - from.DayNumber + 1, max, (int)Math.Round(expected), minutes);
    }

    public void WriteOne(IncidentFileWriter w, Dictionary<string, CategoryModel> models, Dictionary<string, TimeSampler> samplers)
    {
        var rng = w.Rng;
        DateOnly day;
        do day = _from.AddDays(rng.Next(_days)); while (rng.NextDouble() * _maxRate >= _plan.RateOn(day));
        var code = _plan.Categories[rng.Next(_plan.Categories.Length)];
        var share = _plan.Profile.Share;
        var u = rng.NextDouble();
        DateTime t;
        if (u < share)
        {
            var hour = _window[Math.Min(_window.Count - 1, (int)(u / share * _window.Count))];
            var date = InSameWeek(day, hour / 24).ToDateTime(TimeOnly.MinValue);
            t = TimeSampler.Fix(date.AddHours(hour % 24).AddMinutes(rng.Next(60)));
        }
        else t = samplers[code].OnDayAt(day.ToDateTime(TimeOnly.MinValue), (u - share) / (1 - share), rng);
        var x = _plan.Square.MinX + rng.NextDouble() * _plan.Square.Width;
        var y = _plan.Square.MinY + rng.NextDouble() * _plan.Square.Height;
        w.Write(models[code], t, x, y, exact: true);
        _minutes[OpeningHours.MinuteOfWeek(t.DayOfWeek, t.Hour, t.Minute)]++;
    }

    /// <summary>The day of <paramref name="weekday"/> (Monday = 0) in the week of <paramref name="day"/>, a week later or earlier when that leaves the quarter or the active period.</summary>
    private DateOnly InSameWeek(DateOnly day, int weekday)
    {
        var d = day.AddDays(weekday - TimeSampler.Weekday(day.ToDateTime(TimeOnly.MinValue)));
        var to = _from.AddDays(_days - 1);
        if (d < _from || (d < day && _plan.RateOn(d) <= 0)) d = d.AddDays(7);
        else if (d > to || (d > day && _plan.RateOn(d) <= 0)) d = d.AddDays(-7);
        return d;
    }
}
