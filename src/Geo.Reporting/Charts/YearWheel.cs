using System.Xml.Linq;
using static Geo.Reporting.Charts.SvgMarkup;

namespace Geo.Reporting.Charts;

/// <summary>
/// The årshjul (year wheel) as SVG: 12 sectors, January at the top and the months clockwise, each sector's area
/// proportional to its count (radius ∝ √count), the month's name and count outside it, and the peak months in the accent
/// colour with their names in bold. With a suppression threshold, a month with 1 to threshold − 1 incidents is a hatched
/// sector as large as the threshold (an upper bound) labelled "&lt;5".
/// </summary>
public static class YearWheel
{
    /// <summary>
    /// The default peak months (1–12): those whose count exceeds the monthly mean m = total / 12 by more than 1.96 Poisson
    /// standard deviations, x &gt; m + 1.96·√m (a one-month excess a flat year gives by chance in about 2.5 % of months).
    /// None when the year is flat or empty.
    /// </summary>
    public static IReadOnlyList<int> PeakMonths(IReadOnlyList<int> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (counts.Count != 12) throw new ArgumentException($"a year wheel needs 12 monthly counts, not {counts.Count}.");
        var mean = counts.Sum() / 12.0;
        if (mean <= 0) return [];
        var limit = mean + 1.96 * Math.Sqrt(mean);
        return Enumerable.Range(1, 12).Where(m => counts[m - 1] > limit).ToList();
    }

    /// <summary>Draws the wheel.</summary>
    /// <param name="counts">12 counts, January first (as <c>TimeProfileResult.MonthOfYear</c> and the run's stored <c>MonthOfYear</c>).</param>
    /// <param name="lang">"sv" (default) or "en".</param>
    /// <param name="peakMonths">The months (1–12) to highlight; null for <see cref="PeakMonths"/>.</param>
    /// <param name="suppressBelow">The suppression threshold, or null to show every count.</param>
    /// <param name="size">Width of the square wheel in pixels (a legend of 58 px is added below).</param>
    /// <param name="title">The accessible title (the report's caption); null for a generic one.</param>
    /// <returns>An &lt;svg&gt; element with class "chart year-wheel" whose 12 sectors are paths of class "sector" ("sector peak" for a peak month, "sector suppressed").</returns>
    /// <exception cref="ArgumentException">Not 12 counts, a negative count, a threshold below 1, or a peak month outside 1–12.</exception>
    public static string Svg(IReadOnlyList<int> counts, string lang = "sv", IReadOnlyCollection<int>? peakMonths = null, int? suppressBelow = null, int size = 420, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var text = ChartText.For(lang);
        if (counts.Count != 12) throw new ArgumentException($"a year wheel needs 12 monthly counts, not {counts.Count}.");
        if (counts.Any(c => c < 0)) throw new ArgumentException("counts must not be negative.");
        if (suppressBelow < 1) throw new ArgumentException($"the suppression threshold must be at least 1, not {suppressBelow}.");
        var peaks = new HashSet<int>(peakMonths ?? PeakMonths(counts));
        if (peaks.Any(m => m is < 1 or > 12)) throw new ArgumentException("peak months are 1–12.");

        bool Suppressed(int c) => suppressBelow is { } t && c > 0 && c < t;
        double Shown(int c) => Suppressed(c) ? suppressBelow!.Value : c;
        var max = Math.Max(1, Enumerable.Range(0, 12).Max(i => Shown(counts[i])));
        double cx = size / 2.0, cy = size / 2.0, radius = size / 2.0 - 58;
        double R(double v) => radius * Math.Sqrt(v / max);
        (double X, double Y) P(double r, double degrees) => (cx + r * Math.Cos(degrees * Math.PI / 180), cy + r * Math.Sin(degrees * Math.PI / 180));

        var svg = Root(size, size + 58, "chart year-wheel");
        svg.Add(E("defs", E("pattern", A("id", "hatch"), A("width", 5), A("height", 5), A("patternUnits", "userSpaceOnUse"), A("patternTransform", "rotate(45)"),
            E("rect", A("width", 5), A("height", 5), A("fill", "#FFFFFF")),
            E("line", A("x1", 0), A("y1", 0), A("x2", 0), A("y2", 5), A("stroke", "#A0A0A0"), A("stroke-width", 2)))));

        // Guides: circles at half and all of the largest count, spokes between the months.
        var guides = E("g", A("class", "guides"), A("fill", "none"), A("stroke", "#D0D0D0"), A("stroke-width", 1));
        foreach (var f in new[] { 0.5, 1.0 }) guides.Add(E("circle", A("cx", cx), A("cy", cy), A("r", R(max * f))));
        for (var m = 0; m < 12; m++)
        {
            var (x, y) = P(radius, -90 + 30 * m);
            guides.Add(E("line", A("x1", cx), A("y1", cy), A("x2", x), A("y2", y)));
        }
        svg.Add(guides);

        var sectors = E("g", A("class", "sectors"), A("stroke", "#FFFFFF"), A("stroke-width", 1.5));
        var labels = E("g", A("class", "months"), A("text-anchor", "middle"));
        for (var m = 0; m < 12; m++)
        {
            var c = counts[m];
            var hidden = Suppressed(c);
            var peak = peaks.Contains(m + 1);
            double a1 = -90 + 30 * m, a2 = a1 + 30, r = R(Shown(c));
            var (x1, y1) = P(r, a1);
            var (x2, y2) = P(r, a2);
            var d = r > 0 ? $"M{F(cx)} {F(cy)}L{F(x1)} {F(y1)}A{F(r)} {F(r)} 0 0 1 {F(x2)} {F(y2)}Z" : $"M{F(cx)} {F(cy)}Z";
            var cls = "sector" + (peak ? " peak" : "") + (hidden ? " suppressed" : "");
            var valueText = hidden ? ChartText.Below(suppressBelow!.Value) : text.Number(c);
            sectors.Add(E("path", A("class", cls), A("d", d), A("fill", hidden ? "url(#hatch)" : peak ? ChartPalette.Accent : ChartPalette.Base),
                A("data-month", m + 1), E("title", $"{text.MonthName(m + 1)}: {valueText}")));
            var (lx, ly) = P(radius + 26, a1 + 15);
            labels.Add(Text(lx, ly - 2, text.MonthShort(m + 1), 12, "middle", peak ? "bold" : null, peak ? ChartPalette.Accent : "#1A1A1A"),
                Text(lx, ly + 12, valueText, 10, "middle", null, "#444444"));
        }
        svg.Add(sectors, labels);
        svg.Add(Text(cx + 3, cy - R(max) - 3, text.Number(max), 9, "start", null, "#777777"),
            Text(cx + 3, cy - R(max * 0.5) - 3, text.Number(max * 0.5, max % 2 == 0 ? 0 : 1), 9, "start", null, "#777777"));

        var ly0 = size + 8;
        var legend = E("g", A("class", "legend"), A("font-size", 10),
            E("rect", A("x", 12), A("y", ly0), A("width", 12), A("height", 12), A("fill", ChartPalette.Accent)),
            Text(28, ly0 + 10, peakMonths is null
                ? text.T("toppmånad (signifikant fler än månadsmedel)", "peak month (significantly above the monthly mean)")
                : text.T("toppmånad", "peak month"), 10),
            Text(12, ly0 + 27, text.T("Sektorns yta är proportionell mot antalet händelser.", "A sector's area is proportional to its count."), 10, "start", null, "#444444"));
        if (suppressBelow is { } threshold && counts.Any(Suppressed))
            legend.Add(E("rect", A("x", 12), A("y", ly0 + 34), A("width", 12), A("height", 12), A("fill", "url(#hatch)"), A("stroke", "#CCCCCC")),
                Text(28, ly0 + 44, text.FewerThan(threshold), 10));
        svg.Add(legend);
        return Finish(svg, title ?? text.T("Händelser per månad under året (årshjul)", "Incidents by month of the year (year wheel)"));
    }
}
