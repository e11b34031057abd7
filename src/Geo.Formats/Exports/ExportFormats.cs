namespace Geo.Formats.Exports;

/// <summary>The export formats and CSV dialects.</summary>
public static class ExportFormats
{
    public const string Csv = "csv";
    public const string Xlsx = "xlsx";
    public const string GeoJson = "geojson";
    public const string GeoPackage = "gpkg";

    /// <summary>Every format.</summary>
    public static IReadOnlyList<string> All { get; } = [Csv, Xlsx, GeoJson, GeoPackage];

    /// <summary>Swedish Excel: semicolon, decimal comma, yyyy-MM-dd dates (the default for sv).</summary>
    public const string ExcelSv = "excel-sv";

    /// <summary>Comma, decimal point (the default for en).</summary>
    public const string Standard = "standard";

    /// <summary>Every CSV dialect.</summary>
    public static IReadOnlyList<string> Dialects { get; } = [ExcelSv, Standard];

    /// <summary>The default dialect for a language.</summary>
    public static string DefaultDialect(string lang) => lang == "en" ? Standard : ExcelSv;

    /// <summary>The media type of a format.</summary>
    public static string ContentType(string format) => format switch
    {
        Csv => "text/csv; charset=utf-8",
        Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        GeoJson => "application/geo+json",
        GeoPackage => "application/geopackage+sqlite3",
        _ => throw new ArgumentException($"format '{format}' is not one of {string.Join(", ", All)}.", nameof(format)),
    };
}
