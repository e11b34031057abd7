namespace Geo.Reporting.Reports;

/// <summary>A written report: its file, format, language, role, the threshold applied (null for the analyst) and the plan it shows.</summary>
public sealed record ReportResult(string Path, string Format, string Lang, string Role, int? SuppressBelow, long? PlanId,
    long? FollowUpPlanId, int Sections, IReadOnlyList<string> Notices);
