using System.Text;
using Geo.Formats.Csv;
using Geo.Formats.GeoJson;
using Geo.Formats.GeoPackage;
using Geo.Formats.IO;

namespace Geo.Formats;

/// <summary>Opens the right <see cref="IFeatureReader"/> for a file.</summary>
public static class FeatureReaders
{
    /// <summary>
    /// Opens <paramref name="path"/> as CSV (.csv, .txt, .tsv), GeoJSON (.geojson, .json) or GeoPackage (.gpkg),
    /// each optionally gzip-compressed (a trailing .gz, or the gzip magic bytes 1F 8B whatever the name), or
    /// as <see cref="FormatHints.Format"/> says. An unknown extension is resolved from the content.
    /// </summary>
    /// <exception cref="InputFormatException">The file cannot be read as the chosen format (row 0: its header or structure).</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static IFeatureReader Open(string path, FormatHints? hints = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        InputFile.CheckRegularFile(path);
        var fileName = Path.GetFileName(path);
        var format = hints?.Format ?? FromExtension(path) ?? Sniff(path);
        return format switch
        {
            FileFormat.Csv => new CsvFeatureReader(path, fileName, hints),
            FileFormat.GeoJson => new GeoJsonFeatureReader(path, fileName),
            FileFormat.GeoPackage => new GeoPackageFeatureReader(path, fileName, hints?.GeoPackageLayer),
            _ => throw new ArgumentOutOfRangeException(nameof(hints), format, "Unknown file format."),
        };
    }

    /// <summary>
    /// Refuses what is not a non-empty regular file before anything is opened: a directory, a missing file, a device or a
    /// pipe (whose reading would never end or would block).
    /// </summary>
    /// <exception cref="InputFormatException">The path is a directory, empty, or not a regular file.</exception>
    /// <exception cref="FileNotFoundException">Nothing is there.</exception>
    public static void CheckRegularFile(string path) => InputFile.CheckRegularFile(path);

    /// <summary>The format implied by the file name (a trailing .gz is ignored), or null.</summary>
    public static FileFormat? FromExtension(string path)
    {
        var name = Path.GetFileName(path).ToLowerInvariant();
        if (name.EndsWith(".gz", StringComparison.Ordinal)) name = name[..^3];
        return Path.GetExtension(name) switch
        {
            ".csv" or ".txt" or ".tsv" or ".tab" => FileFormat.Csv,
            ".geojson" or ".json" => FileFormat.GeoJson,
            ".gpkg" => FileFormat.GeoPackage,
            _ => null,
        };
    }

    /// <summary>Looks at the first bytes: the SQLite header means GeoPackage, a '{' means GeoJSON, else CSV.</summary>
    private static FileFormat Sniff(string path)
    {
        using var input = InputFile.Open(path);
        Span<byte> head = stackalloc byte[64];
        var n = input.Content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..n];
        if (head.StartsWith("SQLite format 3\0"u8)) return FileFormat.GeoPackage;
        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.StartsWith('{')) return FileFormat.GeoJson;
        return FileFormat.Csv;
    }
}
