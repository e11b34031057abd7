namespace Geo.Formats.Exports;

/// <summary>
/// How an export is written: the language of labels and words, the CSV dialect, the CRS of the tables' geometries
/// (<paramref name="Srid"/> with its name and WKT; GeoJSON transforms to WGS 84, GeoPackage keeps it) and the metadata.
/// </summary>
public sealed record ExportWriterOptions(string Lang, string Dialect, int Srid, string SrsName, string SrsWkt, ExportMetadata Metadata);
