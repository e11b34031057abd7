namespace Geo.Reporting.Reports;

/// <summary>The report's title facts: study area, run, periods, settings, when and for whom it was made.</summary>
public sealed record ReportHeader(
    string StudyAreaCode,
    string StudyAreaName,
    long RunId,
    string? RunLabel,
    DateOnly PeriodFrom,
    DateOnly PeriodTo,
    DateOnly? CompareFrom,
    DateOnly? CompareTo,
    string? AreaSet,
    double CellSize,
    DateTimeOffset RunCreatedAt,
    DateTimeOffset GeneratedAt,
    string GeoVersion,
    string Lang,
    string Role,
    int? SuppressBelow,
    int Srid);
