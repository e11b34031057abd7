using Geo.Reporting.Charts;
using Geo.Reporting.Maps;

namespace Geo.Reporting.Reports;

/// <summary>
/// The report's figures as inline SVG: the maps of sections 5 and 8 (<see cref="SvgMap"/>: areas by the documented class
/// rule, hotspot cells by their emerging class, hotspot outlines, resources) and the charts of sections 3, 4 and 6
/// (<see cref="BarChart"/>, <see cref="TrendChart"/>, <see cref="HeatTable"/>, <see cref="YearWheel"/>). Suppressed counts
/// reach the charts as a value below the threshold, which they draw as "&lt;k" or hatched.
/// </summary>
internal static class ReportFigures
{
    public static string AreaMap(LagesbildReport r, ReportText t)
    {
        var areas = r.Where.Areas.Select(a => new MapArea(a.Code, a.Name ?? a.Code, a.Geometry, a.Value)).ToList();
        if (areas.Count == 0) return "";
        var layers = new List<MapLayer> { new AreaLayer(areas, t.T("Händelser per 1 000 invånare (utjämnat)", "Incidents per 1,000 residents (smoothed)")) };
        if (r.Where.Boundary is { } b) layers.Add(new BoundaryLayer(b));
        return SvgMap.Render(new MapSpec(t.T("Nivå per område", "Rate by area"), layers, t.Lang, Id: "areas"));
    }

    public static string HotspotMap(LagesbildReport r, ReportText t)
    {
        var layers = new List<MapLayer>();
        if (r.Where.Boundary is { } b) layers.Add(new BoundaryLayer(b));
        var cells = r.Where.Cells.Select(c => new HotspotCell(c.CellId.ToString(System.Globalization.CultureInfo.InvariantCulture), c.Geometry,
            c.EmergingClass ?? "no_pattern", c.HotspotId is { } h ? $"hot spot {h}" : null)).ToList();
        layers.Add(new HotspotCellLayer(cells));
        layers.Add(new HotspotLayer(r.Where.Hotspots.Select(h => new HotspotOutline(h.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), h.Geometry,
            h.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"hot spot {h.Id}: {t.EmergingClass(h.EmergingClass)}")).ToList()));
        return SvgMap.Render(new MapSpec(t.T("Hot spots och mönster över tid", "Hotspots and their pattern over time"), layers, t.Lang, Id: "hotspots"));
    }

    public static string ResourceMap(LagesbildReport r, ReportText t)
    {
        var layers = new List<MapLayer>();
        if (r.Where.Boundary is { } b) layers.Add(new BoundaryLayer(b));
        layers.Add(new HotspotLayer(r.Where.Hotspots.Select(h => new HotspotOutline(h.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), h.Geometry,
            h.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"hot spot {h.Id}: {t.Gap(h.CoverageGap)}")).ToList()));
        layers.Add(new ResourceLayer(r.Where.Resources.Select((x, i) => new ResourcePoint($"r{i}", x.Type, x.Name ?? t.ResourceType(x.Type), x.Geometry)).ToList()));
        return SvgMap.Render(new MapSpec(t.T("Resurser och hot spots", "Resources and hotspots"), layers, t.Lang, Id: "resources"));
    }

    public static string ReferenceBars(ReportReference reference, ReportText t)
    {
        if (reference.Rows.FirstOrDefault(x => x.Group == "total") is not { } row) return "";
        var bars = new List<BarItem>();
        void Add(string label, double? v, bool highlight = false) { if (v is { } x && double.IsFinite(x)) bars.Add(new BarItem(label, x, highlight)); }
        Add(reference.Municipality, row.Municipality, true);
        Add(reference.County, row.County);
        Add(t.T("Riket", "Sweden"), row.Sweden);
        Add(t.T("Liknande kommuner (median)", "Similar municipalities (median)"), row.SimilarMedian);
        return bars.Count == 0 ? "" : BarChart.Svg(bars, t.T("händelser per 100 000 invånare", "events per 100,000 residents"), t.Lang, 1);
    }

    public static string Trend(ReportTrendRow row, ReportText t)
    {
        if (row.Monthly.Count < 3 || row.Monthly.Any(m => m is null)) return "";
        var months = Enumerable.Range(0, row.Monthly.Count).Select(i => row.FirstMonth.AddMonths(i)).ToList();
        return TrendChart.Svg(months, [new TrendSeries(row.Label, row.Monthly.Select(m => m!.Value).ToList())], t.Lang);
    }

    public static string Heat(ReportTimeProfile p, int? suppressBelow, ReportText t) =>
        p.HourWeekday.Count != 168 ? "" : HeatTable.Svg(Raw(p.HourWeekday), suppressBelow, t.Lang);

    public static string YearWheel(ReportTimeProfile p, int? suppressBelow, ReportText t) =>
        p.MonthOfYear.Count != 12 ? "" : Charts.YearWheel.Svg(Raw(p.MonthOfYear), t.Lang, suppressBelow: suppressBelow);

    /// <summary>Suppressed counts (null) as 1, a value every threshold hides.</summary>
    private static List<int> Raw(IReadOnlyList<int?> counts) => counts.Select(c => c ?? 1).ToList();
}
