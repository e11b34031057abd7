namespace Geo.Reporting.Reports;

/// <summary>
/// Section 6: when it happens: the hour × weekday table (168 counts, index day × 24 + hour, Monday = 0; suppressed
/// counts null) and the months of the year (12, January first) of all incidents, and of the groups of the top problems.
/// </summary>
public sealed record ReportWhen(IReadOnlyList<ReportTimeProfile> Profiles, int Untimed);
