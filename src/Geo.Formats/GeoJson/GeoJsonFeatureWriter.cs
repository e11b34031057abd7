using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Geo.Core.Geometries;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Geo.Formats.GeoJson;

/// <summary>
/// Writes a GeoJSON FeatureCollection one feature at a time (constant memory), each feature serialised by
/// NetTopologySuite.IO.GeoJSON4STJ: coordinates as given (shortest round-trip numbers, the input's CRS), ring orientation
/// left as given, one feature per line, a legacy <c>crs</c> member and a <c>name</c> only when asked for (RFC 7946 §4:
/// coordinates in another CRS than WGS 84 are by prior arrangement). Property values: numbers (non-finite doubles as null), strings, booleans, null;
/// anything else as its invariant string. A geometry collection (a clipped cell with slivers) is written as the
/// MultiPolygon of its polygons.
/// </summary>
public sealed class GeoJsonFeatureWriter : IDisposable
{
    private static readonly JsonSerializerOptions SerializerOptions = CreateOptions();
    private readonly Utf8JsonWriter _writer;
    private readonly ArrayBufferWriter<byte> _feature = new();
    private readonly Utf8JsonWriter _featureWriter;
    private readonly Stream _stream;
    private readonly Stream? _owned;
    private bool _closed;

    /// <summary>Starts a collection on <paramref name="stream"/> (left open on dispose).</summary>
    public GeoJsonFeatureWriter(Stream stream, string? name = null, JsonElement? crs = null)
        : this(stream, name, crs, null)
    {
    }

    /// <summary>
    /// Starts a collection on <paramref name="stream"/> (left open on dispose); <paramref name="foreignMembers"/> writes
    /// members of the collection object (RFC 7946 §6.1 foreign members, as property name and value pairs) before <c>features</c>.
    /// </summary>
    public GeoJsonFeatureWriter(Stream stream, string? name, JsonElement? crs, Action<Utf8JsonWriter>? foreignMembers)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        _featureWriter = new Utf8JsonWriter(_feature, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        _writer.WriteStartObject();
        _writer.WriteString("type", "FeatureCollection");
        if (name is not null) _writer.WriteString("name", name);
        if (crs is { } c)
        {
            _writer.WritePropertyName("crs");
            c.WriteTo(_writer);
        }
        foreignMembers?.Invoke(_writer);
        _writer.WriteStartArray("features");
    }

    private GeoJsonFeatureWriter(FileStream file, string? name, JsonElement? crs) : this((Stream)file, name, crs) => _owned = file;

    /// <summary>Creates <paramref name="path"/> and starts a collection in it (the file is closed on dispose).</summary>
    public static GeoJsonFeatureWriter Create(string path, string? name = null, JsonElement? crs = null) => new(File.Create(path), name, crs);

    /// <summary>Writes a whole collection to <paramref name="path"/>.</summary>
    public static void Write(string path, JsonElement? crs, IEnumerable<(Geometry Geometry, IReadOnlyList<(string Name, object? Value)> Properties)> features)
    {
        using var w = Create(path, crs: crs);
        foreach (var (g, p) in features) w.Write(g, p);
    }

    /// <summary>The legacy <c>crs</c> member naming an EPSG code (<c>urn:ogc:def:crs:EPSG::3006</c>).</summary>
    public static JsonElement NamedCrs(int srid)
    {
        using var doc = JsonDocument.Parse($"{{\"type\":\"name\",\"properties\":{{\"name\":\"urn:ogc:def:crs:EPSG::{srid}\"}}}}");
        return doc.RootElement.Clone();
    }

    /// <summary>Number of features written so far.</summary>
    public long Count { get; private set; }

    /// <summary>Writes one feature: its properties in the order given, then its geometry (null: a feature without geometry).</summary>
    public void Write(Geometry? geometry, IReadOnlyList<(string Name, object? Value)> properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        var attributes = new AttributesTable();
        foreach (var (n, v) in properties) attributes.Add(n, Clean(v));
        // Serialised on its own, then written after a line break: one feature per line, for diffs and line tools.
        _feature.ResetWrittenCount();
        _feature.Write("\n"u8);
        _featureWriter.Reset();
        JsonSerializer.Serialize(_featureWriter, new Feature(geometry is null ? null : Writable(geometry), attributes), SerializerOptions);
        _featureWriter.Flush();
        _writer.WriteRawValue(_feature.WrittenSpan, skipInputValidation: true);
        Count++;
        if ((Count & 0xFF) == 0) _writer.Flush();
    }

    /// <summary>
    /// Writes a geometry alone, on one line even in an indented document (for JSON documents that embed GeoJSON geometries,
    /// such as a ground-truth file).
    /// </summary>
    public static void WriteGeometry(Utf8JsonWriter writer, Geometry geometry)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRawValue(JsonSerializer.SerializeToUtf8Bytes(Writable(geometry), SerializerOptions), skipInputValidation: true);
    }

    /// <summary>Ends the collection and flushes.</summary>
    public void Dispose()
    {
        if (!_closed)
        {
            _closed = true;
            // The closing brackets go straight to the stream, after a line break that the writer itself cannot emit.
            _writer.Flush();
            _stream.Write("\n]}\n"u8);
            _stream.Flush();
        }
        _writer.Dispose();
        _featureWriter.Dispose();
        _owned?.Dispose();
    }

    private static object? Clean(object? value) => value switch
    {
        null => null,
        double d => double.IsFinite(d) ? d : null,
        float f => float.IsFinite(f) ? f : null,
        string or bool or int or long or short or byte or decimal => value,
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
    };

    private static Geometry Writable(Geometry g)
    {
        if (g is not GeometryCollection gc || g is MultiPoint or MultiLineString or MultiPolygon) return g;
        var polygons = Enumerable.Range(0, gc.NumGeometries).Select(gc.GetGeometryN).OfType<Polygon>().ToArray();
        return g.Factory.CreateMultiPolygon(polygons);
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var o = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        o.Converters.Add(new GeoJsonConverterFactory(GeometryServices.Factory(), false, null, RingOrientationOption.DoNotModify));
        return o;
    }
}
