using System.Globalization;
using System.Text.Json;
using Geo.Formats.IO;
using NetTopologySuite;
using NetTopologySuite.Geometries;
using Geo.Core.Geometries;

namespace Geo.Formats.GeoJson;

/// <summary>
/// Streams a GeoJSON FeatureCollection (or a single Feature) one feature at a time (RFC 7946). The file is
/// read twice: a fast keys-only first pass at open time makes <see cref="Fields"/> complete (the union of
/// all property names in order of first appearance, then "id" when features carry an id that is not also a
/// property) and finds the legacy "crs" member wherever it is; the second pass reads one feature at a time
/// straight from the tokens (<see cref="GeoJsonFastFeature"/>) and, for any feature that path gives up on (a
/// malformed geometry, duplicate members, a feature across a buffer refill), parses it into a small
/// <see cref="JsonDocument"/> (the exact path, which words every problem).
/// </summary>
internal sealed class GeoJsonFeatureReader : IFeatureReader
{
    private readonly string _path;
    private readonly List<string> _notices = [];
    private readonly string[] _fields;
    private readonly Dictionary<string, int> _index;
    private readonly int _idField;
    private readonly bool _bareFeature;
    private readonly GeometryFactory _factory;
    private InputFile? _input;
    private bool _started;

    public GeoJsonFeatureReader(string path, string fileName)
    {
        _path = path;
        FileName = fileName;
        GeoJsonScanner? scanner = null;
        GeoJsonLayout layout;
        using (var input = InputFile.Open(path))
        {
            TotalBytes = input.TotalBytes;
            if (input.IsGzip) _notices.Add("Compression: gzip");
            try
            {
                using var tokens = new JsonTokenStream(input.Content);
                layout = GeoJsonScanner.Scan(tokens, out scanner);
                Sha256 = input.Finish();
            }
            catch (JsonException e)
            {
                throw Broken(scanner?.Feature ?? 0, e);
            }
            catch (InvalidOperationException)
            {
                // System.Text.Json refuses to turn an unpaired surrogate escape ("\ud800") into a string.
                var feature = scanner?.Feature ?? 0;
                throw new InputFormatException(FileName, feature,
                    $"{(feature > 0 ? $"feature {feature}: " : "")}a property name or the crs member holds an unpaired UTF-16 surrogate escape (such as \\ud800), which is not valid Unicode text");
            }
        }

        _bareFeature = layout.RootType == "Feature";
        if (!_bareFeature && !(layout.RootType == "FeatureCollection" || layout.HasFeaturesArray))
            throw new InputFormatException(FileName, 0,
                $"not a GeoJSON FeatureCollection or Feature (its \"type\" is {(layout.RootType is null ? "missing" : $"\"{layout.RootType}\"")})");

        var fields = new List<string>(layout.Properties);
        _idField = layout.AnyId && !layout.PropertySet.Contains("id") ? fields.Count : -1;
        if (_idField >= 0) fields.Add("id");
        _fields = [.. fields];
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < layout.Properties.Count; i++) _index[layout.Properties[i]] = i;

        if (layout.HasCrs)
        {
            DeclaredSrid = CrsMember.Parse(layout.CrsType, layout.CrsName, layout.CrsCode, out var declared);
            _notices.Add(DeclaredSrid is { } srid
                ? $"CRS: EPSG:{srid} (declared by the legacy \"crs\" member \"{declared}\")"
                : $"CRS: the \"crs\" member ({declared}) is not an EPSG code and is ignored; give the CRS explicitly");
            if (DeclaredSrid is null) CrsProblem = $"the \"crs\" member of the file ({declared}) is not an EPSG code";
        }
        else if (layout.FirstNonDegree is { } bad)
        {
            CrsProblem = string.Create(CultureInfo.InvariantCulture,
                $"the file declares no CRS, which means WGS 84 longitude/latitude (RFC 7946), but feature {bad.Feature} has the position ({bad.X:0.###}, {bad.Y:0.###}), which is not in degrees (longitude within ±180, latitude within ±90)");
            _notices.Add("CRS: none declared, and the coordinates are not degrees: the CRS must be given");
        }
        else
        {
            _notices.Add("CRS: none declared (RFC 7946: WGS 84 longitude/latitude)");
        }

        var features = _bareFeature ? 1 : layout.Features;
        _notices.Add($"GeoJSON {(_bareFeature ? "Feature" : "FeatureCollection")}: {features:N0} feature(s), {_fields.Length} field(s)");
        FeatureCount = features;
        _factory = GeometryServices.Factory(DeclaredSrid ?? 0);
    }

    public string FileName { get; }
    public long TotalBytes { get; }
    public long BytesRead => _input?.BytesRead ?? 0;
    public IReadOnlyList<string> Fields => _fields;
    public int? DeclaredSrid { get; }

    /// <summary>
    /// Set when the CRS is not usable: a "crs" member that is not EPSG, or no "crs" member while some position is not
    /// longitude/latitude degrees (so RFC 7946's WGS 84 cannot be meant).
    /// </summary>
    public string? CrsProblem { get; }

    public bool HasGeometry => true;
    public char DecimalSeparator => '.';
    public IReadOnlyList<string> Notices => _notices;
    public string? Sha256 { get; }

    /// <summary>Number of features, counted by the first pass.</summary>
    public long FeatureCount { get; }

    public IEnumerable<FeatureRow> Read(CancellationToken cancellationToken = default)
    {
        if (_started) throw new InvalidOperationException($"{FileName} has already been read; open it again to re-read.");
        _started = true;
        _input = InputFile.Open(_path);
        return ReadRows(new JsonTokenStream(_input.Content), cancellationToken);
    }

    private IEnumerable<FeatureRow> ReadRows(JsonTokenStream tokens, CancellationToken cancellationToken)
    {
        using var owner = tokens;
        var row = new GeoJsonRow();
        long feature = 0;
        if (_bareFeature)
        {
            using var document = Parse(tokens, ref feature);
            if (document is not null) yield return Fill(row, 1, document.RootElement);
            yield break;
        }

        if (!MoveToFeatures(tokens)) yield break;
        var fast = new GeoJsonFastFeature(_index, _idField, _factory);
        Geometry? geometry = null;
        JsonValueReader read = (ref Utf8JsonReader reader, ReadOnlySpan<byte> data) =>
            fast.TryRead(ref reader, data, row.Reset(feature + 1, _fields.Length), out geometry);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (tokens.TryReadValueOrEnd(read))
            {
                case FastValue.Read:
                    feature++;
                    row.SetGeometry(geometry, null);
                    yield return row;
                    continue;
                case FastValue.End:
                    yield break;
            }

            // Not wholly buffered, or not the ordinary case: the exact path reads (and words the problems of) the feature.
            using var document = Parse(tokens, ref feature);
            if (document is null) yield break;
            yield return Fill(row, feature, document.RootElement);
        }
    }

    /// <summary>Positions the tokens inside the "features" array; false when it is null.</summary>
    private bool MoveToFeatures(JsonTokenStream tokens)
    {
        try
        {
            tokens.Next();
            while (tokens.Next() && tokens.TokenType == JsonTokenType.PropertyName)
            {
                if (tokens.StringValue != "features")
                {
                    tokens.SkipValue();
                    continue;
                }

                tokens.Next();
                return tokens.TokenType == JsonTokenType.StartArray;
            }

            return false;
        }
        catch (JsonException e)
        {
            throw Broken(0, e);
        }
    }

    private JsonDocument? Parse(JsonTokenStream tokens, ref long feature)
    {
        try
        {
            var document = tokens.ParseValueOrEnd();
            if (document is not null) feature++;
            return document;
        }
        catch (JsonException e)
        {
            throw Broken(feature + 1, e);
        }
    }

    private GeoJsonRow Fill(GeoJsonRow row, long number, JsonElement feature)
    {
        var values = row.Reset(number, _fields.Length);
        if (feature.ValueKind != JsonValueKind.Object)
        {
            row.SetGeometry(null, $"feature {number} is a JSON {feature.ValueKind.ToString().ToLowerInvariant()}, not an object");
            return row;
        }

        if (feature.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in properties.EnumerateObject())
                if (_index.TryGetValue(property.Name, out var i)) values[i] = Text(property.Value, row, i);
        }

        if (_idField >= 0 && feature.TryGetProperty("id", out var id)) values[_idField] = Text(id, row, _idField);

        if (feature.TryGetProperty("geometry", out var geometry) && geometry.ValueKind != JsonValueKind.Null)
        {
            try
            {
                row.SetGeometry(GeoJsonGeometryReader.Read(geometry, _factory), null);
            }
            catch (GeoJsonGeometryException e)
            {
                row.SetGeometry(null, e.Message);
            }
            catch (InvalidOperationException)
            {
                row.SetGeometry(null, "the geometry's \"type\" holds an unpaired UTF-16 surrogate escape, which is not valid Unicode text");
            }
        }

        return row;
    }

    /// <summary>
    /// Strings as text, numbers as their raw JSON text, booleans "true"/"false", objects and arrays as raw JSON, null as
    /// null. A string with an unpaired surrogate escape ("\ud800"), which is no Unicode text, is kept as its JSON text with
    /// a text problem on the row.
    /// </summary>
    private static string? Text(JsonElement value, GeoJsonRow row, int field)
    {
        if (value.ValueKind != JsonValueKind.String) return Text(value);
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            var raw = value.GetRawText();
            row.SetTextProblem(field, $"holds an unpaired UTF-16 surrogate escape (in {Shorten(raw)}), which is not valid Unicode text");
            return raw.Length >= 2 ? raw[1..^1] : raw;
        }
    }

    private static string Shorten(string s) => s.Length <= 60 ? s : s[..57] + "...";

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };

    private InputFormatException Broken(long feature, JsonException e) =>
        new(FileName, feature, feature > 0 ? $"broken JSON in feature {feature}: {e.Message}" : $"broken JSON: {e.Message}");

    public void Dispose()
    {
        _input?.Dispose();
        _input = null;
    }
}
