namespace Geo.Formats.Exports;

/// <summary>A hidden value in an export row: the mark written instead of it ("&lt;5", ".." or "x") and the flag of GeoJSON and GeoPackage.</summary>
/// <param name="Reason">Why it is hidden.</param>
/// <param name="Threshold">k of the suppression rule.</param>
public sealed record ExportSuppressed(ExportHidden Reason, int Threshold)
{
    /// <summary>The text of CSV and XLSX: "&lt;k" for a small count, "x" for a withheld one, ".." otherwise.</summary>
    public string Mark => Reason switch
    {
        ExportHidden.Small => $"<{Threshold}",
        ExportHidden.Withheld => "x",
        _ => "..",
    };

    /// <summary>The flag of GeoJSON and GeoPackage: small, secondary, withheld or derived.</summary>
    public string Flag => Reason switch
    {
        ExportHidden.Small => "small",
        ExportHidden.Secondary => "secondary",
        ExportHidden.Withheld => "withheld",
        _ => "derived",
    };
}
