using System.CommandLine;
using System.Globalization;
using Geo.Planning.Stats;
using NetTopologySuite.Geometries;

namespace Geo.Cli.Commands.Stats;

/// <summary>Where local rows go: --out FILE.csv | FILE.geojson | FILE.gpkg (through the application layer's writer), the --json array, the table on stdout.</summary>
internal static class RowOutput
{
    /// <summary>The file kinds --out accepts for rows.</summary>
    public static readonly string[] Kinds = [".csv", ".geojson", ".gpkg"];

    /// <summary>What --out writes, for the help of the row commands.</summary>
    public const string OutHelp =
        "FILE.csv (id, the cell's x, y and count in grid mode, then statistic,z,p,pseudo_p,p_adjusted,class,reason; reason says why a row is undefined), FILE.geojson (the input polygons/points or " +
        "the grid cells with those properties, in WGS 84 as RFC 7946 requires; --keep-crs keeps the working CRS) or FILE.gpkg (a GeoPackage layer in the working CRS).";

    /// <summary>--keep-crs: GeoJSON in the working CRS with a crs member instead of WGS 84.</summary>
    public static Option<bool> KeepCrsOption() => new("--keep-crs")
    {
        Description = "Write GeoJSON in the working CRS (the input's, the boundary's or --crs) with a crs member naming it, instead of WGS 84 longitude/latitude " +
                      "(RFC 7946). Also writes GeoJSON when the CRS is unknown (coordinates as they are, no crs member).",
    };

    private static string F(double? v) => v is { } d ? d.ToString("G6", CultureInfo.InvariantCulture) : "";

    /// <summary>Checks the --out extension before any work is done.</summary>
    public static void CheckOut(FileInfo? file, params string[] allowed)
    {
        if (file is not null) StatsOutput.Kind(file.FullName, allowed);
    }

    /// <summary>Prints the notices and warnings, writes --out, then the --json rows or the table, then the class counts.</summary>
    public static void Emit(StatsOutput output, IReadOnlyList<StatsRow> rows, IReadOnlyList<string> notices, FileInfo? outFile, bool json,
        Func<int, Geometry> geometry, Func<int, (string, object?)[]>? leading, OutputCrs crs)
    {
        foreach (var n in notices) Console.Error.WriteLine(n);
        if (outFile is not null)
        {
            foreach (var n in output.WriteRows(outFile.FullName, rows, geometry, leading, crs)) Console.Error.WriteLine(n);
            Console.Error.WriteLine($"wrote {rows.Count} rows to {outFile.FullName}");
        }
        if (json) Output.Json.Write(rows);
        else if (outFile is null)
        {
            Console.WriteLine($"{"id",-12} {"statistic",14} {"z",10} {"p",10} {"pseudo_p",10} {"p_adjusted",10} class");
            foreach (var row in rows)
                Console.WriteLine($"{row.Id,-12} {F(row.Statistic),14} {F(row.Z),10} {F(row.P),10} {F(row.PseudoP),10} {F(row.PAdjusted),10} " +
                                  (row.Class.Length == 0 && row.Reason is { } why ? $"(undefined: {why})" : row.Class));
        }
        Console.Error.WriteLine(Summary(rows));
    }

    /// <summary>"hot: 3, not-significant: 14, undefined: 4 (no neighbours: 4)": the rows per class, undefined rows (empty class) per reason.</summary>
    public static string Summary(IReadOnlyList<StatsRow> rows)
    {
        var classes = rows.Where(r => r.Class.Length > 0).GroupBy(r => r.Class).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}: {g.Count()}").ToList();
        var undefined = rows.Where(r => r.Class.Length == 0).ToList();
        if (undefined.Count > 0)
        {
            var reasons = undefined.GroupBy(r => r.Reason ?? "no reason given").OrderByDescending(g => g.Count()).ToList();
            classes.Add($"undefined: {undefined.Count} (" +
                        (reasons.Count == 1 ? reasons[0].Key : string.Join("; ", reasons.Select(g => $"{g.Count()}: {g.Key}"))) + ")");
        }
        return string.Join(", ", classes);
    }
}
