using System.Text.Json;

namespace Geo.Formats.GeoJson;

/// <summary>
/// First, keys-only pass over a GeoJSON file: collects the union of property names (in order of first
/// appearance), whether features have an "id", the feature count, the legacy "crs" member and the first geometry position
/// that cannot be longitude/latitude (for files without a "crs" member, which RFC 7946 makes WGS 84). One tight
/// token loop that knows where it is from the token depth (root members at depth 1, features at 2, feature
/// members at 3, feature properties at 4) and allocates only for property names not seen before.
/// </summary>
internal sealed class GeoJsonScanner
{
    private readonly GeoJsonLayout _layout = new();
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _known;
    private readonly char[] _name = new char[1024];
    private readonly List<byte[]> _utf8 = []; // the UTF-8 bytes of _layout.Properties
    private int _next; // the property name expected next: features mostly list their properties in the same order
    private string? _rootKey;
    private string? _featureKey;
    private string? _crsKey;
    private string? _crsPropertyKey;
    private string? _crsType;
    private bool _first = true;
    private int _position; // index of the next number in the innermost coordinate array
    private double _x;

    private GeoJsonScanner() => _known = _layout.PropertySet.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Features started so far (the one being read when an error occurs).</summary>
    public long Feature { get; private set; }

    /// <param name="tokens">Positioned at the start of the file.</param>
    /// <param name="scanner">The scanner, for <see cref="Feature"/> when an exception escapes.</param>
    public static GeoJsonLayout Scan(JsonTokenStream tokens, out GeoJsonScanner scanner)
    {
        scanner = new GeoJsonScanner();
        tokens.VisitAll(scanner.OnToken);
        if (scanner._first) throw new JsonException("The file is empty.");
        return scanner._layout;
    }

    private void OnToken(ref Utf8JsonReader r)
    {
        var depth = r.CurrentDepth;
        var type = r.TokenType;
        if (_first)
        {
            _first = false;
            if (type != JsonTokenType.StartObject) throw new JsonException("A GeoJSON file must hold a JSON object (a FeatureCollection or a Feature).");
            return;
        }

        if (depth == 0) return; // the root's EndObject
        if (depth == 1)
        {
            if (type == JsonTokenType.PropertyName) _rootKey = Key(ref r, "type", "features", "crs", "properties", "id", "geometry");
            else if (_rootKey == "type" && type == JsonTokenType.String) _layout.RootType = r.GetString();
            else if (_rootKey == "features" && type == JsonTokenType.StartArray) _layout.HasFeaturesArray = true;
            else if (_rootKey == "features" && type == JsonTokenType.EndArray) Feature = 0;
            else if (_rootKey == "id") _layout.AnyId = true;
            else if (_rootKey == "crs" && type == JsonTokenType.StartObject) _layout.HasCrs = true;
            return;
        }

        switch (_rootKey)
        {
            case "features":
                Feature_(ref r, depth, type);
                break;
            case "properties" when depth == 2 && type == JsonTokenType.PropertyName:
                AddProperty(ref r);
                break;
            case "crs":
                Crs(ref r, depth, type);
                break;
            case "geometry":
                Position(ref r, type, 1);
                break;
        }
    }

    /// <summary>Inside a geometry: numbers of the innermost arrays are positions (x, y[, z]); remembers the first outside degrees.</summary>
    private void Position(ref Utf8JsonReader r, JsonTokenType type, long feature)
    {
        if (type == JsonTokenType.StartArray)
        {
            _position = 0;
            return;
        }
        if (type != JsonTokenType.Number) return;
        if (_position < 2 && _layout.FirstNonDegree is null && r.TryGetDouble(out var v))
        {
            if (_position == 0) _x = v;
            else if (Math.Abs(_x) > 180 || Math.Abs(v) > 90) _layout.FirstNonDegree = (feature, _x, v);
        }
        _position++;
    }

    private void Feature_(ref Utf8JsonReader r, int depth, JsonTokenType type)
    {
        switch (depth)
        {
            case 2 when type == JsonTokenType.StartObject:
                Feature++;
                _layout.Features++;
                _featureKey = null;
                _next = 0;
                break;
            case 2 when type != JsonTokenType.EndObject:
                throw new JsonException("Each member of \"features\" must be a Feature object.");
            case 3 when type == JsonTokenType.PropertyName:
                _featureKey = r.ValueTextEquals("properties"u8) ? "properties"
                    : r.ValueTextEquals("geometry"u8) ? "geometry"
                    : r.ValueTextEquals("id"u8) ? "id"
                    : null;
                if (_featureKey == "id") _layout.AnyId = true;
                // Once a position outside degrees is known, or a "crs" member (which makes it irrelevant) has come, the
                // geometries have nothing more to tell: skip them whole (still checked as JSON by the reader) when they lie
                // in the buffered data.
                else if (_featureKey == "geometry" && (_layout.FirstNonDegree is not null || _layout.HasCrs)) r.TrySkip();
                break;
            case 4 when type == JsonTokenType.PropertyName && _featureKey == "properties":
                AddProperty(ref r);
                break;
            case >= 4 when _featureKey == "geometry":
                Position(ref r, type, Feature);
                break;
        }
    }

    private void Crs(ref Utf8JsonReader r, int depth, JsonTokenType type)
    {
        if (depth == 2 && type == JsonTokenType.PropertyName) _crsKey = Key(ref r, "type", "properties");
        else if (depth == 2 && _crsKey == "type" && type == JsonTokenType.String) _crsType = r.GetString();
        else if (depth == 3 && _crsKey == "properties" && type == JsonTokenType.PropertyName) _crsPropertyKey = Key(ref r, "name", "code");
        else if (depth == 3 && _crsKey == "properties" && _crsPropertyKey == "name" && type == JsonTokenType.String) _layout.CrsName = r.GetString();
        else if (depth == 3 && _crsKey == "properties" && _crsPropertyKey == "code" && type == JsonTokenType.Number && r.TryGetInt32(out var code)) _layout.CrsCode = code;
        _layout.CrsType = _crsType;
    }

    private void AddProperty(ref Utf8JsonReader r)
    {
        if (_next < _utf8.Count && !r.ValueIsEscaped && !r.HasValueSequence && r.ValueSpan.SequenceEqual(_utf8[_next]))
        {
            _next++;
            return;
        }

        var length = r.HasValueSequence ? r.ValueSequence.Length : r.ValueSpan.Length;
        if (length <= _name.Length)
        {
            var chars = _name.AsSpan(0, r.CopyString(_name));
            if (_known.Contains(chars)) return;
        }

        var name = r.GetString()!;
        _layout.AddProperty(name);
        _utf8.Add(System.Text.Encoding.UTF8.GetBytes(name));
        _next = _utf8.Count;
    }

    /// <summary>The matching known key (no allocation), or null.</summary>
    private static string? Key(ref Utf8JsonReader r, params ReadOnlySpan<string> keys)
    {
        foreach (var key in keys)
            if (r.ValueTextEquals(key)) return key;
        return null;
    }
}
