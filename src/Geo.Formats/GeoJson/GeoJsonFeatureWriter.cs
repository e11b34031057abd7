using System.Text.Encodings.Web;
using System.Text.Json;
using NetTopologySuite.Geometries;

namespace Geo.Formats.GeoJson;

/// <summary>
/// Writes a GeoJSON FeatureCollection with the coordinates unchanged (the input's CRS; shortest round-trip numbers) and a
/// legacy "crs" member only when the input had one (RFC 7946 §4: coordinates in other CRSs are by prior arrangement).
/// Properties: numbers (non-finite doubles as null), null, and anything else as its invariant string.
/// </summary>
public static class GeoJsonFeatureWriter
{
    public static void Write(string path, JsonElement? crs, IEnumerable<(Geometry Geometry, IReadOnlyList<(string Name, object? Value)> Properties)> features)
    {
        using var stream = File.Create(path);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteString("type", "FeatureCollection");
        if (crs is { } c) { w.WritePropertyName("crs"); c.WriteTo(w); }
        w.WriteStartArray("features");
        foreach (var (g, props) in features)
        {
            w.WriteStartObject();
            w.WriteString("type", "Feature");
            w.WriteStartObject("properties");
            foreach (var (name, value) in props)
            {
                w.WritePropertyName(name);
                switch (value)
                {
                    case null: w.WriteNullValue(); break;
                    case double d when double.IsFinite(d): w.WriteNumberValue(d); break;
                    case double: w.WriteNullValue(); break;
                    case int i: w.WriteNumberValue(i); break;
                    case long l: w.WriteNumberValue(l); break;
                    default: w.WriteStringValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)); break;
                }
            }
            w.WriteEndObject();
            w.WritePropertyName("geometry");
            WriteGeometry(w, g);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteGeometry(Utf8JsonWriter w, Geometry g)
    {
        w.WriteStartObject();
        switch (g)
        {
            case Point p:
                w.WriteString("type", "Point");
                w.WritePropertyName("coordinates");
                Position(w, p.Coordinate);
                break;
            case LineString l:
                w.WriteString("type", "LineString");
                w.WritePropertyName("coordinates");
                Positions(w, l.Coordinates);
                break;
            case Polygon poly:
                w.WriteString("type", "Polygon");
                w.WritePropertyName("coordinates");
                Rings(w, poly);
                break;
            case MultiPolygon mp:
                w.WriteString("type", "MultiPolygon");
                w.WriteStartArray("coordinates");
                for (var i = 0; i < mp.NumGeometries; i++) Rings(w, (Polygon)mp.GetGeometryN(i));
                w.WriteEndArray();
                break;
            case MultiPoint mpt:
                w.WriteString("type", "MultiPoint");
                w.WritePropertyName("coordinates");
                Positions(w, mpt.Coordinates);
                break;
            case GeometryCollection gc:
                // A clipped cell can come out as a collection (polygon plus slivers): keep its polygonal parts.
                var parts = Enumerable.Range(0, gc.NumGeometries).Select(gc.GetGeometryN).OfType<Polygon>().ToArray();
                w.WriteString("type", "MultiPolygon");
                w.WriteStartArray("coordinates");
                foreach (var part in parts) Rings(w, part);
                w.WriteEndArray();
                break;
            default:
                throw new InvalidOperationException($"cannot write a {g.GeometryType} to GeoJSON.");
        }
        w.WriteEndObject();
    }

    private static void Rings(Utf8JsonWriter w, Polygon p)
    {
        w.WriteStartArray();
        Positions(w, p.ExteriorRing.Coordinates);
        foreach (var hole in p.InteriorRings) Positions(w, hole.Coordinates);
        w.WriteEndArray();
    }

    private static void Positions(Utf8JsonWriter w, Coordinate[] cs)
    {
        w.WriteStartArray();
        foreach (var c in cs) Position(w, c);
        w.WriteEndArray();
    }

    private static void Position(Utf8JsonWriter w, Coordinate c)
    {
        w.WriteStartArray();
        w.WriteNumberValue(c.X);
        w.WriteNumberValue(c.Y);
        if (!double.IsNaN(c.Z)) w.WriteNumberValue(c.Z);
        w.WriteEndArray();
    }
}
