using Geo.Core.Time;

namespace Geo.Core.Tests.Time;

/// <summary>OpenStreetMap opening_hours strings as found on youth centres, bars, shops and schools (and in the sample).</summary>
public class OpeningHoursTests
{
    [Theory]
    // text, open hours a week
    [InlineData("Mo-Th 15:00-21:00; Fr 15:00-23:00; Sa 18:00-23:00", 4 * 6 + 8 + 5)]
    [InlineData("24/7", 168)]
    [InlineData("Mo-Fr 08:00-16:00", 40)]
    [InlineData("Mo-Fr 08:00-16:30", 42.5)]
    [InlineData("Mo-Fr 09:00-12:00,13:00-17:00", 35)]
    [InlineData("Sa,Su 10:00-16:00", 12)]
    [InlineData("Mo-Fr 08:00-18:00; Sa 10:00-14:00; Su off", 54)]
    [InlineData("Mo-Su 16:00-07:00", 7 * 15)]
    [InlineData("Mo-Th 11:00-23:00; Fr-Sa 11:00-03:00; Su 12:00-22:00", 4 * 12 + 2 * 16 + 10)]
    [InlineData("We-Th 21:00-02:00; Fr-Sa 22:00-03:00", 2 * 5 + 2 * 5)]
    [InlineData("Fr-Mo 20:00-24:00", 16)]
    [InlineData("Mo-Fr 22:00-26:00", 20)]
    [InlineData("10:00-18:00", 56)]
    [InlineData("Mo-Su 10:00-22:00; Mo closed", 6 * 12)]
    [InlineData("Mo,We,Fr 17:00-20:00", 9)]
    public void Open_hours_a_week(string text, double hours) =>
        Assert.Equal(hours, OpeningHours.Parse(text).OpenMinutes / 60.0, 1e-9);

    [Fact]
    public void Hours_past_midnight_belong_to_the_next_morning()
    {
        var h = OpeningHours.Parse("We-Th 21:00-02:00; Fr-Sa 22:00-03:00");
        Assert.True(h.IsOpen(DayOfWeek.Saturday, 2, 59));   // Friday night
        Assert.True(h.IsOpen(DayOfWeek.Sunday, 2, 0));      // Saturday night
        Assert.False(h.IsOpen(DayOfWeek.Sunday, 3, 0));
        Assert.True(h.IsOpen(DayOfWeek.Thursday, 1, 30));   // Wednesday night
        Assert.False(h.IsOpen(DayOfWeek.Wednesday, 1, 30)); // Tuesday was closed
        Assert.False(h.IsOpen(DayOfWeek.Friday, 21, 30));
    }

    [Fact]
    public void Sunday_night_wraps_to_monday_morning()
    {
        var h = OpeningHours.Parse("Su 22:00-02:00");
        Assert.True(h.IsOpen(DayOfWeek.Monday, 1, 0));
        Assert.True(h.IsOpen(DayOfWeek.Sunday, 23, 0));
        Assert.Equal(1.0, h.OpenShareOfHour(0));
        Assert.Equal(0.0, h.OpenShareOfHour(2));
    }

    [Fact]
    public void A_later_rule_replaces_the_days_it_names_but_not_an_earlier_nights_spill()
    {
        var h = OpeningHours.Parse("Mo-Su 20:00-02:00; Tu off");
        Assert.True(h.IsOpen(DayOfWeek.Tuesday, 1, 0));    // Monday night still runs into Tuesday
        Assert.False(h.IsOpen(DayOfWeek.Tuesday, 21, 0));
        Assert.False(h.IsOpen(DayOfWeek.Wednesday, 1, 0)); // no Tuesday night
    }

    [Fact]
    public void Share_of_an_hour_counts_minutes()
    {
        var h = OpeningHours.Parse("Mo 08:15-09:00");
        Assert.Equal(0.75, h.OpenShareOfHour(8), 1e-12);
        Assert.Equal(0, h.OpenShareOfHour(9));
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("Mo-Fr 08:00-17:00; PH off", "\"PH\"")]
    [InlineData("sunrise-sunset", "\"sunrise-sunset\"")]
    [InlineData("Jan-Mar Mo-Fr 08:00-16:00", "\"Jan-Mar\"")]
    [InlineData("Mo-Fr 8-17", "\"8-17\"")]
    [InlineData("Mo-Fr 08:00-17:00 \"by appointment\"", "not a time range")]
    [InlineData("Mo-Fr 18:00+", "\"18:00+\"")]
    [InlineData("Mo-Fr 08:60-17:00", "\"08:60-17:00\"")]
    [InlineData("Mo-Fr", "no hours")]
    [InlineData("Mon-Fri 08:00-17:00", "\"Mon-Fri\"")]
    [InlineData("Mo-Fr 10:00-35:00", "\"10:00-35:00\"")]
    public void Refuses_what_it_does_not_understand_and_names_it(string text, string named)
    {
        Assert.False(OpeningHours.TryParse(text, out _, out var error));
        Assert.Contains(named, error);
        Assert.Throws<FormatException>(() => OpeningHours.Parse(text));
    }
}
