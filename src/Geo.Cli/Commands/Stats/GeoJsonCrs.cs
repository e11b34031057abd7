using System.Text.Json;
using Geo.Formats;

namespace Geo.Cli.Commands.Stats;

/// <summary>The legacy "crs" member of an input, to be copied unchanged to GeoJSON output (none when the input had none).</summary>
internal static class GeoJsonCrs
{
    /// <summary>The root "crs" member of a GeoJSON file; for other spatial formats an EPSG name member of
    /// <paramref name="declaredSrid"/>; null for CSV or when there is none.</summary>
    public static JsonElement? Read(string path, int? declaredSrid)
    {
        var format = FeatureReaders.FromExtension(path);
        if (format is Geo.Formats.FileFormat.Csv) return null;
        if (format is not Geo.Formats.FileFormat.GeoJson && !LooksLikeJson(path))
            return declaredSrid is { } srid ? Named(srid) : null;
        try
        {
            ReadOnlySpan<byte> bytes = System.IO.File.ReadAllBytes(path);
            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
            var r = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            if (!r.Read() || r.TokenType != JsonTokenType.StartObject) return null;
            while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
            {
                var crs = r.ValueTextEquals("crs");
                if (!r.Read()) return null;
                if (crs) return r.TokenType == JsonTokenType.StartObject ? JsonElement.ParseValue(ref r) : null;
                r.Skip();
            }
        }
        catch (JsonException) { }
        return null;
    }

    private static bool LooksLikeJson(string path)
    {
        using var f = System.IO.File.OpenRead(path);
        int b;
        while ((b = f.ReadByte()) is ' ' or '\t' or '\r' or '\n' or 0xEF or 0xBB or 0xBF) { }
        return b == '{';
    }

    /// <summary>An EPSG "name" crs member (for a GeoPackage's srs_id).</summary>
    public static JsonElement Named(int srid) =>
        JsonDocument.Parse($"{{\"type\":\"name\",\"properties\":{{\"name\":\"urn:ogc:def:crs:EPSG::{srid}\"}}}}").RootElement.Clone();
}
