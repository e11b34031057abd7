using System.Xml.Linq;
using static Geo.Reporting.Charts.SvgMarkup;

namespace Geo.Reporting.Charts;

/// <summary>
/// The hour × weekday table as SVG: 7 rows (Monday to Sunday) of 24 hour cells coloured on a sequential colour-blind-safe
/// scale (reversed viridis: light for few, dark for many; 0 light grey) with the count printed in each cell and a legend.
/// With a suppression threshold, cells with 1 to threshold − 1 incidents are hatched and show "&lt;5" instead of their
/// count (0 is shown); nothing in the SVG carries their value.
/// </summary>
public static class HeatTable
{
    private const double Left = 44, Top = 8, CellWidth = 27, CellHeight = 24;

    /// <summary>Draws the table.</summary>
    /// <param name="counts">168 counts, index day × 24 + hour, Monday = 0 (as <c>TimeProfileResult.HourWeekday</c> and the run's stored <c>HourWeekday</c>).</param>
    /// <param name="suppressBelow">The suppression threshold (5 by default in the report), or null to show every count (the analyst's report).</param>
    /// <param name="lang">"sv" (default) or "en".</param>
    /// <param name="outlined">Cells (day × 24 + hour) to outline, e.g. the peak window; null for none.</param>
    /// <param name="showValues">False to print no numbers in the cells (only colours, and "&lt;5" nowhere but the hatch).</param>
    /// <param name="title">The accessible title (the report's caption); null for a generic one.</param>
    /// <returns>An &lt;svg&gt; element with class "chart heat-table" whose cells are the 168 rects of class "cell" (suppressed ones "cell suppressed").</returns>
    /// <exception cref="ArgumentException">Not 168 counts, a negative count, a threshold below 1, or an outlined cell outside 0–167.</exception>
    public static string Svg(IReadOnlyList<int> counts, int? suppressBelow = null, string lang = "sv", IReadOnlyCollection<int>? outlined = null, bool showValues = true, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var text = ChartText.For(lang);
        if (counts.Count != 168) throw new ArgumentException($"an hour × weekday table needs 168 counts (7 days × 24 hours), not {counts.Count}.");
        if (counts.Any(c => c < 0)) throw new ArgumentException("counts must not be negative.");
        if (suppressBelow < 1) throw new ArgumentException($"the suppression threshold must be at least 1, not {suppressBelow}.");
        var window = new HashSet<int>(outlined ?? []);
        if (window.Any(i => i is < 0 or >= 168)) throw new ArgumentException("outlined cells are day × 24 + hour, 0–167.");

        bool Suppressed(int c) => suppressBelow is { } t && c > 0 && c < t;
        var max = Math.Max(1, counts.Where(c => !Suppressed(c)).DefaultIfEmpty(0).Max());
        var gridBottom = Top + 7 * CellHeight;
        var width = Left + 24 * CellWidth + 8;
        var legendY = gridBottom + 44;
        var height = legendY + 34;

        var svg = Root(width, height, "chart heat-table");
        var gradient = E("linearGradient", A("id", "scale"), A("x1", "0"), A("x2", "1"), A("y1", "0"), A("y2", "0"));
        for (var k = 0; k <= 8; k++) gradient.Add(E("stop", A("offset", k / 8.0), A("stop-color", ChartPalette.Sequential(k / 8.0))));
        svg.Add(E("defs", gradient, Hatch()));

        var cells = E("g", A("class", "cells"), A("stroke", "#FFFFFF"), A("stroke-width", 1));
        var labels = E("g", A("class", "values"), A("text-anchor", "middle"), A("font-size", 9));
        for (var day = 0; day < 7; day++)
        {
            var y = Top + day * CellHeight;
            svg.Add(Text(Left - 6, y + CellHeight / 2 + 4, text.Weekday(day), 11, "end"));
            for (var hour = 0; hour < 24; hour++)
            {
                var x = Left + hour * CellWidth;
                var c = counts[day * 24 + hour];
                var hidden = Suppressed(c);
                var t = (double)c / max;
                var fill = hidden ? "url(#hatch)" : c == 0 ? ChartPalette.Empty : ChartPalette.Sequential(t);
                cells.Add(E("rect", A("class", hidden ? "cell suppressed" : "cell"), A("x", x), A("y", y), A("width", CellWidth), A("height", CellHeight),
                    A("fill", fill), A("data-day", day), A("data-hour", hour)));
                if (!showValues) continue;
                var label = hidden ? ChartText.Below(suppressBelow!.Value) : text.Number(c);
                var colour = hidden ? "#333333" : c == 0 ? "#9A9A9A" : ChartPalette.DarkAt(t) ? "#FFFFFF" : "#1A1A1A";
                labels.Add(E("text", A("x", x + CellWidth / 2), A("y", y + CellHeight / 2 + 3.5), A("fill", colour),
                    c >= 1000 ? A("font-size", 7.5) : null, label));
            }
        }
        svg.Add(cells, labels);
        if (window.Count > 0) svg.Add(Outline(window));

        var hours = E("g", A("class", "hours"), A("text-anchor", "middle"), A("font-size", 10));
        for (var hour = 0; hour < 24; hour++) hours.Add(E("text", A("x", Left + hour * CellWidth + CellWidth / 2), A("y", gridBottom + 13), hour.ToString("00", System.Globalization.CultureInfo.InvariantCulture)));
        svg.Add(hours, Text(Left + 12 * CellWidth, gridBottom + 29, text.T("Timme (klockslagets början)", "Hour (start of the hour)"), 11, "middle"));

        var legend = E("g", A("class", "legend"), A("font-size", 10));
        var lx = Left;
        legend.Add(Text(lx, legendY + 10, text.T("Antal händelser", "Incidents"), 10));
        lx += 92;
        legend.Add(E("rect", A("x", lx), A("y", legendY), A("width", 150), A("height", 12), A("fill", "url(#scale)")),
            Text(lx, legendY + 24, text.Number(suppressBelow ?? 1), 9, "start"), Text(lx + 150, legendY + 24, text.Number(max), 9, "end"));
        lx += 166;
        legend.Add(E("rect", A("x", lx), A("y", legendY), A("width", 14), A("height", 12), A("fill", ChartPalette.Empty), A("stroke", "#CCCCCC")), Text(lx + 18, legendY + 10, "0", 10));
        lx += 36;
        if (suppressBelow is { } threshold)
        {
            legend.Add(E("rect", A("x", lx), A("y", legendY), A("width", 14), A("height", 12), A("fill", "url(#hatch)"), A("stroke", "#CCCCCC")),
                Text(lx + 18, legendY + 10, text.FewerThan(threshold), 10));
            lx += 150;
        }
        if (window.Count > 0)
            legend.Add(E("rect", A("x", lx), A("y", legendY), A("width", 14), A("height", 12), A("fill", "none"), A("stroke", "#000000"), A("stroke-width", 2)),
                Text(lx + 18, legendY + 10, text.T("markerat tidsfönster", "marked window"), 10));
        svg.Add(legend);
        return Finish(svg, title ?? text.T("Händelser per timme och veckodag", "Incidents by hour and weekday"));
    }

    private static XElement Hatch() =>
        E("pattern", A("id", "hatch"), A("width", 5), A("height", 5), A("patternUnits", "userSpaceOnUse"), A("patternTransform", "rotate(45)"),
            E("rect", A("width", 5), A("height", 5), A("fill", "#FFFFFF")),
            E("line", A("x1", 0), A("y1", 0), A("x2", 0), A("y2", 5), A("stroke", "#A0A0A0"), A("stroke-width", 2)));

    /// <summary>The outer edges of the outlined cells (an edge between two outlined cells is not drawn); hours wrap within a day.</summary>
    private static XElement Outline(HashSet<int> window)
    {
        var d = new System.Text.StringBuilder();
        foreach (var i in window.Order())
        {
            int day = i / 24, hour = i % 24;
            double x = Left + hour * CellWidth, y = Top + day * CellHeight;
            if (!window.Contains(i - 24)) d.Append($"M{F(x)} {F(y)}h{F(CellWidth)}");
            if (!window.Contains(i + 24)) d.Append($"M{F(x)} {F(y + CellHeight)}h{F(CellWidth)}");
            if (hour == 0 || !window.Contains(i - 1)) d.Append($"M{F(x)} {F(y)}v{F(CellHeight)}");
            if (hour == 23 || !window.Contains(i + 1)) d.Append($"M{F(x + CellWidth)} {F(y)}v{F(CellHeight)}");
        }
        return E("path", A("class", "window"), A("d", d.ToString()), A("fill", "none"), A("stroke", "#000000"), A("stroke-width", 2.5), A("stroke-linecap", "square"));
    }
}
