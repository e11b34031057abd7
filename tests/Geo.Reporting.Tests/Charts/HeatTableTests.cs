using System.Text.RegularExpressions;
using Geo.Reporting.Charts;

namespace Geo.Reporting.Tests.Charts;

public sealed class HeatTableTests
{
    /// <summary>Planted: Friday and Saturday 22–04 busy (40–63), daytime 8–17 at 10, one cell each of 1, 2, 3 and 4, the rest 0.</summary>
    private static int[] Planted()
    {
        var c = new int[168];
        for (var d = 0; d < 7; d++)
            for (var h = 8; h < 18; h++) c[d * 24 + h] = 10;
        foreach (var d in new[] { 4, 5 })
        {
            for (var h = 22; h < 24; h++) c[d * 24 + h] = 40 + h;
            for (var h = 0; h < 4; h++) c[(d + 1) * 24 + h] = 60 + h;
        }
        c[0 * 24 + 3] = 1; c[1 * 24 + 5] = 2; c[2 * 24 + 19] = 3; c[3 * 24 + 20] = 4;
        return c;
    }

    [Fact]
    public void Draws_168_cells_in_7_weekday_rows_and_24_hour_columns()
    {
        var svg = ChartXml.Parse(HeatTable.Svg(Planted()));
        var cells = svg.WithClass("rect", "cell").ToList();
        Assert.Equal(168, cells.Count);
        Assert.Equal(7, cells.Select(c => c.Attr("y")).Distinct().Count());
        Assert.Equal(24, cells.Select(c => c.Attr("x")).Distinct().Count());
        // Monday = 0: Saturday 23:00 (day 5) holds 63, the largest count, in the darkest colour; 0 is light grey.
        var saturday23 = cells.Single(c => c.Attr("data-day") == "5" && c.Attr("data-hour") == "23");
        Assert.Equal(ChartPalette.Sequential(1), saturday23.Attr("fill"));
        Assert.Equal("#440154", ChartPalette.Sequential(1));
        var monday0 = cells.Single(c => c.Attr("data-day") == "0" && c.Attr("data-hour") == "0");
        Assert.Equal(ChartPalette.Empty, monday0.Attr("fill"));
        // Without a threshold every count is printed, 1–4 included.
        var texts = svg.Texts();
        foreach (var n in new[] { "1", "2", "3", "4", "63" }) Assert.Contains(n, texts);
        Assert.Empty(svg.WithClass("rect", "suppressed"));
    }

    [Fact]
    public void Suppresses_counts_below_the_threshold_everywhere_in_the_svg()
    {
        var markup = HeatTable.Svg(Planted(), suppressBelow: 5);
        var svg = ChartXml.Parse(markup);
        Assert.Equal(168, svg.WithClass("rect", "cell").Count());
        var hidden = svg.WithClass("rect", "suppressed").ToList();
        Assert.Equal(4, hidden.Count);
        Assert.All(hidden, c => Assert.StartsWith("url(#", c.Attr("fill"), StringComparison.Ordinal));
        var texts = svg.Texts();
        Assert.Equal(4, texts.Count(t => t == "<5"));
        // No number 1–4 anywhere: not as a cell's text, not in an attribute such as a value or a title.
        foreach (var n in new[] { "1", "2", "3", "4" })
            Assert.DoesNotContain(n, texts.Where(t => t != "<5" && !Regex.IsMatch(t, "^[0-2][0-9]$"))); // hour labels are 00–23
        Assert.DoesNotContain("data-value", markup);
        Assert.Contains("färre än 5 (dolt)", texts);
        // 0 is not suppressed (it says that nothing happened, not who).
        Assert.Contains("0", texts);
    }

    [Fact]
    public void Names_days_and_hours_in_the_language_asked_and_outlines_the_window()
    {
        var window = new[] { 4 * 24 + 22, 4 * 24 + 23, 5 * 24 + 0, 5 * 24 + 1 };
        var sv = ChartXml.Parse(HeatTable.Svg(Planted(), 5, "sv", window));
        Assert.Equal(["mån", "tis", "ons", "tor", "fre", "lör", "sön"], sv.Texts().Where(t => t.Length == 3 && char.IsLetter(t[0])).Take(7));
        Assert.Contains("Timme (klockslagets början)", sv.Texts());
        Assert.Single(sv.WithClass("path", "window"));
        Assert.Contains("markerat tidsfönster", sv.Texts());

        var en = ChartXml.Parse(HeatTable.Svg(Planted(), 5, "en")).Texts();
        Assert.Contains("Mon", en);
        Assert.Contains("Sun", en);
        Assert.Contains("fewer than 5 (suppressed)", en);
        Assert.DoesNotContain("mån", en);
        Assert.Empty(ChartXml.Parse(HeatTable.Svg(Planted(), 5, "en")).WithClass("path", "window"));
    }

    [Fact]
    public void Without_values_suppressed_cells_are_only_hatched()
    {
        var svg = ChartXml.Parse(HeatTable.Svg(Planted(), 5, showValues: false));
        Assert.Equal(4, svg.WithClass("rect", "suppressed").Count());
        Assert.DoesNotContain("<5", svg.Texts());
        Assert.Empty(svg.WithClass("g", "values").Single().Elements());
    }

    [Fact]
    public void Rejects_a_table_that_is_not_168_counts()
    {
        Assert.Throws<ArgumentException>(() => HeatTable.Svg(new int[167]));
        Assert.Throws<ArgumentException>(() => HeatTable.Svg(new int[168], suppressBelow: 0));
        Assert.Throws<ArgumentException>(() => HeatTable.Svg(new int[168], outlined: [168]));
    }
}
