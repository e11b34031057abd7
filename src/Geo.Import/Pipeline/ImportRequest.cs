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
/// <param name="Duplicates">What to do with rows whose id repeats an earlier row's in the file (default: reject them).</param>
/// <param name="Wait">How long to wait for another import into the same study area; null: as long as it takes.</param>
/// <param name="KeepAttributes">--keep-attributes: extra columns to keep in the attributes (opt-in; names that look personal are refused).</param>
/// <param name="AllowText">--allow-text: attribute columns allowed to hold free text (kept as well; still screened for personal data).</param>
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
    string? Source = null,
    DuplicatePolicy Duplicates = DuplicatePolicy.Reject,
    TimeSpan? Wait = null,
    IReadOnlyList<string>? KeepAttributes = null,
    IReadOnlyList<string>? AllowText = null)
{
    /// <summary>Refuses options that make no sense (not a number, out of range), before anything is read.</summary>
    /// <exception cref="ArgumentException">Names the option and the allowed range.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Path)) throw new ArgumentException("the input file is missing.");
        if (string.IsNullOrWhiteSpace(StudyAreaCode)) throw new ArgumentException("--study-area is empty.");
        if (!double.IsFinite(MaxRejectRate) || MaxRejectRate is < 0 or > 1)
            throw new ArgumentException($"--max-reject-rate must be a number from 0 to 1 (a share of the rows), got {Show(MaxRejectRate)}.");
        if (!double.IsFinite(BoundaryToleranceMetres) || BoundaryToleranceMetres < 0)
            throw new ArgumentException($"--tolerance must be 0 or more metres, got {Show(BoundaryToleranceMetres)}.");
        if (Wait is { } w && w < TimeSpan.Zero) throw new ArgumentException($"--wait must be 0 or more seconds, got {w.TotalSeconds}.");
    }

    /// <summary>--earliest-date: incidents dated before this day are rejected (default 1900-01-01).</summary>
    public DateOnly EarliestDate { get; init; } = ImportOptions.DefaultEarliestDate;

    /// <summary>--max-days-ahead: incidents more than this many days after now are rejected (default 1).</summary>
    public double MaxDaysAhead { get; init; } = ImportOptions.DefaultMaxDaysAhead;

    private static string Show(double v) => v.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
