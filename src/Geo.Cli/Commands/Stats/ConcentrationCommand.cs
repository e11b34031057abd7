using System.CommandLine;
using System.Globalization;
using Geo.Planning.Stats;

namespace Geo.Cli.Commands.Stats;

/// <summary><c>geo stats concentration</c>: the share of events in the top 1/5/10 % of places and the Gini coefficients.</summary>
internal static class ConcentrationCommand
{
    public static Command Build()
    {
        var input = new Option<FileInfo>("--input") { Description = "Places with a count field (GeoJSON polygons/points, GeoPackage, CSV x,y), or point events with --cell-size.", Required = true };
        var field = new Option<string?>("--field") { Description = "The count per place (required without --cell-size; in grid mode the sum of this field per cell, default: the number of points)." };
        var idField = new Option<string?>("--id-field") { Description = "Field identifying each place (default: 1-based row number)." };
        var grid = new GridModeOptions(optional: true);
        var json = new Option<bool>("--json") { Description = "Print {places, events, top1PercentPlaces, top1PercentShare, top5…, top10…, gini, generalizedGini} on stdout." };
        var outFile = new Option<FileInfo?>("--out")
        {
            Description = "Write the places to FILE.csv, FILE.geojson (WGS 84 unless --keep-crs) or FILE.gpkg with id, count, rank, share, cumulative_share and top (1%, 5%, 10%).",
        };
        var keepCrs = RowOutput.KeepCrsOption();
        var cmd = new Command("concentration",
            "Crime concentration at place (Weisburd 2015): the share of events in the top 1, 5 and 10 % of places (grid cells or rows; places without " +
            "events count), the Gini coefficient and the generalised Gini for fewer events than places (Bernasco & Steenbeek 2017).");
        foreach (var o in new Option[] { input, field, idField, json, outFile, keepCrs }) cmd.Options.Add(o);
        grid.AddTo(cmd);
        cmd.SetAction(p =>
        {
            RowOutput.CheckOut(p.GetValue(outFile), RowOutput.Kinds);
            var request = new ConcentrationRequest(new LayerRequest(p.GetValue(input)!.FullName, p.GetValue(field), p.GetValue(idField), grid.IsOn(p) ? grid.Request(p) : null));
            using var geo = CliServices.Files();
            var r = geo.Get<ConcentrationOperation>().Run(request);
            foreach (var n in r.Notices) Console.Error.WriteLine(n);
            if (p.GetValue(outFile) is { } f)
            {
                foreach (var n in geo.Get<StatsOutput>().WriteTable(f.FullName, ConcentrationReport.Columns, r.Layer.Count, r.Row, i => r.Layer.Geometries[i],
                             new OutputCrs(r.Layer.DeclaredSrid, p.GetValue(keepCrs)), "concentration"))
                    Console.Error.WriteLine(n);
                Console.Error.WriteLine($"wrote {r.Layer.Count} places to {f.FullName}");
            }
            var m = r.Measures;
            if (p.GetValue(json))
                Output.Json.Write(new ConcentrationJson(m.Units, m.Total, m.Top1PercentUnits, m.Top1PercentShare, m.Top5PercentUnits, m.Top5PercentShare,
                    m.Top10PercentUnits, m.Top10PercentShare, m.Gini, m.GeneralizedGini));
            else
            {
                var inv = CultureInfo.InvariantCulture;
                Console.WriteLine($"{"measure",-22} {"places",8} {"share",8}");
                Console.WriteLine(string.Create(inv, $"{"top 1 % of places",-22} {m.Top1PercentUnits,8} {m.Top1PercentShare,8:P1}"));
                Console.WriteLine(string.Create(inv, $"{"top 5 % of places",-22} {m.Top5PercentUnits,8} {m.Top5PercentShare,8:P1}"));
                Console.WriteLine(string.Create(inv, $"{"top 10 % of places",-22} {m.Top10PercentUnits,8} {m.Top10PercentShare,8:P1}"));
                Console.WriteLine(string.Create(inv, $"{"Gini",-22} {m.Units,8} {m.Gini,8:0.000}"));
                Console.WriteLine(string.Create(inv, $"{"generalised Gini",-22} {m.Units,8} {m.GeneralizedGini,8:0.000}"));
            }
            return 0;
        });
        return cmd;
    }

    private sealed record ConcentrationJson(int Places, double Events, int Top1PercentPlaces, double Top1PercentShare, int Top5PercentPlaces, double Top5PercentShare,
        int Top10PercentPlaces, double Top10PercentShare, double Gini, double GeneralizedGini);
}
