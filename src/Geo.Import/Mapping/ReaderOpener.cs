using System.Text;
using Geo.Formats;
using Geo.Import.Profiles;

namespace Geo.Import.Mapping;

/// <summary>Opens a format reader with the hints a profile gives (format, delimiter, encoding, decimal separator, layer).</summary>
internal static class ReaderOpener
{
    public static IFeatureReader Open(string path, MappingProfile? profile) => FeatureReaders.Open(path, Hints(profile));

    public static FormatHints? Hints(MappingProfile? p)
    {
        if (p is null) return null;
        return new FormatHints(
            Format: p.Format?.ToLowerInvariant() switch
            {
                null or "" => null,
                "csv" => FileFormat.Csv,
                "geojson" or "json" => FileFormat.GeoJson,
                "gpkg" or "geopackage" => FileFormat.GeoPackage,
                var f => throw new InvalidDataException($"Profile {p.Name}: format '{f}' is not csv, geojson or gpkg."),
            },
            Delimiter: p.Delimiter switch
            {
                null or "" => null,
                "\\t" or "tab" => '\t',
                { Length: 1 } d => d[0],
                var d => throw new InvalidDataException($"Profile {p.Name}: delimiter '{d}' must be one character (or \"tab\")."),
            },
            Encoding: p.Encoding?.ToLowerInvariant() switch
            {
                null or "" => null,
                "utf-8" or "utf8" => new UTF8Encoding(false),
                "latin-1" or "latin1" or "iso-8859-1" => Encoding.Latin1,
                "windows-1252" or "cp1252" => CodePagesEncodingProvider.Instance.GetEncoding(1252) ?? Encoding.Latin1,
                var e => throw new InvalidDataException($"Profile {p.Name}: encoding '{e}' is not utf-8, latin-1 or windows-1252."),
            },
            DecimalSeparator: p.DecimalSeparator is { Length: 1 } ds ? ds[0] : null,
            GeoPackageLayer: p.GeoPackageLayer);
    }
}
