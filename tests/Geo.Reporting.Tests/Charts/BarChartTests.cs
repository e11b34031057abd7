using Geo.Reporting.Charts;

namespace Geo.Reporting.Tests.Charts;

public sealed class BarChartTests
{
    private static readonly BarItem[] Rates =
    [
        new("Kommunen", 1234.5, Highlight: true),
        new("Länet", 1100.25),
        new("Sverige", 1310),
        new("Liknande kommuner", 990.74),
        new("Okänd grupp", double.NaN, ValueText: "<5"),
    ];

    private static List<System.Xml.Linq.XElement> Bars(System.Xml.Linq.XElement svg, string colour) =>
        svg.All("rect").Where(r => r.Attr("fill").Equals(colour, StringComparison.OrdinalIgnoreCase)).ToList();

    [Fact]
    public void Draws_one_bar_per_value_with_the_highlighted_one_in_the_accent_colour()
    {
        var svg = ChartXml.Parse(BarChart.Svg(Rates, "Anmälda brott per 100 000 invånare"));
        var accent = Assert.Single(Bars(svg, ChartPalette.Accent));
        var plain = Bars(svg, ChartPalette.Base);
        Assert.Equal(3, plain.Count); // Länet, Sverige, liknande; no bar for the missing value
        // Horizontal bars: the length is the width, proportional to the value (Sverige 1310 against Kommunen 1234.5).
        var widths = plain.Select(r => double.Parse(r.Attr("width"), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var sweden = widths.Max();
        var kommun = double.Parse(accent.Attr("width"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(1234.5 / 1310, kommun / sweden, 2);
    }

    [Fact]
    public void Prints_the_values_with_a_decimal_comma_in_Swedish_and_a_point_in_English()
    {
        var sv = ChartXml.Parse(BarChart.Svg(Rates, "Anmälda brott per 100 000 invånare")).Texts();
        Assert.Contains("1\u00A0234,5", sv);
        Assert.Contains("990,7", sv);
        Assert.Contains("<5", sv);
        Assert.Contains("Liknande kommuner", sv);
        Assert.Contains("Anmälda brott per 100 000 invånare", sv);

        var en = ChartXml.Parse(BarChart.Svg(Rates, "Offences per 100,000 inhabitants", "en", decimals: 2)).Texts();
        Assert.Contains("1,234.50", en);
        Assert.Contains("990.74", en);
        Assert.DoesNotContain(en, t => t.Contains("990,7", StringComparison.Ordinal));
    }

    [Fact]
    public void Rejects_negative_values_and_an_empty_list()
    {
        Assert.Throws<ArgumentException>(() => BarChart.Svg([], "x"));
        Assert.Throws<ArgumentException>(() => BarChart.Svg([new BarItem("a", -1)], "x"));
    }
}
