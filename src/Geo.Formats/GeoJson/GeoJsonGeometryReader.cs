using System.Text.Json;
using NetTopologySuite.Geometries;

namespace Geo.Formats.GeoJson;

/// <summary>
/// Builds NTS geometries from GeoJSON geometry objects (RFC 7946 §3.1: Point, MultiPoint, LineString,
/// MultiLineString, Polygon, MultiPolygon, GeometryCollection). Positions keep x and y; a third (Z) or
/// further value is ignored, as the service works in 2D.
/// </summary>
internal static class GeoJsonGeometryReader
{
    /// <summary>Reads a geometry object; throws <see cref="GeoJsonGeometryException"/> when it is malformed.</summary>
    public static Geometry Read(JsonElement geometry, GeometryFactory factory)
    {
        if (geometry.ValueKind != JsonValueKind.Object) throw new GeoJsonGeometryException($"geometry is a JSON {Kind(geometry)}, not an object");
        if (!geometry.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
            throw new GeoJsonGeometryException("geometry has no \"type\"");
        var type = typeElement.GetString()!;
        if (type == "GeometryCollection")
        {
            if (!geometry.TryGetProperty("geometries", out var members) || members.ValueKind != JsonValueKind.Array)
                throw new GeoJsonGeometryException("GeometryCollection has no \"geometries\" array");
            return factory.CreateGeometryCollection(members.EnumerateArray().Select(m => Read(m, factory)).ToArray());
        }

        if (!geometry.TryGetProperty("coordinates", out var c) || c.ValueKind != JsonValueKind.Array)
            throw new GeoJsonGeometryException($"{type} has no \"coordinates\" array");
        try
        {
            return type switch
            {
                "Point" => c.GetArrayLength() == 0 ? factory.CreatePoint() : factory.CreatePoint(Position(c)),
                "MultiPoint" => factory.CreateMultiPointFromCoords(Positions(c)),
                "LineString" => Line(c, factory),
                "MultiLineString" => factory.CreateMultiLineString(Array(c).Select(l => Line(l, factory)).ToArray()),
                "Polygon" => Polygon(c, factory),
                "MultiPolygon" => factory.CreateMultiPolygon(Array(c).Select(p => Polygon(p, factory)).ToArray()),
                _ => throw new GeoJsonGeometryException($"unknown geometry type \"{type}\""),
            };
        }
        catch (ArgumentException e)
        {
            // NTS rejects e.g. rings that are not closed or too short.
            throw new GeoJsonGeometryException($"invalid {type}: {e.Message}");
        }
    }

    private static LineString Line(JsonElement c, GeometryFactory factory)
    {
        var points = Positions(c);
        if (points.Length == 1) throw new GeoJsonGeometryException("a LineString needs at least two positions");
        return factory.CreateLineString(points);
    }

    private static Polygon Polygon(JsonElement c, GeometryFactory factory)
    {
        var members = Array(c);
        var rings = new LinearRing[members.Length];
        for (var i = 0; i < rings.Length; i++) rings[i] = Ring(members[i], factory);
        return rings.Length == 0 ? factory.CreatePolygon() : factory.CreatePolygon(rings[0], rings[1..]);
    }

    private static LinearRing Ring(JsonElement c, GeometryFactory factory)
    {
        var points = Positions(c);
        if (points.Length is > 0 and < 4) throw new GeoJsonGeometryException($"a polygon ring needs at least four positions, has {points.Length}");
        if (points.Length > 0 && !points[0].Equals2D(points[^1])) throw new GeoJsonGeometryException("a polygon ring is not closed (first and last positions differ)");
        return factory.CreateLinearRing(points);
    }

    private static JsonElement[] Array(JsonElement c)
    {
        if (c.ValueKind != JsonValueKind.Array) throw new GeoJsonGeometryException($"expected an array of coordinates, found a JSON {Kind(c)}");
        var result = new JsonElement[c.GetArrayLength()];
        var i = 0;
        foreach (var e in c.EnumerateArray()) result[i++] = e;
        return result;
    }

    private static Coordinate[] Positions(JsonElement c)
    {
        if (c.ValueKind != JsonValueKind.Array) throw new GeoJsonGeometryException($"expected an array of coordinates, found a JSON {Kind(c)}");
        var result = new Coordinate[c.GetArrayLength()];
        var i = 0;
        foreach (var e in c.EnumerateArray()) result[i++] = Position(e);
        return result;
    }

    private static Coordinate Position(JsonElement p)
    {
        if (p.ValueKind != JsonValueKind.Array)
            throw new GeoJsonGeometryException($"a position must be an array of at least two numbers, found {Short(p)}");
        var values = p.EnumerateArray();
        if (!values.MoveNext()) throw new GeoJsonGeometryException($"a position must be an array of at least two numbers, found {Short(p)}");
        var x = Number(values.Current);
        if (!values.MoveNext()) throw new GeoJsonGeometryException($"a position must be an array of at least two numbers, found {Short(p)}");
        var y = Number(values.Current);
        return new Coordinate(x, y);
    }

    private static double Number(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Number || !e.TryGetDouble(out var v) || !double.IsFinite(v))
            throw new GeoJsonGeometryException($"a coordinate must be a finite number, found {Short(e)}");
        return v;
    }

    private static string Short(JsonElement e)
    {
        var text = e.GetRawText();
        return text.Length <= 60 ? text : text[..57] + "...";
    }

    private static string Kind(JsonElement e) => e.ValueKind.ToString().ToLowerInvariant();
}
