namespace Geo.Formats.Exports;

/// <summary>The type of an export column: decides the CSV text, the XLSX cell type and number format, and the GeoPackage/GeoJSON type.</summary>
public enum ExportKind
{
    /// <summary>Text (CSV: neutralised against formula injection; XLSX: an inline string).</summary>
    Text,

    /// <summary>A whole number that is not a count (an id, a rank, a population).</summary>
    Integer,

    /// <summary>A count of incidents: may hold an <see cref="ExportSuppressed"/> mark.</summary>
    Count,

    /// <summary>A decimal number shown with <see cref="ExportColumn.Decimals"/> decimals (a rate, a ratio, a z-score).</summary>
    Decimal,

    /// <summary>A share 0–1 shown as a percentage with <see cref="ExportColumn.Decimals"/> decimals (XLSX: 0.0%; CSV: the share as a decimal number).</summary>
    Percent,

    /// <summary>A date (<see cref="DateOnly"/>): CSV yyyy-MM-dd, XLSX a date serial with yyyy-mm-dd format, GeoPackage DATE.</summary>
    Date,

    /// <summary>A moment (<see cref="DateTimeOffset"/>, written in UTC): CSV yyyy-MM-dd HH:mm:ss, XLSX a serial with a date-time format, GeoPackage DATETIME.</summary>
    DateTime,

    /// <summary>true/false (CSV: ja/nej in Swedish, true/false otherwise; XLSX: a boolean cell; GeoPackage BOOLEAN).</summary>
    Boolean,
}
