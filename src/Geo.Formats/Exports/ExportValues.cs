using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Geo.Formats.Exports;

/// <summary>Conversions shared by the export writers: numbers out of row values, and metadata values as JSON and as text.</summary>
internal static class ExportValues
{
    /// <summary>A row value as a double (null when it is not a finite number).</summary>
    public static double? Number(object? value) => value switch
    {
        double d => double.IsFinite(d) ? d : null,
        float f => float.IsFinite(f) ? f : null,
        int i => i,
        long l => l,
        short s => s,
        byte b => b,
        decimal m => (double)m,
        _ => null,
    };

    /// <summary>A row value as a whole number (null when it is not an integer type).</summary>
    public static long? Whole(object? value) => value switch
    {
        int i => i,
        long l => l,
        short s => s,
        byte b => b,
        _ => null,
    };

    /// <summary>A moment in UTC.</summary>
    public static DateTime Utc(DateTimeOffset value) => value.UtcDateTime;

    /// <summary>Writes a metadata value (string, number, bool, null, JsonElement, JsonNode, nested entries, dictionaries, lists).</summary>
    public static void WriteJson(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case double d when double.IsFinite(d): writer.WriteNumberValue(d); break;
            case double: writer.WriteNullValue(); break;
            case float f when float.IsFinite(f): writer.WriteNumberValue(f); break;
            case decimal m: writer.WriteNumberValue(m); break;
            case DateOnly d: writer.WriteStringValue(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case DateTimeOffset t: writer.WriteStringValue(t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)); break;
            case DateTime t: writer.WriteStringValue(t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)); break;
            case JsonElement e: e.WriteTo(writer); break;
            case JsonNode n: n.WriteTo(writer); break;
            case ExportMetadata m: WriteObject(writer, m.Entries); break;
            case IEnumerable<ExportMetadataEntry> entries: WriteObject(writer, entries); break;
            case IDictionary dictionary:
                writer.WriteStartObject();
                foreach (DictionaryEntry e in dictionary)
                {
                    writer.WritePropertyName(Convert.ToString(e.Key, CultureInfo.InvariantCulture) ?? "");
                    WriteJson(writer, e.Value);
                }
                writer.WriteEndObject();
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list) WriteJson(writer, item);
                writer.WriteEndArray();
                break;
            case IFormattable f: writer.WriteStringValue(f.ToString(null, CultureInfo.InvariantCulture)); break;
            default: JsonSerializer.Serialize(writer, value, value.GetType()); break;
        }
    }

    /// <summary>Entries as one JSON object, key → value, in order.</summary>
    public static void WriteObject(Utf8JsonWriter writer, IEnumerable<ExportMetadataEntry> entries)
    {
        writer.WriteStartObject();
        foreach (var e in entries)
        {
            writer.WritePropertyName(e.Key);
            WriteJson(writer, e.Value);
        }
        writer.WriteEndObject();
    }

    /// <summary>A metadata value as the text of a tabular form (XLSX metadata sheet, GeoPackage _metadata): strings as they are, numbers invariant, true/false, null → null, anything structured as compact JSON.</summary>
    public static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        bool b => b ? "true" : "false",
        double d => double.IsFinite(d) ? d.ToString("R", CultureInfo.InvariantCulture) : null,
        int or long or short or byte or decimal or float => Convert.ToString(value, CultureInfo.InvariantCulture),
        JsonElement { ValueKind: JsonValueKind.String } e => e.GetString(),
        JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
        _ => Json(value),
    };

    /// <summary>A value as compact JSON text (a JSON string's quotes kept off for dates).</summary>
    public static string Json(object? value)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            WriteJson(w, value);
        var text = System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
        return value is DateOnly or DateTimeOffset or DateTime && text.Length >= 2 ? text[1..^1] : text;
    }

    /// <summary>The metadata as an indented JSON document (the CSV sidecar).</summary>
    public static void WriteDocument(Stream stream, ExportMetadata metadata)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        WriteObject(w, metadata.Entries);
    }
}
