using Geo.Core.Domain;

namespace Geo.Import.Pipeline;

/// <summary>One import asked for by a user (CLI or API).</summary>
/// <param name="Kind">Incidents, resources or areas.</param>
/// <param name="Path">Input file.</param>
/// <param name="StudyAreaCode">Target study area.</param>
/// <param name="Profile">Built-in profile name, or null.</param>
/// <param name="MappingFile">A profile JSON file, or a category mapping CSV (source_code,category), or null.</param>
/// <param name="SourceSrid">--crs: CRS of the file's coordinates, overriding profile and detection.</param>
/// <param name="SetName">Area set name (areas only); default: the file name stem.</param>
/// <param name="SetKind">Area set kind: deso, regso, district, custom (areas only).</param>
/// <param name="MaxRejectRate">Largest share of rejected rows that still commits (default 1%).</param>
/// <param name="RejectReportPath">Where to write the reject report CSV; null: no report file.</param>
/// <param name="BoundaryToleranceMetres">Points this close outside the boundary load with a warning.</param>
/// <param name="ImportedBy">Who runs the import (recorded in import_batch).</param>
/// <param name="Source">--source: source name for every row (default: the profile's, a source column, or "native").</param>
/// <param name="SkipOutside">Skip rows outside the study area (counted, not rejected): for national feeds.</param>
public sealed record ImportRequest(
    ImportKind Kind,
    string Path,
    string StudyAreaCode,
    string? Profile = null,
    string? MappingFile = null,
    int? SourceSrid = null,
    string? SetName = null,
    string SetKind = "custom",
    double MaxRejectRate = 0.01,
    string? RejectReportPath = null,
    double BoundaryToleranceMetres = 100,
    string ImportedBy = "geo",
    bool SkipOutside = false,
    string? Source = null)
{
    /// <summary>--earliest-date: incidents dated before this day are rejected (default 1900-01-01).</summary>
    public DateOnly EarliestDate { get; init; } = ImportOptions.DefaultEarliestDate;

    /// <summary>--max-days-ahead: incidents more than this many days after now are rejected (default 1).</summary>
    public double MaxDaysAhead { get; init; } = ImportOptions.DefaultMaxDaysAhead;
}
