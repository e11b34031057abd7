using Geo.Analysis.Time;

namespace Geo.Analysis.Tests.Time;

public class WeekWindowTests
{
    [Fact]
    public void Friday_to_Saturday_22_to_03_holds_the_two_nights_and_nothing_else()
    {
        var w = new WeekWindow(4, 5, 22, 3, 0);
        Assert.Equal(2, w.Days);
        Assert.Equal(5, w.Hours);
        Assert.Equal(10, w.Slots);
        int[] inside = [118, 119, 120, 121, 122, 142, 143, 144, 145, 146]; // Fri 22, 23, Sat 00–02, Sat 22, 23, Sun 00–02
        for (var h = 0; h < 168; h++) Assert.Equal(inside.Contains(h), w.Contains(h));
        Assert.True(w.Contains(118 + 168));
        Assert.True(w.Contains(118 - 168));
    }

    [Fact]
    public void A_window_may_wrap_from_Sunday_to_Monday()
    {
        var w = new WeekWindow(6, 0, 22, 2, 0);
        int[] inside = [166, 167, 0, 1, 22, 23, 24, 25]; // Sun 22, 23, Mon 00, 01, Mon 22, 23, Tue 00, 01
        for (var h = 0; h < 168; h++) Assert.Equal(inside.Contains(h), w.Contains(h));
    }

    [Fact]
    public void Descriptions_in_Swedish_and_English()
    {
        Assert.Equal("fre–lör 22–03", new WeekWindow(4, 5, 22, 3, 0.4).Describe("sv"));
        Assert.Equal("Fri–Sat 22–03", new WeekWindow(4, 5, 22, 3, 0.4).Describe("en"));
        Assert.Equal("fre 22–03", new WeekWindow(4, 4, 22, 3, 0).Describe("sv"));
        Assert.Equal("tors 09–17", new WeekWindow(3, 3, 9, 17, 0).Describe("sv"));
        Assert.Equal("alla dagar 22–03", new WeekWindow(0, 6, 22, 3, 0).Describe("sv"));
        Assert.Equal("every day 22–03", new WeekWindow(0, 6, 22, 3, 0).Describe("en"));
        Assert.Equal("sön–mån 22–02", new WeekWindow(6, 0, 22, 2, 0).Describe("sv"));
        Assert.Equal("mån–fre 18–24", new WeekWindow(0, 4, 18, 0, 0).Describe("sv"));
        Assert.Equal(24, new WeekWindow(0, 0, 5, 5, 0).Hours);
        Assert.Throws<ArgumentException>(() => new WeekWindow(0, 0, 1, 2, 0).Describe("de"));
    }
}
