namespace Geo.Import.Pipeline;

/// <summary>
/// What an import did. Serialised as the CLI's <c>--json</c> output:
/// {"read","loaded","rejected","new","updated","unchanged","withoutLocation","seconds","rejectReport", ...}.
/// <see cref="Duplicates"/> rows repeated an earlier row's id and were rejected (they are part of <see cref="Rejected"/>);
/// <see cref="Collapsed"/> were accepted on purpose (--duplicates keep-first|keep-last) and merged into one row per id.
/// </summary>
public sealed record ImportSummary(
    long Read,
    long Loaded,
    long Rejected,
    long Skipped,
    long New,
    long Updated,
    long Unchanged,
    long WithoutLocation,
    long Warnings,
    long Repaired,
    double Seconds,
    string? RejectReport,
    long? BatchId,
    IReadOnlyList<string> Notices,
    long Duplicates = 0,
    long Collapsed = 0)
{
    public double RowsPerSecond => Seconds > 0 ? Read / Seconds : 0;
}
