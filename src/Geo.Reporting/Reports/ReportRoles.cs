namespace Geo.Reporting.Reports;

/// <summary>The roles a report is made for, and the default suppression threshold of small counts.</summary>
public static class ReportRoles
{
    public const string Analyst = "analyst";
    public const string Coordinator = "coordinator";
    public const string Partner = "partner";

    /// <summary>Counts from 1 to this − 1 are suppressed in reports made for any role but the analyst's.</summary>
    public const int DefaultSuppressBelow = 5;

    public static readonly IReadOnlyList<string> All = [Analyst, Coordinator, Partner];

    public static readonly IReadOnlyList<string> Formats = ["html", "pdf", "md", "json"];
}
