using Geo.Core.Text;

namespace Geo.Core.Tests.Text;

public sealed class NumberTextTests
{
    [Theory]
    [InlineData("65.5842", '.', 65.5842)]
    [InlineData(" -87.6277 ", '.', -87.6277)]
    [InlineData("65,5842", ',', 65.5842)]
    [InlineData("\u221222,15", ',', -22.15)]
    [InlineData("6580112", ',', 6580112)]
    [InlineData("1.5e3", '.', 1500)]
    [InlineData("+3", '.', 3)]
    public void Parses(string text, char separator, double expected)
    {
        Assert.True(NumberText.TryParseDouble(text, separator, out var value));
        Assert.Equal(expected, value, 12);
    }

    [Theory]
    [InlineData("", '.')]
    [InlineData("65,5842", '.')]
    [InlineData("65.5842", ',')]
    [InlineData("1,234.5", '.')]
    [InlineData("abc", '.')]
    [InlineData("NaN", '.')]
    [InlineData("Infinity", '.')]
    public void Refuses(string text, char separator) => Assert.False(NumberText.TryParseDouble(text, separator, out _));

    [Theory]
    [InlineData("7452", 7452)]
    [InlineData(" 7452.0 ", 7452)]
    [InlineData("\u221212", -12)]
    [InlineData("+3", 3)]
    public void ParsesIntegers(string text, int expected)
    {
        Assert.True(NumberText.TryParseInt(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("7452.5")]
    [InlineData("3e10")]
    [InlineData("")]
    [InlineData("1 000")]
    public void RefusesNonIntegers(string text) => Assert.False(NumberText.TryParseInt(text, out _));
}
