namespace Geo.Reporting.Reports;

/// <summary>Section 12: one area's indicators for all incidents (null where suppressed or undefined).</summary>
public sealed record ReportAreaRow(string Code, string? Name, int? Population, int? Incidents, int? IncidentsCompare, double? RatePer1000,
    double? RateEbPer1000, bool Unstable, string? ChangeClass, string? TrendClass, double? HotShare95, double? RepeatShare, string? LisaClass, bool Suppressed);
