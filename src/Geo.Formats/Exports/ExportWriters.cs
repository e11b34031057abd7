namespace Geo.Formats.Exports;

/// <summary>
/// Creates the writer of a format. CSV writes <paramref name="path"/> and a sidecar <c>path.json</c> with the metadata.
/// STUB (issue 14 skeleton): the formats helper implements the four writers.
/// </summary>
public static class ExportWriters
{
    /// <summary>A writer of <paramref name="format"/> (one of <see cref="ExportFormats.All"/>) to the file <paramref name="path"/> (replaced).</summary>
    public static IExportWriter Create(string format, string path, ExportWriterOptions options) =>
        throw new NotImplementedException($"the {format} export writer is part of issue 14's formats work.");

    /// <summary>
    /// A writer of <paramref name="format"/> to <paramref name="stream"/> (left open): CSV and GeoJSON stream straight to it
    /// (the CSV's metadata is then not written: the caller sends it apart); XLSX and GeoPackage need a file (NotSupportedException).
    /// </summary>
    public static IExportWriter Create(string format, Stream stream, ExportWriterOptions options) =>
        throw new NotImplementedException($"the {format} export writer is part of issue 14's formats work.");
}
