namespace Geo.Reporting.Reports;

/// <summary>One data source of the run: its name, incidents in the period (null when suppressed) and the dates it covers.</summary>
public sealed record ReportSource(string Source, int? Incidents, string? First, string? Last);
