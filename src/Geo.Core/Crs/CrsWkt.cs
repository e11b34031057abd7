using System.Globalization;

namespace Geo.Core.Crs;

/// <summary>
/// WKT definitions of the projected systems that ProjNET does not build itself. Values from the
/// EPSG registry (epsg.org); SWEREF 99 local zones from Lantmäteriet's published parameters.
/// </summary>
internal static class CrsWkt
{
    private const string Sweref99Geog =
        "GEOGCS[\"SWEREF99\",DATUM[\"SWEREF99\",SPHEROID[\"GRS 1980\",6378137,298.257222101],TOWGS84[0,0,0,0,0,0,0]]," +
        "PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]]";

    private static string Tm(string name, string geog, double lat0, double lon0, double k, double fe, double fn) =>
        string.Create(CultureInfo.InvariantCulture,
            $"PROJCS[\"{name}\",{geog},PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"latitude_of_origin\",{lat0:R}],PARAMETER[\"central_meridian\",{lon0:R}],PARAMETER[\"scale_factor\",{k:R}],PARAMETER[\"false_easting\",{fe:R}],PARAMETER[\"false_northing\",{fn:R}],UNIT[\"metre\",1]]");

    public static IEnumerable<(int Srid, string Wkt)> Projected
    {
        get
        {
            yield return (3006, Tm("SWEREF99 TM", Sweref99Geog, 0, 15, 0.9996, 500000, 0));
            // SWEREF 99 local projection zones (EPSG 3007-3018): scale 1, false easting 150 000 m.
            (int Srid, string Name, double Lon0)[] zones =
            [
                (3007, "SWEREF99 12 00", 12), (3008, "SWEREF99 13 30", 13.5), (3009, "SWEREF99 15 00", 15),
                (3010, "SWEREF99 16 30", 16.5), (3011, "SWEREF99 18 00", 18), (3012, "SWEREF99 14 15", 14.25),
                (3013, "SWEREF99 15 45", 15.75), (3014, "SWEREF99 17 15", 17.25), (3015, "SWEREF99 18 45", 18.75),
                (3016, "SWEREF99 20 15", 20.25), (3017, "SWEREF99 21 45", 21.75), (3018, "SWEREF99 23 15", 23.25),
            ];
            foreach (var z in zones) yield return (z.Srid, Tm(z.Name, Sweref99Geog, 0, z.Lon0, 1, 150000, 0));

            yield return (3021, Tm("RT90 2.5 gon V",
                "GEOGCS[\"RT90\",DATUM[\"Rikets_koordinatsystem_1990\",SPHEROID[\"Bessel 1841\",6377397.155,299.1528128]," +
                "TOWGS84[414.1,41.3,603.1,-0.855,2.141,-7.023,0]],PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]]",
                0, 15.808277777777779, 1, 1500000, 0));

            yield return (26971, Tm("NAD83 / Illinois East",
                "GEOGCS[\"NAD83\",DATUM[\"North_American_Datum_1983\",SPHEROID[\"GRS 1980\",6378137,298.257222101]," +
                "TOWGS84[0,0,0,0,0,0,0]],PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]]",
                36.666666666666664, -88.33333333333333, 0.999975, 300000, 0));

            yield return (27700, Tm("OSGB 1936 / British National Grid",
                "GEOGCS[\"OSGB 1936\",DATUM[\"OSGB_1936\",SPHEROID[\"Airy 1830\",6377563.396,299.3249646]," +
                "TOWGS84[446.448,-125.157,542.06,0.15,0.247,0.842,-20.489]],PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]]",
                49, -2, 0.9996012717, 400000, -100000));
        }
    }
}
