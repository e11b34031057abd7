namespace Geo.Formats.Exports;

/// <summary>
/// One table of an export, streamed: <paramref name="Name"/> is the GeoPackage layer, the XLSX sheet (with the title in
/// the export's language) and the GeoJSON <c>name</c>; <paramref name="GeometryType"/> is POINT, POLYGON, MULTIPOLYGON or
/// null for a table without geometry (GeoPackage: an attributes table; GeoJSON: features with null geometry).
/// </summary>
public sealed record ExportTable(
    string Name,
    string TitleSv,
    string TitleEn,
    IReadOnlyList<ExportColumn> Columns,
    string? GeometryType,
    IAsyncEnumerable<ExportRow> Rows)
{
    /// <summary>The title in <paramref name="lang"/>.</summary>
    public string Title(string lang) => lang == "en" ? TitleEn : TitleSv;
}
