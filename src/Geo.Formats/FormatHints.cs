using System.Text;

namespace Geo.Formats;

/// <summary>
/// What the user states about a file; everything left null is detected and announced in
/// <see cref="IFeatureReader.Notices"/>.
/// </summary>
/// <param name="Format">File format; null picks it from the extension (or the content when the extension is unknown).</param>
/// <param name="Delimiter">CSV field delimiter; null detects one of <c>, ; \t |</c>.</param>
/// <param name="Encoding">CSV text encoding; null detects it (BOM, else UTF-8 when valid, else Windows-1252).</param>
/// <param name="DecimalSeparator">Decimal separator of numbers in CSV fields ('.' or ','); null detects it.</param>
/// <param name="GeoPackageLayer">GeoPackage feature table to read; null takes the only feature layer.</param>
public sealed record FormatHints(
    FileFormat? Format = null,
    char? Delimiter = null,
    Encoding? Encoding = null,
    char? DecimalSeparator = null,
    string? GeoPackageLayer = null);
