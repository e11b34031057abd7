namespace Geo.Reporting.Reports;

/// <summary>The report's figures as inline SVG: maps of section 5 and 8, charts of sections 3, 4 and 6.</summary>
internal static class ReportFigures
{
    public static string AreaMap(LagesbildReport r, ReportText t) => "";

    public static string HotspotMap(LagesbildReport r, ReportText t) => "";

    public static string ResourceMap(LagesbildReport r, ReportText t) => "";

    public static string ReferenceBars(ReportReference reference, ReportText t) => "";

    public static string Trend(ReportTrendRow row, ReportText t) => "";

    public static string Heat(ReportTimeProfile p, int? suppressBelow, ReportText t) => "";

    public static string YearWheel(ReportTimeProfile p, int? suppressBelow, ReportText t) => "";
}
