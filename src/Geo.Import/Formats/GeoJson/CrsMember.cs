using System.Globalization;
using System.Text.Json;

namespace Geo.Import.Formats.GeoJson;

/// <summary>
/// Reads the legacy "crs" member of GeoJSON 2008 (geojson.org/geojson-spec.html §3.1, removed by RFC 7946 §4):
/// named CRS such as "urn:ogc:def:crs:EPSG::3006", "EPSG:3006", "http://www.opengis.net/def/crs/EPSG/0/3006"
/// and "urn:ogc:def:crs:OGC:1.3:CRS84" (WGS 84 longitude/latitude, i.e. 4326 in GeoJSON axis order), or the
/// older {"type":"EPSG","properties":{"code":3006}}.
/// </summary>
internal static class CrsMember
{
    /// <summary>The EPSG code declared, or null with the declared text in <paramref name="declared"/> when not understood.</summary>
    public static int? Parse(JsonElement crs, out string declared)
    {
        declared = crs.GetRawText();
        if (crs.ValueKind != JsonValueKind.Object || !crs.TryGetProperty("properties", out var props) || props.ValueKind != JsonValueKind.Object)
            return null;
        if (props.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String)
        {
            declared = name.GetString()!;
            return FromName(declared);
        }

        if (props.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.Number && code.TryGetInt32(out var epsg))
        {
            declared = $"EPSG:{epsg}";
            return epsg;
        }

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
