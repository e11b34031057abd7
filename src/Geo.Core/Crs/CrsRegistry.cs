using System.Globalization;
using Geo.Core.Text;
using ProjNet.CoordinateSystems;

namespace Geo.Core.Crs;

/// <summary>
/// The coordinate reference systems Geo supports, defined in code (no proj.db at run time).
/// Parameters follow the EPSG registry; datum shifts are the EPSG TOWGS84 Helmert parameters.
/// </summary>
public static class CrsRegistry
{
    public const int Wgs84 = 4326;
    public const int Sweref99Tm = 3006;
    public const int WebMercator = 3857;
    public const int Rt90 = 3021;

    private static readonly CoordinateSystemFactory Factory = new();
    private static readonly Lazy<IReadOnlyDictionary<int, CoordinateSystem>> Systems = new(Build);

    /// <summary>EPSG codes of every supported CRS, ascending.</summary>
    public static IReadOnlyList<int> Supported => Systems.Value.Keys.Order().ToArray();

    public static bool IsSupported(int srid) => Systems.Value.ContainsKey(srid);

    /// <summary>The coordinate system for an EPSG code, or an error that lists what is supported.</summary>
    public static CoordinateSystem Get(int srid) =>
        Systems.Value.TryGetValue(srid, out var cs)
            ? cs
            : throw new UnsupportedCrsException(srid);

    /// <summary>True for geographic (degree) systems.</summary>
    public static bool IsGeographic(int srid) => Get(srid) is GeographicCoordinateSystem;

    /// <summary>True for projected systems with metre units (a valid working CRS).</summary>
    public static bool IsMetric(int srid) =>
        Get(srid) is ProjectedCoordinateSystem p && Math.Abs(p.LinearUnit.MetersPerUnit - 1.0) < 1e-12;

    /// <summary>Name of a supported CRS, e.g. "SWEREF99 TM".</summary>
    public static string Name(int srid) => Get(srid).Name;

    /// <summary>
    /// The WGS 84 / UTM zone (EPSG 326zz north of the equator, 327zz south) of a longitude and latitude in degrees: zone
    /// ⌊(lon + 180) / 6⌋ + 1, 1 to 60 (without the Norway and Svalbard exceptions).
    /// </summary>
    public static int UtmZone(double longitude, double latitude)
    {
        if (!double.IsFinite(longitude) || !double.IsFinite(latitude) || Math.Abs(longitude) > 180 || Math.Abs(latitude) > 90)
            throw new ArgumentOutOfRangeException(nameof(longitude), $"({longitude}, {latitude}) is not a longitude/latitude in degrees.");
        var zone = Math.Clamp((int)Math.Floor((longitude + 180) / 6) + 1, 1, 60);
        return (latitude >= 0 ? 32600 : 32700) + zone;
    }

    /// <summary>Parses "EPSG:3006", "epsg:3006" or "3006".</summary>
    public static int Parse(string text)
    {
        var t = text.Trim();
        if (t.StartsWith("EPSG:", StringComparison.OrdinalIgnoreCase)) t = t[5..];
        if (!NumberText.TryParseDigits(t, out var srid))
            throw new FormatException($"'{text}' is not a CRS: write it as EPSG:N, e.g. EPSG:3006.");
        if (!IsSupported(srid)) throw new UnsupportedCrsException(srid);
        return srid;
    }

    private static IReadOnlyDictionary<int, CoordinateSystem> Build()
    {
        var d = new Dictionary<int, CoordinateSystem>
        {
            [Wgs84] = GeographicCoordinateSystem.WGS84,
            [WebMercator] = ProjectedCoordinateSystem.WebMercator,
        };
        foreach (var (srid, wkt) in CrsWkt.Projected) d[srid] = Factory.CreateFromWkt(wkt);
        for (var zone = 1; zone <= 60; zone++)
        {
            d[32600 + zone] = ProjectedCoordinateSystem.WGS84_UTM(zone, true);
            d[32700 + zone] = ProjectedCoordinateSystem.WGS84_UTM(zone, false);
        }
        return d;
    }
}
