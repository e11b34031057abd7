using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Geo.Core.Domain;

namespace Geo.Cli.Output;

/// <summary>
/// Writes every enum of Geo (a type in a <c>Geo.*</c> namespace) as text, never as its number: as its code when
/// <see cref="Codes"/> has a <see cref="CodeMap{T}"/> for it (ImportKind.Incidents → "incidents",
/// LocationPrecision.StreetSegment → "street_segment": the codes of files and the database), otherwise as its name in
/// snake_case (the naming the profile and manifest readers accept). Dictionary keys of such enums likewise; reading
/// accepts what is written.
/// </summary>
internal sealed class GeoEnumConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsEnum && typeToConvert.Namespace is { } ns && (ns == "Geo" || ns.StartsWith("Geo.", StringComparison.Ordinal));

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        // The code map of this enum, if Codes declares one (a public static CodeMap<T> field).
        var mapType = typeof(CodeMap<>).MakeGenericType(typeToConvert);
        var map = typeof(Codes).GetFields(BindingFlags.Public | BindingFlags.Static).FirstOrDefault(f => f.FieldType == mapType)?.GetValue(null);
        return (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert), map)!;
    }

    private sealed class Converter<T>(CodeMap<T>? map) : JsonConverter<T> where T : struct, Enum
    {
        private readonly Dictionary<T, string> _text = Enum.GetValues<T>().ToDictionary(v => v, v => map?.Code(v) ?? JsonNamingPolicy.SnakeCaseLower.ConvertName(v.ToString()));

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(reader.GetString());

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(Text(value));

        public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(reader.GetString());

        public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WritePropertyName(Text(value));

        private string Text(T value) => _text.TryGetValue(value, out var text) ? text : throw new JsonException($"{value} is not a {typeof(T).Name}.");

        private T Parse(string? text)
        {
            foreach (var (value, t) in _text)
                if (string.Equals(t, text, StringComparison.OrdinalIgnoreCase)) return value;
            throw new JsonException($"'{text}' is not a {typeof(T).Name} ({string.Join(", ", _text.Values)}).");
        }
    }
}
