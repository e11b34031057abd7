using System.Globalization;
using Geo.Formats;

namespace Geo.Cli.Commands.Stats;

/// <summary>Finding fields of an input file and reading numbers from them, with errors that name file, row and field.</summary>
internal static class InputFields
{
    public static int IndexOf(IFeatureReader reader, string name, string option, string path)
    {
        for (var i = 0; i < reader.Fields.Count; i++) if (reader.Fields[i] == name) return i;
        for (var i = 0; i < reader.Fields.Count; i++) if (string.Equals(reader.Fields[i], name, StringComparison.OrdinalIgnoreCase)) return i;
        throw new ArgumentException($"{option} {name}: no such field in {path}; fields: {string.Join(", ", reader.Fields)}.");
    }

    /// <summary>The x and y columns of a file without geometry (x/lon/longitude/easting/e and y/lat/latitude/northing/n).</summary>
    public static (int X, int Y) XY(IFeatureReader reader, string path)
    {
        var xi = Find(reader.Fields, "x", "lon", "longitude", "easting", "e");
        var yi = Find(reader.Fields, "y", "lat", "latitude", "northing", "n");
        if (xi < 0 || yi < 0)
            throw new ArgumentException($"{path} has no geometry and no x,y columns; fields: {string.Join(", ", reader.Fields)}.");
        return (xi, yi);
    }

    private static int Find(IReadOnlyList<string> fields, params string[] names)
    {
        foreach (var n in names)
            for (var i = 0; i < fields.Count; i++)
                if (string.Equals(fields[i].Trim(), n, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }

    /// <summary>True when the field is absent, null or blank in this row.</summary>
    public static bool IsBlank(FeatureRow row, int i) => row.IsNull(i) || row.Span(i).Trim().IsEmpty;

    public static double Number(IFeatureReader reader, FeatureRow row, int i, string field, string path)
    {
        var text = row.Span(i).Trim().ToString();
        if (reader.DecimalSeparator == ',') text = text.Replace(',', '.');
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)) return v;
        var shown = row.IsNull(i) || text.Length == 0 ? "an empty value" : $"\"{row.Text(i)}\"";
        throw new InvalidDataException($"{path} row {row.Row}: field {field} has {shown}, not a number.");
    }
}
