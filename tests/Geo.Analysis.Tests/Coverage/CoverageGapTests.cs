using Geo.Analysis.Coverage;
using Geo.Core.Time;

namespace Geo.Analysis.Tests.Coverage;

public class CoverageGapTests
{
    private static readonly OpeningHours YouthCentre = OpeningHours.Parse("Mo-Th 15:00-21:00; Fr 15:00-23:00; Sa 18:00-23:00");

    private static int Minute(int day, int hour, int minute = 30) => (day * 24 + hour) * 60 + minute;

    [Fact]
    public void Incidents_after_the_youth_centre_closes_on_Friday_and_Saturday_nights_are_a_gap()
    {
        var minutes = new List<int>();
        // 40 uncovered: 5 in each hour of Fri 23–03 and Sat 23–03.
        foreach (var (day, hour) in new[] { (4, 23), (5, 0), (5, 1), (5, 2), (5, 23), (6, 0), (6, 1), (6, 2) })
            for (var k = 0; k < 5; k++) minutes.Add(Minute(day, hour, 10 * k));
        // 15 covered: Tue 16:30 and Sat 20:00.
        for (var k = 0; k < 10; k++) minutes.Add(Minute(1, 16));
        for (var k = 0; k < 5; k++) minutes.Add(Minute(5, 20, 0));
        // 3 uncovered on Wednesday morning.
        for (var k = 0; k < 3; k++) minutes.Add(Minute(2, 10));

        var r = CoverageGap.Assess(minutes.ToArray(), [YouthCentre]);
        Assert.Equal(58, r.Incidents);
        Assert.Equal(43, r.Uncovered);
        Assert.Equal(43 / 58.0, r.UncoveredShare, 1e-12);
        Assert.True(r.IsGap);
        // The first window holds 40 of the 43 uncovered (≥ 80 %), so it is the only one.
        var w = Assert.Single(r.UncoveredWindows);
        Assert.Equal("fre–lör 23–03", w.Describe("sv"));
        Assert.Equal("Fri–Sat 23–03", w.Describe("en"));
        Assert.Equal(40 / 58.0, w.Share, 1e-12);
    }

    [Fact]
    public void Windows_are_added_until_they_hold_80_percent_of_the_uncovered()
    {
        var minutes = new List<int>();
        foreach (var (day, hour) in new[] { (4, 23), (5, 0), (5, 1), (5, 2), (5, 23), (6, 0), (6, 1), (6, 2) })
            for (var k = 0; k < 5; k++) minutes.Add(Minute(day, hour));
        for (var k = 0; k < 12; k++) minutes.Add(Minute(2, 10)); // 12 on Wednesday 10–11
        var r = CoverageGap.Assess(minutes.ToArray(), [YouthCentre]);
        Assert.Equal(52, r.Uncovered);
        Assert.Equal(["fre–lör 23–03", "ons 10–11"], r.UncoveredWindows.Select(w => w.Describe("sv")));
        Assert.Equal(40 / 52.0, r.UncoveredWindows[0].Share, 1e-12);
        Assert.Equal(12 / 52.0, r.UncoveredWindows[1].Share, 1e-12);
    }

    [Fact]
    public void Incidents_inside_the_opening_hours_are_no_gap()
    {
        int[] minutes = [Minute(0, 15), Minute(1, 20), Minute(4, 22), Minute(5, 18, 0), Minute(3, 16), Minute(2, 20, 59)];
        var r = CoverageGap.Assess(minutes, [YouthCentre, OpeningHours.Parse("Su 10:00-12:00")]);
        Assert.Equal(0, r.Uncovered);
        Assert.False(r.IsGap);
        Assert.Empty(r.UncoveredWindows);
    }

    [Fact]
    public void One_open_resource_is_enough_and_without_resources_everything_is_uncovered()
    {
        int[] minutes = [Minute(6, 11), Minute(6, 11), Minute(0, 16), Minute(0, 16)];
        var both = CoverageGap.Assess(minutes, [YouthCentre, OpeningHours.Parse("Su 10:00-12:00")]);
        Assert.Equal(0, both.Uncovered);
        var half = CoverageGap.Assess(minutes, [YouthCentre]);
        Assert.Equal(2, half.Uncovered);
        Assert.True(half.IsGap); // 0.5 reaches the default threshold
        Assert.False(CoverageGap.Assess(minutes, [YouthCentre], threshold: 0.6).IsGap);
        var none = CoverageGap.Assess(minutes, []);
        Assert.Equal(4, none.Uncovered);
        Assert.Equal(1, none.UncoveredShare);
        Assert.True(none.IsGap);
    }

    [Fact]
    public void No_incidents_are_no_gap()
    {
        var r = CoverageGap.Assess([], []);
        Assert.Equal(0, r.Incidents);
        Assert.True(double.IsNaN(r.UncoveredShare));
        Assert.False(r.IsGap);
    }
}
