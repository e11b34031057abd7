using System.CommandLine;
using System.Globalization;
using Geo.Planning.Stats;

namespace Geo.Cli.Commands.Stats;

/// <summary><c>geo stats change</c>: hot-spot change and the count-change test between a comparison period and a current period.</summary>
internal static class ChangeCommand
{
    public static Command Build()
    {
        var input = new Option<FileInfo>("--input") { Description = "Point events (GeoJSON points or CSV x,y): the current period's, and the comparison period's unless --compare is given.", Required = true };
        var compare = new Option<FileInfo?>("--compare") { Description = "Point events of the comparison period in a second file (then the periods are optional filters)." };
        var timeField = new Option<string?>("--time-field") { Description = $"Field with each event's date or time ({StatsFiles.TimeFormats}); needed for the periods." };
        var from = new Option<string?>("--from") { Description = "First day of the current period, YYYY-MM-DD (inclusive)." };
        var to = new Option<string?>("--to") { Description = "Last day of the current period, YYYY-MM-DD (inclusive)." };
        var compareFrom = new Option<string?>("--compare-from") { Description = "First day of the comparison period, YYYY-MM-DD (inclusive)." };
        var compareTo = new Option<string?>("--compare-to") { Description = "Last day of the comparison period, YYYY-MM-DD (inclusive)." };
        var grid = new GridModeOptions(optional: false);
        var sig = new SignificanceOptions();
        var json = new Option<bool>("--json") { Description = "Print one object per cell on stdout (id, x, y, countBefore, countAfter, zBefore, zAfter, classBefore, classAfter, change, countZ, countP, countPAdjusted, countChange)." };
        var outFile = new Option<FileInfo?>("--out") { Description = "Write the cells to FILE.csv, FILE.geojson (WGS 84 unless --keep-crs) or FILE.gpkg with those columns." };
        var keepCrs = RowOutput.KeepCrsOption();
        var cmd = new Command("change",
            "Hot-spot change between a comparison period (before) and a current period (after) on one grid: Gi* of each period's counts (queen, with self, " +
            "row-standardised, analytic p) cross-tabulated into new / still / no-longer hot or cold spots, and per cell the exact conditional (binomial) " +
            "test of the change in count, each with one multiple-testing correction. The count test assumes periods of equal length.");
        foreach (var o in new Option[] { input, compare, timeField, from, to, compareFrom, compareTo }) cmd.Options.Add(o);
        grid.AddTo(cmd);
        sig.AddTo(cmd);
        foreach (var o in new Option[] { json, outFile, keepCrs }) cmd.Options.Add(o);
        cmd.SetAction(p =>
        {
            RowOutput.CheckOut(p.GetValue(outFile), RowOutput.Kinds);
            var request = new ChangeRequest(p.GetValue(input)!.FullName, p.GetValue(timeField),
                Day(p.GetValue(from), "--from"), Day(p.GetValue(to), "--to"), Day(p.GetValue(compareFrom), "--compare-from"), Day(p.GetValue(compareTo), "--compare-to"),
                p.GetValue(compare)?.FullName, grid.Request(p), sig.Value(p));
            using var geo = CliServices.Files();
            var r = geo.Get<ChangeOperation>().Run(request);
            foreach (var n in r.Notices.Concat(r.Warnings)) Console.Error.WriteLine(n);
            var n0 = r.Grid.Grid.Count;
            if (p.GetValue(outFile) is { } f)
            {
                foreach (var n in geo.Get<StatsOutput>().WriteTable(f.FullName, ChangeResult.Columns, n0, r.Row, i => r.Grid.Grid.CellPolygons[i],
                             new OutputCrs(r.Grid.Srid, p.GetValue(keepCrs)), "change"))
                    Console.Error.WriteLine(n);
                Console.Error.WriteLine($"wrote {n0} cells to {f.FullName}");
            }
            if (p.GetValue(json))
                Output.Json.Write(Enumerable.Range(0, n0).Select(i =>
                {
                    var v = r.Row(i);
                    return new CellJson((int)v[0]!, (double)v[1]!, (double)v[2]!, (double)v[3]!, (double)v[4]!, (double?)v[5], (double?)v[6], (string)v[7]!,
                        (string)v[8]!, (string)v[9]!, (double?)v[10], (double?)v[11], (double?)v[12], (string)v[13]!);
                }).ToList());
            else if (p.GetValue(outFile) is null)
            {
                Console.WriteLine($"{"id",-8} {"before",7} {"after",7} {"z_before",9} {"z_after",9} {"change",-15} {"count_z",8} {"count_p_adj",11} count_change");
                for (var i = 0; i < n0; i++)
                {
                    if (r.Before[i] + r.After[i] == 0) continue;
                    var v = r.Row(i);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{i,-8} {r.Before[i],7} {r.After[i],7} {F(v[5]),9} {F(v[6]),9} {v[9],-15} {F(v[10]),8} {F(v[12]),11} {v[13]}"));
                }
            }
            Console.Error.WriteLine(string.Join(", ", r.Change.Counts.Where(c => c.Value > 0).Select(c => $"{(StatsNames.Of(c.Key) is { Length: > 0 } name ? name : "undefined (Gi* undefined in a period)")}: {c.Value}")) +
                                    $"; count change: increase {Enumerable.Range(0, n0).Count(i => r.Counts.Direction(i) > 0)}, decrease {Enumerable.Range(0, n0).Count(i => r.Counts.Direction(i) < 0)}");
            return 0;
        });
        return cmd;
    }

    private static string F(object? v) => v is double d ? d.ToString("G4", CultureInfo.InvariantCulture) : "";

    private static DateOnly? Day(string? text, string option)
    {
        if (text is null) return null;
        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw new ArgumentException($"{option} {text}: give a date as YYYY-MM-DD.");
    }

    private sealed record CellJson(int Id, double X, double Y, double CountBefore, double CountAfter, double? ZBefore, double? ZAfter, string ClassBefore,
        string ClassAfter, string Change, double? CountZ, double? CountP, double? CountPAdjusted, string CountChange);
}
