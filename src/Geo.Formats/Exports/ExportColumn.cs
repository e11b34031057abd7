namespace Geo.Formats.Exports;

/// <summary>
/// One column of an export table. <paramref name="Name"/> is the stable machine name (snake_case ASCII: the GeoJSON
/// property and GeoPackage field); the labels head CSV and XLSX columns in the export's language.
/// <paramref name="Suppressible"/> columns may hold <see cref="ExportSuppressed"/> values; GeoJSON and GeoPackage then
/// carry a flag field <c>{Name}_flag</c> (null when shown, else <c>small</c>, <c>secondary</c> or <c>derived</c>).
/// </summary>
public sealed record ExportColumn(string Name, string LabelSv, string LabelEn, ExportKind Kind, int Decimals = 0, bool Suppressible = false)
{
    /// <summary>The header label in <paramref name="lang"/> (sv or en).</summary>
    public string Label(string lang) => lang == "en" ? LabelEn : LabelSv;

    /// <summary>The flag field's name in GeoJSON and GeoPackage.</summary>
    public string FlagName => Name + "_flag";
}
