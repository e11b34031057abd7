using System.Text.Encodings.Web;
using System.Text.Json;

namespace Geo.Cli.Output;

/// <summary>Machine-readable output: camelCase JSON on stdout; Geo's enums as their codes or snake_case names, never numbers.</summary>
public static class Json
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new GeoEnumConverter() },
    };

    public static void Write<T>(T value) => Console.Out.WriteLine(JsonSerializer.Serialize(value, Options));
}
