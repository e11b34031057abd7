namespace Geo.Import.Pipeline;

/// <summary>The import was rolled back because too many rows were rejected.</summary>
public sealed class ImportRejectedException(ImportSummary summary, double maxRejectRate)
    : Exception(string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{summary.Rejected:N0} of {summary.Read:N0} rows rejected ({(summary.Read == 0 ? 0 : (double)summary.Rejected / summary.Read):P2}), above the maximum of {maxRejectRate:P2}: nothing was loaded.") +
        (summary.RejectReport is null ? "" : $" See the reject report: {summary.RejectReport}"))
{
    public ImportSummary Summary { get; } = summary;
}
