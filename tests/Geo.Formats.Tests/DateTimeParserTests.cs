using Geo.Core.Domain;
using Geo.Formats.Text;

namespace Geo.Formats.Tests;

public class DateTimeParserTests
{
    private static readonly DateTimeParser Default = new(null);

    [Theory]
    [InlineData("2024-05-01T22:15:30+02:00", "2024-05-01T20:15:30Z", TimePrecision.Minute)]
    [InlineData("2024-05-01T22:15:30.5Z", "2024-05-01T22:15:30.5Z", TimePrecision.Minute)]
    [InlineData("2022-09-26 15:55:23 +02:00", "2022-09-26T13:55:23Z", TimePrecision.Minute)]
    [InlineData("2022-09-29 7:56:30 +02:00", "2022-09-29T05:56:30Z", TimePrecision.Minute)]
    [InlineData("2024-05-01 22:15-0130", "2024-05-01T23:45:00Z", TimePrecision.Minute)]
    [InlineData("2024-05-01T22Z", "2024-05-01T22:00:00Z", TimePrecision.Hour)]
    public void IsoWithOffsetIsAnInstant(string text, string utc, TimePrecision precision)
    {
        Assert.True(Default.TryParse(text, out var t));
        Assert.NotNull(t.Offset);
        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), new DateTimeOffset(t.Value, t.Offset.Value));
        Assert.Equal(precision, t.Precision);
    }

    [Theory]
    [InlineData("2024-05-01 22:15", 2024, 5, 1, 22, 15, TimePrecision.Minute)]
    [InlineData("2024-05-01T22:15:59", 2024, 5, 1, 22, 15, TimePrecision.Minute)]
    [InlineData("2024-05-01", 2024, 5, 1, 0, 0, TimePrecision.Day)]
    [InlineData("2016-02", 2016, 2, 1, 0, 0, TimePrecision.Month)]
    [InlineData("2016", 2016, 1, 1, 0, 0, TimePrecision.Year)]
    [InlineData("7/19/2017 13:45", 2017, 7, 19, 13, 45, TimePrecision.Minute)]
    [InlineData("07/19/2017 01:45:00 PM", 2017, 7, 19, 13, 45, TimePrecision.Minute)]
    [InlineData("12/31/2019", 2019, 12, 31, 0, 0, TimePrecision.Day)]
    public void LocalFormatsAndTheirPrecision(string text, int y, int mo, int d, int h, int mi, TimePrecision precision)
    {
        Assert.True(Default.TryParse(text, out var t));
        Assert.Null(t.Offset);
        Assert.Equal(new DateTime(y, mo, d, h, mi, 0), t.Value.AddSeconds(-t.Value.Second));
        Assert.Equal(precision, t.Precision);
    }

    [Theory]
    [InlineData("2024-02-30")]
    [InlineData("2024-13-01")]
    [InlineData("2024-05-01 25:00")]
    [InlineData("2024-05-01T22:15+02:00junk")]
    [InlineData("31.12.2024")]
    [InlineData("yesterday")]
    public void NonsenseIsNotADate(string text) => Assert.False(Default.TryParse(text, out _));

    [Fact]
    public void ProfileFormatsAreTriedAfterIso()
    {
        var p = new DateTimeParser(["dd.MM.yyyy HH:mm", "dd.MM.yyyy"]);
        Assert.True(p.TryParse("31.12.2024 23:10", out var t));
        Assert.Equal((new DateTime(2024, 12, 31, 23, 10, 0), TimePrecision.Minute), (t.Value, t.Precision));
        Assert.True(p.TryParse("31.12.2024", out t));
        Assert.Equal(TimePrecision.Day, t.Precision);
        Assert.False(p.TryParse("7/19/2017 13:45", out _));
        Assert.Contains("dd.MM.yyyy HH:mm", p.Tried);
    }
}
