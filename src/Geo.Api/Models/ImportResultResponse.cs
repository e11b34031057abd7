namespace Geo.Api.Models;

/// <summary>
/// What an import did, as <c>geo import --json</c> prints it (without the server's report path): rows read, loaded (new,
/// updated, unchanged), rejected, skipped outside, without location, repeated ids, warnings and repairs, the import
/// batch, the notices, and the reject report's lines (<see cref="Rejects"/>: the first 1,000; <see cref="RejectsTotal"/>
/// counts them all). <see cref="Failed"/> is true when too many rows were rejected and nothing was loaded.
/// </summary>
public sealed record ImportResultResponse(
    long Read, long Loaded, long Rejected, long SkippedOutside, long New, long Updated, long Unchanged, long WithoutLocation, long Duplicates, long Collapsed,
    double Seconds, long Warnings, long Repaired, double RowsPerSecond, long? BatchId, bool Failed, IReadOnlyList<string> Notices,
    IReadOnlyList<ImportRejectResponse> Rejects, long RejectsTotal, bool RejectsTruncated);
