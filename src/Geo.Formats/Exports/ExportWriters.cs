namespace Geo.Formats.Exports;

/// <summary>
/// Creates the writer of a format. CSV to a path also writes the metadata sidecar <see cref="SidecarPath"/> beside it.
/// Layouts: docs/export-formats.md.
/// </summary>
public static class ExportWriters
{
    /// <summary>A writer of <paramref name="format"/> (one of <see cref="ExportFormats.All"/>) to the file <paramref name="path"/> (replaced).</summary>
    public static IExportWriter Create(string format, string path, ExportWriterOptions options)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(options);
        return format switch
        {
            ExportFormats.Csv => OnFile(path, file => new CsvExportWriter(file, true, options, SidecarPath(path))),
            ExportFormats.GeoJson => OnFile(path, file => new GeoJsonExportWriter(file, true, options)),
            ExportFormats.GeoPackage => new GeoPackageExportWriter(path, options),
            ExportFormats.Xlsx => new XlsxExportWriter(path, options),
            _ => throw Unknown(format),
        };
    }

    /// <summary>
    /// A writer of <paramref name="format"/> to <paramref name="stream"/> (left open): CSV and GeoJSON stream straight to it
    /// (the CSV's metadata is then not written: the caller sends it apart); XLSX and GeoPackage need a file (NotSupportedException).
    /// </summary>
    public static IExportWriter Create(string format, Stream stream, ExportWriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        return format switch
        {
            ExportFormats.Csv => new CsvExportWriter(stream, false, options, null),
            ExportFormats.GeoJson => new GeoJsonExportWriter(stream, false, options),
            ExportFormats.Xlsx or ExportFormats.GeoPackage => throw new NotSupportedException($"A {format} export is written to a file, not a stream: write it to a temporary file and send that."),
            _ => throw Unknown(format),
        };
    }

    /// <summary>The metadata sidecar of a CSV file: <c>Path.ChangeExtension(path, ".metadata.json")</c> (geo_run57_indicators.csv → geo_run57_indicators.metadata.json).</summary>
    public static string SidecarPath(string csvPath) => Path.ChangeExtension(csvPath, ".metadata.json");

    /// <summary>A writer on a new file, which is closed and removed if the writer refuses its options.</summary>
    private static IExportWriter OnFile(string path, Func<Stream, IExportWriter> create)
    {
        var file = File.Create(path);
        try
        {
            return create(file);
        }
        catch
        {
            file.Dispose();
            File.Delete(path);
            throw;
        }
    }

    private static ArgumentException Unknown(string format) =>
        new($"format '{format}' is not one of {string.Join(", ", ExportFormats.All)}.", nameof(format));
}
