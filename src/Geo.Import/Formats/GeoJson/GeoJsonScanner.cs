using System.Text.Json;

namespace Geo.Import.Formats.GeoJson;

/// <summary>
/// First, keys-only pass over a GeoJSON file: collects the union of property names (in order of first
/// appearance), whether features have an "id", the feature count and the legacy "crs" member, skipping
/// geometries token by token without building them.
/// </summary>
internal static class GeoJsonScanner
{
    /// <param name="tokens">Positioned at the start of the file.</param>
    /// <param name="feature">The feature being read (for error messages); 0 outside features.</param>
    public static GeoJsonLayout Scan(JsonTokenStream tokens, ref long feature)
    {
        var layout = new GeoJsonLayout();
        if (!tokens.Next()) throw new JsonException("The file is empty.");
        if (tokens.TokenType != JsonTokenType.StartObject) throw new JsonException("A GeoJSON file must hold a JSON object (a FeatureCollection or a Feature).");
        while (tokens.Next() && tokens.TokenType == JsonTokenType.PropertyName)
        {
            switch (tokens.StringValue)
            {
                case "type":
                    tokens.Next();
                    layout.RootType = tokens.StringValue;
                    break;
                case "features":
                    layout.HasFeaturesArray = true;
                    ScanFeatures(tokens, layout, ref feature);
                    break;
                case "crs":
                    layout.Crs?.Dispose();
                    layout.Crs = tokens.ParseValueOrEnd();
                    break;
                case "properties":
                    ScanProperties(tokens, layout);
                    break;
                case "id":
                    layout.AnyId = true;
                    tokens.SkipValue();
                    break;
                default:
                    tokens.SkipValue();
                    break;
            }
        }

        return layout;
    }

    private static void ScanFeatures(JsonTokenStream tokens, GeoJsonLayout layout, ref long feature)
    {
        tokens.Next();
        if (tokens.TokenType == JsonTokenType.Null) return;
        if (tokens.TokenType != JsonTokenType.StartArray) throw new JsonException("\"features\" must be an array.");
        while (tokens.Next() && tokens.TokenType != JsonTokenType.EndArray)
        {
            feature++;
            layout.Features++;
            if (tokens.TokenType != JsonTokenType.StartObject) throw new JsonException("Each member of \"features\" must be a Feature object.");
            while (tokens.Next() && tokens.TokenType == JsonTokenType.PropertyName)
            {
                switch (tokens.StringValue)
                {
                    case "properties":
                        ScanProperties(tokens, layout);
                        break;
                    case "id":
                        layout.AnyId = true;
                        tokens.SkipValue();
                        break;
                    default:
                        tokens.SkipValue();
                        break;
                }
            }
        }

        feature = 0;
    }

    private static void ScanProperties(JsonTokenStream tokens, GeoJsonLayout layout)
    {
        tokens.Next();
        if (tokens.TokenType == JsonTokenType.Null) return;
        if (tokens.TokenType != JsonTokenType.StartObject) throw new JsonException("\"properties\" must be an object or null.");
        while (tokens.Next() && tokens.TokenType == JsonTokenType.PropertyName)
        {
            layout.AddProperty(tokens.StringValue!);
            tokens.SkipValue();
        }
    }
}
