using System.Globalization;
using System.Text;
using Geo.Analysis.Inference;
using Geo.Formats.GeoJson;
using NetTopologySuite.Geometries;

namespace Geo.Cli.Commands.Stats;

/// <summary>Where and how local rows go: --out FILE.csv | FILE.geojson, the --json array, the table on stdout.</summary>
internal static class RowOutput
{
    public const string CsvHeader = "id,statistic,z,p,pseudo_p,p_adjusted,class";

    /// <summary>The kind of --out file from its extension; any other extension is a usage error.</summary>
    public static string? Kind(FileInfo? file, params string[] allowed)
    {
        if (file is null) return null;
        var ext = Path.GetExtension(file.Name).ToLowerInvariant();
        if (ext == ".json") ext = ".geojson";
        if (!allowed.Contains(ext))
            throw new ArgumentException($"--out {file.Name}: use a {string.Join(" or ", allowed.Select(a => "FILE" + a))} file name.");
        return ext;
    }

    public static string ClassName(LocalClass c) => c switch
    {
        LocalClass.NotSignificant => "not-significant",
        LocalClass.Hot => "hot",
        LocalClass.Cold => "cold",
        LocalClass.HighHigh => "high-high",
        LocalClass.LowLow => "low-low",
        LocalClass.HighLow => "high-low",
        LocalClass.LowHigh => "low-high",
        _ => c.ToString(),
    };

    public static string F(double? v) => v is { } d ? d.ToString("G6", CultureInfo.InvariantCulture) : "";

    public static void WriteCsv(string path, IReadOnlyList<LocalRow> rows)
    {
        var sb = new StringBuilder(CsvHeader).Append('\n');
        foreach (var r in rows)
        {
            sb.Append(Csv(Convert.ToString(r.Id, CultureInfo.InvariantCulture) ?? "")).Append(',').Append(R(r.Statistic)).Append(',').Append(R(r.Z)).Append(',')
              .Append(R(r.P)).Append(',').Append(R(r.PseudoP)).Append(',').Append(R(r.PAdjusted)).Append(',').Append(r.Class).Append('\n');
        }
        File.WriteAllText(path, sb.ToString());
    }

    public static string Csv(string text) =>
        text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;

    public static string R(double? v) => v is { } d ? d.ToString("R", CultureInfo.InvariantCulture) : "";

    /// <summary>The result properties of a row, for GeoJSON features, after <paramref name="leading"/> ones (e.g. count).</summary>
    public static IReadOnlyList<(string, object?)> Properties(LocalRow r, params (string, object?)[] leading)
    {
        var list = new List<(string, object?)> { ("id", r.Id) };
        list.AddRange(leading);
        list.AddRange([("statistic", r.Statistic), ("z", r.Z), ("p", r.P), ("pseudo_p", r.PseudoP), ("p_adjusted", r.PAdjusted), ("class", r.Class)]);
        return list;
    }

    /// <summary>Writes --out (csv or geojson with one geometry per row) and then --json rows or the table, as the options say.</summary>
    public static void Emit(IReadOnlyList<LocalRow> rows, FileInfo? outFile, bool json, Func<int, Geometry> geometry,
        Func<int, (string, object?)[]>? leading, Func<System.Text.Json.JsonElement?> crs)
    {
        var kind = Kind(outFile, ".csv", ".geojson");
        if (outFile is not null)
        {
            if (kind == ".csv") WriteCsv(outFile.FullName, rows);
            else GeoJsonFeatureWriter.Write(outFile.FullName, crs(),
                rows.Select((r, i) => (geometry(i), Properties(r, leading?.Invoke(i) ?? []))));
            Console.Error.WriteLine($"wrote {rows.Count} rows to {outFile.FullName}");
        }
        if (json) Output.Json.Write(rows);
        else if (outFile is null)
        {
            Console.WriteLine($"{"id",-12} {"statistic",14} {"z",10} {"p",10} {"pseudo_p",10} {"p_adjusted",10} class");
            foreach (var row in rows)
                Console.WriteLine($"{row.Id,-12} {F(row.Statistic),14} {F(row.Z),10} {F(row.P),10} {F(row.PseudoP),10} {F(row.PAdjusted),10} {row.Class}");
        }
        Console.Error.WriteLine(string.Join(", ", rows.GroupBy(x => x.Class).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}: {g.Count()}")));
    }
}
