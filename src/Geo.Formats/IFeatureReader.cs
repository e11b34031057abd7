namespace Geo.Formats;

/// <summary>
/// Streams the rows of one file (CSV, GeoJSON, GeoPackage; gzip-compressed inputs detected by magic bytes)
/// in constant memory, with everything detected announced in <see cref="Notices"/>.
/// </summary>
public interface IFeatureReader : IDisposable
{
    string FileName { get; }
    long TotalBytes { get; }
    long BytesRead { get; }

    /// <summary>Field (column or property) names in the order of <see cref="FeatureRow.Span"/> indexes.</summary>
    IReadOnlyList<string> Fields { get; }

    /// <summary>The CRS the file declares (GeoPackage srs_id, a legacy GeoJSON "crs" member), or null.</summary>
    int? DeclaredSrid { get; }

    /// <summary>
    /// Why the coordinates' CRS cannot be taken from the file, in words for a person, or null. Set for a GeoPackage whose
    /// srs is undefined (srs_id 0 or -1) or not an EPSG code, a GeoJSON "crs" member that is not EPSG, and a GeoJSON
    /// without "crs" member whose positions are not longitude/latitude degrees. With a problem and no
    /// <see cref="DeclaredSrid"/>, geometries must not be taken as WGS 84: the user has to give the CRS.
    /// </summary>
    string? CrsProblem => null;

    /// <summary>True for spatial formats whose rows carry a <see cref="FeatureRow.Geometry"/>.</summary>
    bool HasGeometry { get; }

    /// <summary>Decimal separator of numbers in text fields ('.' or ',' detected in CSV).</summary>
    char DecimalSeparator { get; }

    /// <summary>Detected encoding, delimiter, decimal separator, layer, declared CRS, ... to announce.</summary>
    IReadOnlyList<string> Notices { get; }

    /// <summary>
    /// The SHA-256 (lowercase hex) of the file as read from disk, once the reader has read all of it (the streaming readers
    /// hash while they read, so the file is read once); null before that, and for formats read through a library (a plain
    /// GeoPackage), whose caller hashes the file itself.
    /// </summary>
    string? Sha256 { get; }

    /// <summary>Reads the rows once, in file order. Malformed text raises <see cref="InputFormatException"/>.</summary>
    IEnumerable<FeatureRow> Read(CancellationToken cancellationToken = default);
}
