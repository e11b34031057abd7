using NetTopologySuite.Geometries;

namespace Geo.Sample;

/// <summary>A hotspot being planted: its square, categories, active periods (rates at scale 1) and time profile.</summary>
internal sealed record HotspotPlan(string Id, string Trend, Envelope Square, string[] Categories, List<ActivePeriod> Periods, string QuarterlyClass, string YearlyClass,
    TimeProfile Profile)
{
    /// <summary>Extra incidents per year (scale 1) on the given day, 0 outside every period.</summary>
    public double RateOn(DateOnly day)
    {
        foreach (var p in Periods)
        {
            if (day < p.From || day > p.To) continue;
            var span = p.To.DayNumber - p.From.DayNumber;
            var f = span == 0 ? 0 : (day.DayNumber - p.From.DayNumber) / (double)span;
            return p.ExtraPerYearAtStart + (p.ExtraPerYearAtEnd - p.ExtraPerYearAtStart) * f;
        }
        return 0;
    }
}
