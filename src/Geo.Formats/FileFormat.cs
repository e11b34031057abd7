namespace Geo.Formats;

/// <summary>The file formats <see cref="FeatureReaders"/> can read (each possibly gzip-compressed).</summary>
public enum FileFormat
{
    /// <summary>Delimited text (RFC 4180 CSV; also semicolon, tab or pipe separated).</summary>
    Csv,

    /// <summary>GeoJSON (RFC 7946) FeatureCollection or single Feature.</summary>
    GeoJson,

    /// <summary>OGC GeoPackage (SQLite) feature layer.</summary>
    GeoPackage,
}
