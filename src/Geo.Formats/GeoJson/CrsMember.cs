using System.Globalization;

namespace Geo.Formats.GeoJson;

/// <summary>
/// Reads the legacy "crs" member of GeoJSON 2008 (geojson.org/geojson-spec.html §3.1, removed by RFC 7946 §4):
/// named CRS such as "urn:ogc:def:crs:EPSG::3006", "EPSG:3006", "http://www.opengis.net/def/crs/EPSG/0/3006"
/// and "urn:ogc:def:crs:OGC:1.3:CRS84" (WGS 84 longitude/latitude, i.e. 4326 in GeoJSON axis order), or the
/// older {"type":"EPSG","properties":{"code":3006}}.
/// </summary>
internal static class CrsMember
{
    /// <summary>The EPSG code declared, or null when not understood; <paramref name="declared"/> describes what was declared.</summary>
    /// <param name="type">The crs "type" member ("name", "EPSG", "link", ...).</param>
    /// <param name="name">properties.name, or null.</param>
    /// <param name="code">properties.code, or null.</param>
    public static int? Parse(string? type, string? name, int? code, out string declared)
    {
        if (name is not null)
        {
            declared = name;
            return FromName(name);
        }

        if (code is { } epsg && epsg > 0)
        {
            declared = $"EPSG:{epsg}";
            return epsg;
        }

        declared = $"type \"{type ?? "?"}\" without a name or code";
        return null;
    }

    /// <summary>EPSG code from a CRS name or URN; null when not an EPSG or CRS84 name.</summary>
    public static int? FromName(string name)
    {
        var upper = name.Trim().ToUpperInvariant();
        if (upper.EndsWith("CRS84", StringComparison.Ordinal)) return 4326;
        if (!upper.Contains("EPSG", StringComparison.Ordinal)) return null;
        var cut = upper.LastIndexOfAny([':', '/']);
        return int.TryParse(upper.AsSpan(cut + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var code) && code > 0 ? code : null;
    }
}
