using ScottPlot;

namespace Geo.Reporting.Charts;

/// <summary>
/// Horizontal bars with their values printed after them (e.g. the rate per 100 000 inhabitants of the municipality
/// against its county, Sweden and similar municipalities; or incidents per group), the first item at the top, drawn with
/// ScottPlot 5 and returned as inline SVG. Numbers in Swedish (decimal comma) or English.
/// </summary>
public static class BarChart
{
    /// <summary>Draws the chart.</summary>
    /// <param name="bars">The bars from top to bottom (at least one).</param>
    /// <param name="valueAxisLabel">The label of the value axis, e.g. "Anmälda brott per 100 000 invånare"; already in the language.</param>
    /// <param name="lang">"sv" (default) or "en": the number format.</param>
    /// <param name="decimals">Decimals of the value labels.</param>
    /// <param name="width">Width in pixels (the SVG scales through its viewBox).</param>
    /// <param name="height">Height in pixels; null for 70 + 36 per bar.</param>
    /// <param name="title">The accessible title (the report's caption); null for the axis label.</param>
    /// <returns>An &lt;svg&gt; element with class "chart bar-chart", without XML declaration.</returns>
    /// <exception cref="ArgumentException">No bars, or a negative or infinite value.</exception>
    public static string Svg(IReadOnlyList<BarItem> bars, string valueAxisLabel, string lang = "sv", int decimals = 1, int width = 760, int? height = null, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var text = ChartText.For(lang);
        if (bars.Count == 0) throw new ArgumentException("a bar chart needs at least one bar.");
        foreach (var b in bars)
            if (b.Value < 0 || double.IsInfinity(b.Value))
                throw new ArgumentException($"bar '{b.Label}' has the value {b.Value}; bars show finite values ≥ 0 (NaN for none).");

        var plot = new Plot();
        var n = bars.Count;
        var list = new List<Bar>();
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var i = 0; i < n; i++)
        {
            var item = bars[i];
            var position = n - 1 - i;
            ticks.AddMajor(position, item.Label);
            var value = double.IsNaN(item.Value) ? 0 : item.Value;
            list.Add(new Bar
            {
                Position = position,
                Value = value,
                FillColor = Color.FromHex(item.Highlight ? ChartPalette.Accent : ChartPalette.Base),
                LineWidth = 0,
                Size = 0.7,
                Label = item.ValueText ?? (double.IsNaN(item.Value) ? "–" : text.Number(item.Value, decimals)),
            });
        }
        var plottable = plot.Add.Bars(list);
        plottable.Horizontal = true;
        plottable.ValueLabelStyle.FontName = ChartStyle.Font;
        plottable.ValueLabelStyle.FontSize = 12;
        ChartStyle.Apply(plot);
        plot.Axes.Left.TickGenerator = ticks;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => text.Number(v, v == Math.Round(v) ? 0 : 1), TargetTickCount = 6 };
        var max = bars.Where(b => !double.IsNaN(b.Value)).Select(b => b.Value).DefaultIfEmpty(1).Max();
        plot.Axes.SetLimits(0, Math.Max(max, 1e-9) * 1.18, -0.6, n - 0.4);
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        plot.XLabel(valueAxisLabel);
        var h = height ?? 70 + 36 * n;
        return SvgMarkup.FromScottPlot(plot.GetSvgXml(width, h), width, h, "chart bar-chart", title ?? valueAxisLabel);
    }
}
