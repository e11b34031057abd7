namespace Geo.Import.Pipeline;

/// <summary>
/// What an import did. Serialised as the CLI's <c>--json</c> output:
/// {"read","loaded","rejected","new","updated","unchanged","withoutLocation","seconds","rejectReport", ...}.
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
    IReadOnlyList<string> Notices)
{
    public double RowsPerSecond => Seconds > 0 ? Read / Seconds : 0;
}
