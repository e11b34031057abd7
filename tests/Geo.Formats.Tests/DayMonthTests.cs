using Geo.Formats.Text;

namespace Geo.Formats.Tests;

public class DayMonthTests
{
    [Theory]
    [InlineData("03/04/2023", 3, 4)]
    [InlineData("7/19/2017 13:45", 7, 19)]
    [InlineData(" 25/12/2023 01:45:00 PM ", 25, 12)]
    public void SlashDatesGiveTheirTwoNumbers(string text, int first, int second)
    {
        Assert.True(DateTimeParser.TryReadDayMonth(text, out var a, out var b));
        Assert.Equal((first, second), (a, b));
    }

    [Theory]
    [InlineData("2023-04-03")]
    [InlineData("03.04.2023")]
    [InlineData("03/04/23")]
    [InlineData("003/04/2023")]
    [InlineData("03/04/20231")]
    [InlineData("2023/04/03")]
    public void OtherTextIsNoSlashDate(string text) => Assert.False(DateTimeParser.TryReadDayMonth(text, out _, out _));

    [Fact]
    public void TheDefaultFormatsReadEitherOrder()
    {
        var parser = new DateTimeParser(null);
        Assert.True(parser.UsesDefaultFormats);
        Assert.True(parser.TryParse("03/04/2023 22:15", DayMonthOrder.DayFirst, out var dayFirst));
        Assert.Equal(new DateTime(2023, 4, 3, 22, 15, 0), dayFirst.Value);
        Assert.True(parser.TryParse("03/04/2023 22:15", DayMonthOrder.MonthFirst, out var monthFirst));
        Assert.Equal(new DateTime(2023, 3, 4, 22, 15, 0), monthFirst.Value);
        Assert.False(parser.TryParse("25/12/2023", DayMonthOrder.MonthFirst, out _));
        Assert.True(parser.TryParse("25/12/2023", DayMonthOrder.DayFirst, out var christmas));
        Assert.Equal(new DateTime(2023, 12, 25), christmas.Value);
        // Given formats are used as given, whatever the order.
        var given = new DateTimeParser(["M/d/yyyy"]);
        Assert.False(given.UsesDefaultFormats);
        Assert.True(given.TryParse("03/04/2023", DayMonthOrder.DayFirst, out var g));
        Assert.Equal(new DateTime(2023, 3, 4), g.Value);
    }
}
