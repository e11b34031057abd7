using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NetTopologySuite.Geometries;

namespace Geo.Reporting.Reports;

/// <summary>
/// Writes the lägesbild as JSON (<c>"format": "geo-report/1"</c>, camelCase, every section as its record, suppressed
/// counts as null): for the municipality's own tools. Geometries are left out (the exports carry them).
/// </summary>
public static class JsonReportWriter
{
    public const string Format = "geo-report/1";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { DropGeometries } },
    };

    public static string Write(LagesbildReport report) =>
        JsonSerializer.Serialize(new { format = Format, report }, Options);

    private static void DropGeometries(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object) return;
        for (var i = info.Properties.Count - 1; i >= 0; i--)
            if (typeof(Geometry).IsAssignableFrom(info.Properties[i].PropertyType)) info.Properties.RemoveAt(i);
    }
}
