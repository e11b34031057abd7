namespace Geo.Sample;

/// <summary>
/// The extra incidents of one planted hotspot in one quarter: how many (the rate integrated over the quarter's
/// days, rounded) and how to draw one (a day with probability proportional to the rate, by rejection; a category of
/// the hotspot; the hour from the category's profile; a uniform point in the square, exact location).
/// </summary>
internal sealed class HotspotSlot
{
    private readonly HotspotPlan _plan;
    private readonly DateOnly _from;
    private readonly int _days;
    private readonly double _maxRate;

    private HotspotSlot(HotspotPlan plan, DateOnly from, int days, double maxRate, int count)
    {
        _plan = plan; _from = from; _days = days; _maxRate = maxRate; Count = count;
    }

    public int Count { get; }

    public static HotspotSlot Create(HotspotPlan plan, int year, int quarter)
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
        return new HotspotSlot(plan, from, to.DayNumber - from.DayNumber + 1, max, (int)Math.Round(expected));
    }

    public void WriteOne(IncidentFileWriter w, Dictionary<string, CategoryModel> models, Dictionary<string, TimeSampler> samplers)
    {
        var rng = w.Rng;
        DateOnly day;
        do day = _from.AddDays(rng.Next(_days)); while (rng.NextDouble() * _maxRate >= _plan.RateOn(day));
        var code = _plan.Categories[rng.Next(_plan.Categories.Length)];
        var t = samplers[code].OnDay(day.ToDateTime(TimeOnly.MinValue), rng);
        var x = _plan.Square.MinX + rng.NextDouble() * _plan.Square.Width;
        var y = _plan.Square.MinY + rng.NextDouble() * _plan.Square.Height;
        w.Write(models[code], t, x, y, exact: true);
    }
}
