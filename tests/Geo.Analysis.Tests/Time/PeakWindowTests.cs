using Geo.Analysis.Time;

namespace Geo.Analysis.Tests.Time;

public class PeakWindowTests
{
    [Fact]
    public void A_planted_Friday_Saturday_night_peak_on_a_flat_background_is_found_exactly()
    {
        // One event in every hour of the week; 20 more in each hour of Friday and Saturday 22–04.
        var profile = Enumerable.Repeat(1.0, 168).ToArray();
        var planted = new WeekWindow(4, 5, 22, 4, 0);
        for (var h = 0; h < 168; h++) if (planted.Contains(h)) profile[h] += 20;
        var w = PeakWindow.Find(profile);
        Assert.NotNull(w);
        Assert.Equal("fre–lör 22–04", w.Describe("sv"));
        Assert.Equal((4, 5, 22, 4), (w.FirstDay, w.LastDay, w.StartHour, w.EndHour));
        Assert.Equal(12 * 21 / 408.0, w.Share, 1e-12); // 252 of 168 + 12·20 = 408 events
    }

    [Fact]
    public void A_single_afternoon_peak_is_one_day()
    {
        var profile = Enumerable.Repeat(2.0, 168).ToArray();
        for (var h = 2 * 24 + 14; h < 2 * 24 + 17; h++) profile[h] = 30;
        Assert.Equal("ons 14–17", PeakWindow.Find(profile)!.Describe("sv"));
    }

    [Fact]
    public void A_flat_profile_has_no_excess_and_gives_the_smallest_first_window()
    {
        var w = PeakWindow.Find(Enumerable.Repeat(3.0, 168).ToArray());
        Assert.NotNull(w);
        Assert.Equal((0, 0, 0, 2), (w.FirstDay, w.LastDay, w.StartHour, w.EndHour)); // Monday 00–02
        Assert.Equal(0, w.Share - w.SlotShare, 1e-15);
    }

    [Fact]
    public void No_events_give_null_and_bad_input_is_refused()
    {
        Assert.Null(PeakWindow.Find(new double[168]));
        Assert.Throws<ArgumentException>(() => PeakWindow.Find(new double[24]));
        Assert.Throws<ArgumentException>(() => PeakWindow.Find(new double[168], minHours: 5, maxHours: 4));
    }
}
