namespace Geo.Reporting.Reports;

/// <summary>Section 8: the resources of one type in the study area, and how many have opening hours.</summary>
public sealed record ReportResourceCount(string Type, string Label, int Count, int WithHours);
