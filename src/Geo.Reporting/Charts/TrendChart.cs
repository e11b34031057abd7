using Geo.Analysis.SpaceTime;
using ScottPlot;

namespace Geo.Reporting.Charts;

/// <summary>
/// Monthly counts of one or more series (e.g. category groups) with each series' fitted log-linear Poisson trend and its
/// pointwise 95 % interval as a band, drawn with ScottPlot 5 and returned as inline SVG. Month labels in Swedish or English
/// ("jan 2024", then every 1, 3 or 6 months), counts with Swedish digit grouping.
/// </summary>
public static class TrendChart
{
    /// <summary>The stroke width of the trend lines (the observed lines are 1): how a reader of the SVG tells them apart.</summary>
    public const float TrendLineWidth = 2.5f;

    /// <summary>Draws the chart.</summary>
    /// <param name="months">The first day of each month on the axis, in order.</param>
    /// <param name="series">1–7 series, each with one count per month.</param>
    /// <param name="lang">"sv" (default) or "en".</param>
    /// <param name="width">Width in pixels (the SVG scales through its viewBox).</param>
    /// <param name="height">Height in pixels.</param>
    /// <param name="title">The accessible title (the report's caption); null for a generic one.</param>
    /// <returns>An &lt;svg&gt; element with class "chart trend-chart", without XML declaration.</returns>
    /// <exception cref="ArgumentException">No months, no series or more than 7, or a series whose length differs from the months'.</exception>
    public static string Svg(IReadOnlyList<DateOnly> months, IReadOnlyList<TrendSeries> series, string lang = "sv", int width = 760, int height = 340, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(months);
        ArgumentNullException.ThrowIfNull(series);
        var text = ChartText.For(lang);
        if (months.Count == 0) throw new ArgumentException("a trend chart needs at least one month.");
        if (series.Count == 0 || series.Count > ChartPalette.Series.Length)
            throw new ArgumentException($"a trend chart shows 1 to {ChartPalette.Series.Length} series, not {series.Count}.");
        foreach (var s in series)
            if (s.Counts.Count != months.Count)
                throw new ArgumentException($"series '{s.Label}' has {s.Counts.Count} counts for {months.Count} months.");

        var plot = new Plot();
        var xs = Enumerable.Range(0, months.Count).Select(i => (double)i).ToArray();
        var top = 1.0;
        for (var k = 0; k < series.Count; k++)
        {
            var s = series[k];
            var colour = Color.FromHex(ChartPalette.Series[k]);
            var ys = s.Counts.Select(c => (double)c).ToArray();
            top = Math.Max(top, ys.Max());
            var fit = s.Fit ?? FitOrNull(ys);
            if (fit is not null)
            {
                var band = TrendBand.Of(fit, ys.Length);
                var fill = plot.Add.FillY(xs, band.Lower, band.Upper);
                fill.FillColor = colour.WithAlpha(0.18);
                fill.LineWidth = 0;
                var line = plot.Add.ScatterLine(xs, band.Fitted);
                line.Color = colour;
                line.LineWidth = TrendLineWidth;
                line.MarkerSize = 0;
                top = Math.Max(top, band.Upper.Max());
            }
            var observed = plot.Add.Scatter(xs, ys);
            observed.Color = colour;
            observed.LineWidth = 1;
            observed.MarkerSize = 4;
            observed.LegendText = s.Label;
        }
        plot.Legend.ManualItems.Add(new LegendItem
        {
            LabelText = text.T("anpassad trend med 95 % konfidensintervall", "fitted trend with 95% confidence interval"),
            LineColor = Color.FromHex("#555555"),
            LineWidth = TrendLineWidth,
        });

        var ticks = new ScottPlot.TickGenerators.NumericManual();
        var step = months.Count <= 13 ? 1 : months.Count <= 36 ? 3 : 6;
        for (var i = 0; i < months.Count; i++)
        {
            var m = months[i];
            if (i == 0 || m.Month == 1) ticks.AddMajor(i, text.MonthShort(m.Month) + "\n" + m.Year);
            else if ((m.Month - 1) % step == 0) ticks.AddMajor(i, text.MonthShort(m.Month));
            else ticks.AddMinor(i);
        }
        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = v => text.Number(v, v == Math.Round(v) ? 0 : 1),
            IntegerTicksOnly = true,
        };
        plot.Axes.SetLimits(-0.5, months.Count - 0.5, 0, top * 1.08);
        plot.XLabel(text.T("Månad", "Month"));
        plot.YLabel(text.T("Händelser per månad", "Incidents per month"));
        ChartStyle.Apply(plot);
        plot.ShowLegend(Edge.Bottom);
        ChartStyle.Legend(plot);

        return SvgMarkup.FromScottPlot(plot.GetSvgXml(width, height), width, height, "chart trend-chart",
            title ?? text.T("Händelser per månad med anpassad trend", "Incidents per month with fitted trend"));
    }

    private static PoissonTrendResult? FitOrNull(double[] counts) =>
        counts.Length >= 3 && counts.Sum() > 0 ? PoissonTrend.Fit(counts) : null;
}
