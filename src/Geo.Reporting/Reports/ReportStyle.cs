namespace Geo.Reporting.Reports;

/// <summary>The report's print stylesheet.</summary>
internal static class ReportStyle
{
    public static string Css => "body { font-family: 'DejaVu Sans', sans-serif; }";
}
