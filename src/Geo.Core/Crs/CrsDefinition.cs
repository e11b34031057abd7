using System.Globalization;
using System.Text;
using ProjNet.CoordinateSystems;

namespace Geo.Core.Crs;

/// <summary>
/// Text definitions of a supported CRS for files that carry one beside or inside them (a <c>.prj</c> beside an ESRI ASCII
/// grid, the <c>gpkg_spatial_ref_sys</c> row of a GeoPackage): OGC WKT 1 as ProjNET writes it, with the EPSG authority
/// on the outer node, so GDAL and QGIS identify the code instead of guessing it from the parameters; and ESRI's flavour of
/// WKT 1 for <c>.prj</c> files (names with underscores, GCS_/D_ prefixes, no authority), which is how GDAL reads a .prj.
/// </summary>
public static class CrsDefinition
{
    /// <summary>WKT 1 of <paramref name="srid"/> ending with <c>AUTHORITY["EPSG","srid"]</c>.</summary>
    /// <exception cref="UnsupportedCrsException">The code is not supported.</exception>
    public static string Wkt(int srid)
    {
        var wkt = CrsRegistry.Get(srid).WKT;
        var authority = string.Create(CultureInfo.InvariantCulture, $"AUTHORITY[\"EPSG\",\"{srid}\"]");
        // ProjNET's own systems (WGS 84, UTM, Web Mercator) end with their authority; the ones built from CrsWkt do not.
        if (wkt.EndsWith(authority + "]", StringComparison.Ordinal)) return wkt;
        return wkt[..^1] + "," + authority + "]";
    }

    /// <summary>
    /// ESRI WKT 1 of <paramref name="srid"/> for a <c>.prj</c> file: PROJCS["SWEREF99_TM",GEOGCS["GCS_SWEREF99",
    /// DATUM["D_SWEREF99",SPHEROID["GRS_1980",…]],PRIMEM,UNIT["Degree",…]],PROJECTION["Transverse_Mercator"],
    /// PARAMETER["False_Easting",…],…,UNIT["Meter",1.0]]. ESRI WKT has no TOWGS84 (the datum name stands for it).
    /// </summary>
    /// <exception cref="UnsupportedCrsException">The code is not supported.</exception>
    public static string EsriWkt(int srid)
    {
        var cs = CrsRegistry.Get(srid);
        var sb = new StringBuilder();
        switch (cs)
        {
            case GeographicCoordinateSystem g:
                Geographic(sb, g);
                break;
            case ProjectedCoordinateSystem p:
                sb.Append("PROJCS[\"").Append(EsriName(p.Name).Replace("WGS_84_UTM_zone_", "WGS_1984_UTM_Zone_", StringComparison.Ordinal)).Append("\",");
                Geographic(sb, p.GeographicCoordinateSystem);
                sb.Append(",PROJECTION[\"").Append(EsriName(p.Projection.ClassName)).Append("\"]");
                for (var i = 0; i < p.Projection.NumParameters; i++)
                {
                    var parameter = p.Projection.GetParameter(i);
                    sb.Append(",PARAMETER[\"").Append(EsriParameter(parameter.Name)).Append("\",").Append(Number(parameter.Value)).Append(']');
                }
                sb.Append(",UNIT[\"Meter\",").Append(Number(p.LinearUnit.MetersPerUnit)).Append("]]");
                break;
            default:
                throw new UnsupportedCrsException(srid);
        }
        return sb.ToString();
    }

    private static void Geographic(StringBuilder sb, GeographicCoordinateSystem g)
    {
        var datum = EsriName(g.HorizontalDatum.Name);
        var geog = EsriName(g.Name);
        sb.Append("GEOGCS[\"").Append(geog.StartsWith("GCS_", StringComparison.Ordinal) ? geog : "GCS_" + (geog == "WGS_84" ? "WGS_1984" : geog)).Append("\",");
        sb.Append("DATUM[\"").Append(datum.StartsWith("D_", StringComparison.Ordinal) ? datum : "D_" + datum).Append("\",");
        var e = g.HorizontalDatum.Ellipsoid;
        sb.Append("SPHEROID[\"").Append(EsriName(e.Name) == "WGS_84" ? "WGS_1984" : EsriName(e.Name)).Append("\",")
          .Append(Number(e.SemiMajorAxis)).Append(',').Append(Number(e.InverseFlattening)).Append("]],");
        sb.Append("PRIMEM[\"Greenwich\",").Append(Number(g.PrimeMeridian.Longitude)).Append("],");
        sb.Append("UNIT[\"Degree\",").Append(Number(g.AngularUnit.RadiansPerUnit)).Append("]]");
    }

    private static string EsriName(string name) => name.Trim().Replace(" / ", "_", StringComparison.Ordinal).Replace(' ', '_').Replace(".", "", StringComparison.Ordinal);

    /// <summary>latitude_of_origin → Latitude_Of_Origin.</summary>
    private static string EsriParameter(string name) =>
        string.Join('_', name.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    private static string Number(double v)
    {
        var t = v.ToString("R", CultureInfo.InvariantCulture);
        return t.Contains('.', StringComparison.Ordinal) || t.Contains('E', StringComparison.Ordinal) ? t : t + ".0";
    }
}
