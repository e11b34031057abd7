namespace Geo.Sample.Tests;

/// <summary>
/// Every planted hotspot's extra incidents show their planted time window. The incidents read back from the police
/// file (the hotspot's categories, minute times, inside its square) are the planted extras plus a little background of
/// the same categories: the share inside the window must lie within 4 binomial standard errors (for the number of
/// extras) of the expected share, plus the share of background rows, which can pull it either way by at most that much.
/// </summary>
public sealed class TimeProfileTests(SampleFixture sample) : IClassFixture<SampleFixture>
{
    [Fact]
    public void The_planted_windows_are_those_documented()
    {
        using var truth = PlantedTruth.Read(sample);
        var profiles = truth.RootElement.GetProperty("hotspots").EnumerateArray()
            .ToDictionary(h => h.GetProperty("id").GetString()!, h => h.GetProperty("timeProfile"));
        void Check(string id, int[] days, int start, int end, double share)
        {
            var p = profiles[id];
            Assert.Equal(days, p.GetProperty("days").EnumerateArray().Select(d => d.GetInt32()));
            Assert.Equal(start, p.GetProperty("startHour").GetInt32());
            Assert.Equal(end, p.GetProperty("endHour").GetInt32());
            Assert.Equal(share, p.GetProperty("share").GetDouble());
            Assert.False(string.IsNullOrWhiteSpace(p.GetProperty("description").GetString()));
        }
        Check("H1", [3, 4, 5], 18, 23, 0.6);
        Check("H2", [4, 5], 22, 4, 0.7);
        Check("H3", [0, 1, 2, 3, 4], 10, 18, 0.6);
        Check("H4", [0, 1, 2, 3, 4, 5, 6], 20, 2, 0.6);
        // The result the generator returns says the same as the file.
        foreach (var h in sample.Result.Hotspots)
        {
            Assert.Equal(profiles[h.Id].GetProperty("share").GetDouble(), h.TimeProfile.Profile.Share);
            Assert.Equal(h.PlantedPerYear.Sum(), h.TimeProfile.ExtraIncidents);
        }
    }

    [Fact]
    public void A_window_ending_at_or_before_its_start_runs_past_midnight()
    {
        // Friday 22 – Saturday 04 and Saturday 22 – Sunday 04 (Friday 22:00 is hour 4 * 24 + 22 = 118 of the week).
        Assert.Equal([118, 119, 120, 121, 122, 123, 142, 143, 144, 145, 146, 147], new WeeklyWindow([4, 5], 22, 4).HoursOfWeek());
        // Sunday night wraps into Monday morning.
        Assert.Equal([0, 1, 166, 167], new WeeklyWindow([6], 22, 2).HoursOfWeek());
        Assert.Equal(40, new WeeklyWindow([0, 1, 2, 3, 4], 10, 18).HoursOfWeek().Count);
        Assert.True(new WeeklyWindow([4, 5], 22, 4).Contains(new DateTime(2024, 3, 2, 3, 59, 0))); // Saturday 03:59
        Assert.False(new WeeklyWindow([4, 5], 22, 4).Contains(new DateTime(2024, 3, 2, 4, 0, 0))); // Saturday 04:00
        Assert.False(new WeeklyWindow([4, 5], 22, 4).Contains(new DateTime(2024, 3, 4, 1, 0, 0))); // Monday 01:00
    }

    [Theory]
    [InlineData("H1")]
    [InlineData("H2")]
    [InlineData("H3")]
    [InlineData("H4")]
    public void Extra_incidents_fall_in_the_planted_window(string id)
    {
        using var truth = PlantedTruth.Read(sample);
        var h = truth.RootElement.GetProperty("hotspots").EnumerateArray().Single(x => x.GetProperty("id").GetString() == id);
        var profile = h.GetProperty("timeProfile");
        var rows = PlantedTruth.InSquare(sample, h);
        var extras = PlantedTruth.Planted(h);
        Assert.Equal(extras, profile.GetProperty("extraIncidents").GetInt32());
        // Every extra is a minute-time police report inside the square; the rest is background.
        var background = rows.Count - extras;
        Assert.InRange(background, 0, 0.1 * extras);

        var share = rows.Count(i => PlantedTruth.InWindow(profile, i.Local)) / (double)rows.Count;
        var expected = profile.GetProperty("expectedShareInWindow").GetDouble();
        var planted = profile.GetProperty("share").GetDouble();
        Assert.InRange(expected, planted, 1);
        var tolerance = 4 * Math.Sqrt(expected * (1 - expected) / extras) + background / (double)rows.Count;
        Assert.True(Math.Abs(share - expected) <= tolerance, $"{id}: {share:P1} of its incidents in the window, expected {expected:P1} ± {tolerance:P1}");
        // The share the generator recorded for its extras differs from the file's only by the background rows.
        var observed = profile.GetProperty("observedShareInWindow").GetDouble();
        Assert.True(Math.Abs(share - observed) <= background / (double)rows.Count + 1e-4, $"{id}: file {share:P2}, truth {observed:P2}");
        // Without the profile the window would hold far less: the planted share alone is more than half of it.
        Assert.True(share >= planted - tolerance, $"{id}: {share:P1} < planted {planted:P0}");
    }

    [Fact]
    public void The_planted_window_does_not_move_incidents_out_of_their_year_or_period()
    {
        using var truth = PlantedTruth.Read(sample);
        foreach (var h in truth.RootElement.GetProperty("hotspots").EnumerateArray())
        {
            var rows = PlantedTruth.InSquare(sample, h);
            var to = h.GetProperty("periods").EnumerateArray().Max(p => DateOnly.Parse(p.GetProperty("to").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
            var from = h.GetProperty("periods").EnumerateArray().Min(p => DateOnly.Parse(p.GetProperty("from").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
            var outside = rows.Count(i => DateOnly.FromDateTime(i.Local) < from || DateOnly.FromDateTime(i.Local) > to);
            // Only background can lie outside the active period (a few a year at most).
            Assert.InRange(outside, 0, rows.Count - PlantedTruth.Planted(h));
        }
    }
}
