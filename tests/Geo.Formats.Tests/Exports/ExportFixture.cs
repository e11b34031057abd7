using System.Runtime.CompilerServices;
using System.Text.Json;
using Geo.Core.Crs;
using Geo.Formats.Exports;
using NetTopologySuite.Geometries;

namespace Geo.Formats.Tests.Exports;

/// <summary>
/// A planted export table with every <see cref="ExportKind"/>, SWEREF 99 TM polygons (EPSG:3006), a hidden value of each
/// reason, nulls, texts a spreadsheet would take for formulas, Swedish letters, negative and large numbers.
/// </summary>
internal static class ExportFixture
{
    public const string TableName = "indicators";
    public const int K = 5;

    public static readonly ExportSuppressed Small = new(ExportHidden.Small, K);
    public static readonly ExportSuppressed Secondary = new(ExportHidden.Secondary, K);
    public static readonly ExportSuppressed Derived = new(ExportHidden.Derived, K);

    public static readonly ExportColumn[] Columns =
    [
        new("area_code", "Områdeskod", "Area code", ExportKind.Text),
        new("area_name", "Områdesnamn", "Area name", ExportKind.Text),
        new("population", "Befolkning", "Population", ExportKind.Integer),
        new("incidents", "Händelser", "Incidents", ExportKind.Count, Suppressible: true),
        new("rate", "Per 1 000 inv.", "Per 1,000 residents", ExportKind.Decimal, 2, Suppressible: true),
        new("share", "Andel", "Share", ExportKind.Percent, 1, Suppressible: true),
        new("first_day", "Första dag", "First day", ExportKind.Date),
        new("computed_at", "Beräknad", "Computed", ExportKind.DateTime),
        new("hotspot", "Hot spot", "Hotspot", ExportKind.Boolean),
    ];

    public static readonly GeometryFactory Factory = new(new PrecisionModel(), 3006);

    /// <summary>The planted rows: values per column, in <see cref="Columns"/>' order.</summary>
    public static readonly object?[][] Values =
    [
        ["0001", "Älvsjö åäö ÅÄÖ", 1234, 57, 46.19, 0.2345, new DateOnly(2025, 1, 1), new DateTimeOffset(2026, 11, 27, 1, 2, 3, TimeSpan.Zero), true],
        ["0002", "=1+2", 800, Small, Derived, Derived, new DateOnly(2025, 12, 31), new DateTimeOffset(2026, 11, 27, 3, 4, 5, TimeSpan.FromHours(1)), false],
        ["0003", "+46 8 123", 12_345_678, Secondary, Derived, Derived, null, null, null],
        ["0004", "-minus", -42, 0, 0.0, 0.0, new DateOnly(2024, 2, 29), new DateTimeOffset(2024, 2, 29, 23, 59, 59, TimeSpan.Zero), false],
        ["0005", "@sum", 10_000_000_000L, 2_000_000_000L, -1234567.891, -0.5, new DateOnly(2025, 6, 1), new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero), true],
        ["0006", "\tindrag", null, null, null, null, null, null, null],
        ["0007", "Citat \"så\"; och, komma\nny rad", 5, 5, 1000.005, 1.0, new DateOnly(2025, 3, 3), new DateTimeOffset(2025, 3, 3, 0, 0, 0, TimeSpan.Zero), false],
        ["0008", null, 1, 12, 0.125, 0.00049, new DateOnly(2025, 3, 4), new DateTimeOffset(2025, 3, 4, 0, 0, 0, TimeSpan.Zero), true],
    ];

    /// <summary>A 500 m square at SWEREF 99 TM (674000 + 500·i, 6580000) for row i (row 6 has no geometry).</summary>
    public static Geometry? Square(int i)
    {
        if (i == 5) return null;
        double x = 674000 + 500 * i, y = 6580000;
        return Factory.CreatePolygon([new(x, y), new(x + 500, y), new(x + 500, y + 500), new(x, y + 500), new(x, y)]);
    }

    public static ExportTable Table(string? geometryType = "POLYGON", string name = TableName) =>
        new(name, "Indikatorer per område", "Indicators by area", Columns, geometryType, Rows());

    private static async IAsyncEnumerable<ExportRow> Rows([EnumeratorCancellation] CancellationToken ct = default)
    {
        for (var i = 0; i < Values.Length; i++)
        {
            ct.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return new ExportRow(Square(i), Values[i]);
        }
    }

    public static readonly ExportMetadataEntry[] Entries =
    [
        new("run_id", "Körning", "Run", 57),
        new("what", "Innehåll", "Contents", "indicators"),
        new("period", "Period", "Period", "2025-01-01/2025-12-31"),
        new("parameters", "Parametrar", "Parameters", JsonDocument.Parse("""{"bandwidth_m":250,"groups":["total","inbrott"]}""").RootElement.Clone()),
        new("sources", "Källor", "Sources", new object[] { new Dictionary<string, object?> { ["name"] = "polisen", ["batch"] = 12 } }),
        new("created_at", "Skapad", "Created", new DateTimeOffset(2026, 11, 27, 1, 50, 0, TimeSpan.Zero)),
        new("role", "Roll", "Role", "partner"),
        new("suppression", "Röjandekontroll", "Disclosure control", "k=5; secondary: least loss"),
        new("geo_version", "Geo-version", "Geo version", "1.4.0"),
        new("note", "Anmärkning", "Note", null),
    ];

    public static ExportWriterOptions Options(string lang = "sv", string? dialect = null) =>
        new(lang, dialect ?? ExportFormats.DefaultDialect(lang), 3006, CrsRegistry.Name(3006), CrsDefinition.Wkt(3006), new ExportMetadata(Entries));

    /// <summary>Writes the fixture table with <paramref name="format"/> to <paramref name="path"/>.</summary>
    public static async Task<long> WriteAsync(string format, string path, ExportWriterOptions options, params ExportTable[] tables)
    {
        await using var w = ExportWriters.Create(format, path, options);
        foreach (var t in tables.Length == 0 ? [Table()] : tables) await w.WriteTableAsync(t);
        return w.Rows;
    }
}
