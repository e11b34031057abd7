using System.Text;
using System.Text.Json;
using NetTopologySuite.Geometries;

namespace Geo.Formats.GeoJson;

/// <summary>
/// The fast path of <see cref="GeoJsonFeatureReader"/>: reads one feature straight from <see cref="Utf8JsonReader"/>
/// tokens (no <see cref="JsonDocument"/>), building the geometry from the numbers as they come. It handles only the
/// ordinary case: a feature object whose "properties", "id" and "geometry" members each occur at most once, whose
/// geometry is a Point, MultiPoint, LineString, MultiLineString, Polygon or MultiPolygon with "type" before
/// "coordinates" and valid positions and rings, and whose strings are valid Unicode. Anything else — malformed
/// geometry, duplicate members, the end of the buffered data, broken JSON — makes it give up (return false), and the
/// reader parses the same feature again on the exact path (a <see cref="JsonDocument"/>), which words every error.
/// A success must therefore give exactly what the exact path gives.
/// </summary>
internal sealed class GeoJsonFastFeature
{
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _index;
    private readonly int _idField;
    private readonly GeometryFactory _factory;
    private readonly char[] _name = new char[256];
    private readonly byte[][] _utf8; // the UTF-8 bytes of the field names, by field index
    private int _next; // the field expected next: features mostly list their properties in the same order
    private readonly List<Coordinate> _coordinates = [];
    private readonly List<LinearRing> _rings = [];
    private readonly List<Polygon> _polygons = [];
    private readonly List<LineString> _lines = [];

    public GeoJsonFastFeature(Dictionary<string, int> index, int idField, GeometryFactory factory)
    {
        _index = index.GetAlternateLookup<ReadOnlySpan<char>>();
        _utf8 = new byte[index.Count][];
        foreach (var (name, field) in index) _utf8[field] = Encoding.UTF8.GetBytes(name);
        _idField = idField;
        _factory = factory;
    }

    /// <summary>
    /// Reads the feature whose first token is the current one into <paramref name="values"/> and
    /// <paramref name="geometry"/>; false (with the row half filled) when the exact path must read it.
    /// </summary>
    public bool TryRead(ref Utf8JsonReader r, ReadOnlySpan<byte> data, string?[] values, out Geometry? geometry)
    {
        geometry = null;
        try
        {
            return Feature(ref r, data, values, ref geometry);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException or FormatException)
        {
            return false;
        }
    }

    private bool Feature(ref Utf8JsonReader r, ReadOnlySpan<byte> data, string?[] values, ref Geometry? geometry)
    {
        if (r.TokenType != JsonTokenType.StartObject) return false;
        bool properties = false, id = false, geometrySeen = false;
        while (true)
        {
            if (!r.Read()) return false;
            if (r.TokenType == JsonTokenType.EndObject) return true;
            if (r.ValueTextEquals("properties"u8))
            {
                if (properties) return false;
                properties = true;
                if (!r.Read()) return false;
                if (r.TokenType == JsonTokenType.StartObject)
                {
                    if (!Properties(ref r, data, values)) return false;
                }
                else if (!Skip(ref r)) return false;
            }
            else if (r.ValueTextEquals("id"u8))
            {
                if (id) return false;
                id = true;
                if (!r.Read()) return false;
                if (_idField >= 0)
                {
                    if (!Text(ref r, data, out var text)) return false;
                    values[_idField] = text;
                }
                else if (!Skip(ref r)) return false;
            }
            else if (r.ValueTextEquals("geometry"u8))
            {
                if (geometrySeen) return false;
                geometrySeen = true;
                if (!r.Read()) return false;
                if (r.TokenType != JsonTokenType.Null && !Geometry(ref r, out geometry)) return false;
            }
            else
            {
                if (!r.Read() || !Skip(ref r)) return false;
            }
        }
    }

    private bool Properties(ref Utf8JsonReader r, ReadOnlySpan<byte> data, string?[] values)
    {
        _next = 0;
        while (true)
        {
            if (!r.Read()) return false;
            if (r.TokenType == JsonTokenType.EndObject) return true;
            if (r.HasValueSequence || r.ValueSpan.Length > _name.Length) return false;
            bool found;
            int field;
            if (_next < _utf8.Length && !r.ValueIsEscaped && r.ValueSpan.SequenceEqual(_utf8[_next]))
            {
                found = true;
                field = _next;
            }
            else
            {
                found = _index.TryGetValue(_name.AsSpan(0, r.CopyString(_name)), out field);
            }

            if (found) _next = field + 1;
            if (!r.Read()) return false;
            if (found)
            {
                if (!Text(ref r, data, out var text)) return false;
                values[field] = text;
            }
            else if (!Skip(ref r)) return false;
        }
    }

    /// <summary>The exact path's text of a value (strings unescaped, other values as their raw JSON, null as null).</summary>
    private static bool Text(ref Utf8JsonReader r, ReadOnlySpan<byte> data, out string? text)
    {
        text = null;
        switch (r.TokenType)
        {
            case JsonTokenType.String:
                text = r.GetString(); // an unpaired surrogate throws: the exact path records the text problem
                return true;
            case JsonTokenType.Null:
                return true;
            case JsonTokenType.True:
                text = "true";
                return true;
            case JsonTokenType.False:
                text = "false";
                return true;
            case JsonTokenType.Number:
                text = Encoding.UTF8.GetString(r.ValueSpan);
                return true;
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                var start = (int)r.TokenStartIndex;
                if (!r.TrySkip()) return false;
                text = Encoding.UTF8.GetString(data[start..(int)r.BytesConsumed]);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Skips the current value (its children too); false when the data ends first.</summary>
    private static bool Skip(ref Utf8JsonReader r) => r.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray) || r.TrySkip();

    private bool Geometry(ref Utf8JsonReader r, out Geometry? geometry)
    {
        geometry = null;
        if (r.TokenType != JsonTokenType.StartObject) return false;
        string? type = null;
        var coordinates = false;
        while (true)
        {
            if (!r.Read()) return false;
            if (r.TokenType == JsonTokenType.EndObject) return geometry is not null;
            if (r.ValueTextEquals("type"u8))
            {
                if (type is not null || coordinates) return false;
                if (!r.Read() || r.TokenType != JsonTokenType.String) return false;
                type = r.ValueTextEquals("Polygon"u8) ? "Polygon"
                    : r.ValueTextEquals("MultiPolygon"u8) ? "MultiPolygon"
                    : r.ValueTextEquals("Point"u8) ? "Point"
                    : r.ValueTextEquals("LineString"u8) ? "LineString"
                    : r.ValueTextEquals("MultiLineString"u8) ? "MultiLineString"
                    : r.ValueTextEquals("MultiPoint"u8) ? "MultiPoint"
                    : null;
                if (type is null) return false;
            }
            else if (r.ValueTextEquals("coordinates"u8))
            {
                if (type is null || coordinates) return false;
                coordinates = true;
                if (!r.Read() || r.TokenType != JsonTokenType.StartArray) return false;
                geometry = type switch
                {
                    "Polygon" => Polygon(ref r),
                    "MultiPolygon" => MultiPolygon(ref r),
                    "Point" => Point(ref r),
                    "LineString" => Line(ref r),
                    "MultiLineString" => MultiLine(ref r),
                    _ => MultiPoint(ref r),
                };
                if (geometry is null) return false;
            }
            else if (r.ValueTextEquals("geometries"u8))
            {
                return false;
            }
            else
            {
                if (!r.Read() || !Skip(ref r)) return false;
            }
        }
    }

    // Each reader below starts on the StartArray of its coordinates and ends on the matching EndArray; null = give up.

    private Point? Point(ref Utf8JsonReader r)
    {
        if (!r.Read()) return null;
        if (r.TokenType == JsonTokenType.EndArray) return _factory.CreatePoint();
        if (!Number(ref r, out var x) || !r.Read() || !Number(ref r, out var y) || !Rest(ref r)) return null;
        return _factory.CreatePoint(new Coordinate(x, y));
    }

    private MultiPoint? MultiPoint(ref Utf8JsonReader r) =>
        Positions(ref r) ? _factory.CreateMultiPointFromCoords(_coordinates.ToArray()) : null;

    private LineString? Line(ref Utf8JsonReader r)
    {
        if (!Positions(ref r) || _coordinates.Count == 1) return null;
        return _factory.CreateLineString(_coordinates.ToArray());
    }

    private MultiLineString? MultiLine(ref Utf8JsonReader r)
    {
        _lines.Clear();
        while (true)
        {
            if (!r.Read()) return null;
            if (r.TokenType == JsonTokenType.EndArray) return _factory.CreateMultiLineString([.. _lines]);
            if (r.TokenType != JsonTokenType.StartArray) return null;
            var line = Line(ref r);
            if (line is null) return null;
            _lines.Add(line);
        }
    }

    private Polygon? Polygon(ref Utf8JsonReader r)
    {
        _rings.Clear();
        while (true)
        {
            if (!r.Read()) return null;
            if (r.TokenType == JsonTokenType.EndArray) break;
            if (r.TokenType != JsonTokenType.StartArray || !Positions(ref r)) return null;
            var count = _coordinates.Count;
            if (count < 4 || !_coordinates[0].Equals2D(_coordinates[count - 1])) return null;
            _rings.Add(_factory.CreateLinearRing(_coordinates.ToArray()));
        }

        if (_rings.Count == 0) return _factory.CreatePolygon();
        var holes = _rings.Count == 1 ? [] : new LinearRing[_rings.Count - 1];
        for (var i = 0; i < holes.Length; i++) holes[i] = _rings[i + 1];
        return _factory.CreatePolygon(_rings[0], holes);
    }

    private MultiPolygon? MultiPolygon(ref Utf8JsonReader r)
    {
        _polygons.Clear();
        while (true)
        {
            if (!r.Read()) return null;
            if (r.TokenType == JsonTokenType.EndArray) return _factory.CreateMultiPolygon([.. _polygons]);
            if (r.TokenType != JsonTokenType.StartArray) return null;
            var polygon = Polygon(ref r);
            if (polygon is null) return null;
            _polygons.Add(polygon);
        }
    }

    /// <summary>An array of positions into <see cref="_coordinates"/>.</summary>
    private bool Positions(ref Utf8JsonReader r)
    {
        _coordinates.Clear();
        while (true)
        {
            if (!r.Read()) return false;
            if (r.TokenType == JsonTokenType.EndArray) return true;
            if (r.TokenType != JsonTokenType.StartArray) return false;
            if (!r.Read() || !Number(ref r, out var x) || !r.Read() || !Number(ref r, out var y) || !Rest(ref r)) return false;
            _coordinates.Add(new Coordinate(x, y));
        }
    }

    /// <summary>After the y of a position: skips further values (z, m; ignored, as on the exact path) up to the closing bracket.</summary>
    private static bool Rest(ref Utf8JsonReader r)
    {
        while (true)
        {
            if (!r.Read()) return false;
            if (r.TokenType == JsonTokenType.EndArray) return true;
            if (!Skip(ref r)) return false;
        }
    }

    private static bool Number(ref Utf8JsonReader r, out double value)
    {
        value = 0;
        return r.TokenType == JsonTokenType.Number && r.TryGetDouble(out value) && double.IsFinite(value);
    }
}
