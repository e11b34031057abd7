namespace Geo.Planning.Exports;

/// <summary>
/// What an export wrote: rows, the role and threshold it was made for (null: nothing suppressed), how many counts it
/// shows as small (primary) and hidden as complements (secondary), a file name to offer (geo_run57_indicators.csv), the
/// metadata sidecar's path for a CSV file (null otherwise), and notices in the request's language (defaults chosen, what was left out).
/// </summary>
public sealed record ExportResult(
    string What,
    string Format,
    string Role,
    long Rows,
    int? Threshold,
    int SmallCells,
    int SecondaryCells,
    string FileName,
    string? MetadataPath,
    IReadOnlyList<string> Notices);
