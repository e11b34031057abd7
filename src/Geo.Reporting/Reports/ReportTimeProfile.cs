namespace Geo.Reporting.Reports;

/// <summary>The time profile of one group in the whole study area (counts below the threshold null), with its peak window in words.</summary>
public sealed record ReportTimeProfile(string Group, string Label, int Incidents, IReadOnlyList<int?> HourWeekday, IReadOnlyList<int?> MonthOfYear,
    string? Peak);
