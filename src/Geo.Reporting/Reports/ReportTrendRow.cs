namespace Geo.Reporting.Reports;

/// <summary>
/// Section 4: one category group in the whole study area: incidents now and in the comparison period (null when
/// suppressed), the change test, the trend, and the monthly counts (a suppressed month is null) from <see cref="FirstMonth"/>.
/// </summary>
public sealed record ReportTrendRow(string Group, string Label, int? Incidents, int? IncidentsCompare, double? RateRatio, double? RateRatioLower,
    double? RateRatioUpper, double? RateRatioP, string? ChangeClass, string? TrendClass, double? TrendPercentPerYear, double? TrendLower,
    double? TrendUpper, DateOnly FirstMonth, IReadOnlyList<int?> Monthly);
