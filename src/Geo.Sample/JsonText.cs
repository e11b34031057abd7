using System.Globalization;
using System.Text;
using NetTopologySuite.Geometries;

namespace Geo.Sample;

/// <summary>
/// Hand-written JSON/GeoJSON text with invariant, fixed-decimal numbers (coordinates with 2 decimals) so that the
/// output is byte-identical on every machine and culture.
/// </summary>
internal static class JsonText
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public const string Crs3006 = "{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::3006\"}}";

    public static string Str(string? s)
    {
        if (s is null) return "null";
        var b = new StringBuilder(s.Length + 2).Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': b.Append("\\\""); break;
                case '\\': b.Append("\\\\"); break;
                case < ' ': b.Append("\\u").Append(((int)c).ToString("x4", Inv)); break;
                default: b.Append(c); break;
            }
        }
        return b.Append('"').ToString();
    }

    public static string Num(double v, int decimals) => v.ToString("F" + decimals.ToString(Inv), Inv);

    public static string Int(long v) => v.ToString(Inv);

    public static string Geometry(Geometry g) => g switch
    {
        Point p => $"{{\"type\":\"Point\",\"coordinates\":{Coord(p.Coordinate)}}}",
        LineString l => $"{{\"type\":\"LineString\",\"coordinates\":{Coords(l.Coordinates)}}}",
        Polygon p => $"{{\"type\":\"Polygon\",\"coordinates\":{Rings(p)}}}",
        MultiPolygon m => $"{{\"type\":\"MultiPolygon\",\"coordinates\":[{string.Join(",", Enumerable.Range(0, m.NumGeometries).Select(i => Rings((Polygon)m.GetGeometryN(i))))}]}}",
        _ => throw new ArgumentException($"Unsupported geometry {g.GeometryType}."),
    };

    private static string Coord(Coordinate c) => $"[{Num(c.X, 2)},{Num(c.Y, 2)}]";

    private static string Coords(Coordinate[] cs) => "[" + string.Join(",", cs.Select(Coord)) + "]";

    private static string Rings(Polygon p) =>
        "[" + string.Join(",", new[] { p.ExteriorRing }.Concat(p.InteriorRings).Select(r => Coords(r.Coordinates))) + "]";

    /// <summary>A feature collection in EPSG:3006 (legacy crs member), one feature per line.</summary>
    public static void WriteCollection(string path, string name, IEnumerable<(string Properties, Geometry Geometry)> features)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };
        w.Write("{\"type\":\"FeatureCollection\",\"name\":"); w.Write(Str(name));
        w.Write(",\"crs\":"); w.Write(Crs3006); w.Write(",\"features\":[\n");
        var first = true;
        foreach (var (props, g) in features)
        {
            if (!first) w.Write(",\n");
            first = false;
            w.Write("{\"type\":\"Feature\",\"properties\":{"); w.Write(props); w.Write("},\"geometry\":"); w.Write(Geometry(g)); w.Write('}');
        }
        w.Write("\n]}\n");
    }
}
