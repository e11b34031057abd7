using System.CommandLine;
using System.Globalization;
using Geo.Analysis.Density;
using Geo.Core.Text;
using Geo.Planning.Stats;

namespace Geo.Cli.Commands.Stats;

/// <summary><c>geo stats dual-kde</c>: events per resident, the incident density over the population density on one grid.</summary>
internal static class DualKdeCommand
{
    public static Command Build()
    {
        var input = new Option<FileInfo>("--input") { Description = "Point events: GeoJSON points or CSV with x,y columns.", Required = true };
        var field = new Option<string?>("--field") { Description = "Numeric weight of each event; default 1." };
        var population = new Option<FileInfo>("--population") { Description = "Population: points or polygons (at their centroids) with a count of residents (GeoJSON, GeoPackage, CSV x,y).", Required = true };
        var populationField = new Option<string>("--population-field") { Description = "The field with each point's or polygon's residents.", Required = true };
        var per = new Option<string>("--per") { Description = "The rate per this many residents.", DefaultValueFactory = _ => "1000" };
        var minResidents = new Option<string>("--min-residents") { Description = "Cells whose smoothed population is below this many residents per cell get no rate.", DefaultValueFactory = _ => "1" };
        var kernel = new Option<string>("--kernel") { Description = "quartic or gaussian (both surfaces).", DefaultValueFactory = _ => "quartic" };
        kernel.AcceptOnlyFromAmong("quartic", "gaussian");
        var bandwidth = new Option<string>("--bandwidth") { Description = "Bandwidth in metres for both surfaces, or auto (Silverman's rule on the events, announced).", DefaultValueFactory = _ => "auto" };
        var cellSize = new Option<string>("--cell-size") { Description = "Cell side in metres, or auto (announced).", DefaultValueFactory = _ => "auto" };
        var boundary = new Option<FileInfo?>("--boundary") { Description = "GeoJSON polygon(s): the grid covers it, cells outside are left out, and both surfaces are edge-corrected." };
        var edge = new Option<string>("--edge-correction") { Description = "diggle (default), uniform or none, for both surfaces (with --boundary).", DefaultValueFactory = _ => "diggle" };
        edge.AcceptOnlyFromAmong("diggle", "uniform", "none");
        var outFile = new Option<FileInfo?>("--out") { Description = "Write the cells' rate to FILE.csv (id,x,y,per_N_residents), FILE.geojson (WGS 84 unless --keep-crs), FILE.gpkg or FILE.asc (with FILE.prj)." };
        var keepCrs = RowOutput.KeepCrsOption();
        var json = new Option<bool>("--json") { Description = "Print {bandwidth, cellSize, cells, cellsWithoutRate, residents, per, maxRate, meanRate} on stdout." };
        var cmd = new Command("dual-kde",
            "Dual kernel density (CrimeStat): events per resident, the kernel density of the events divided by that of the population on one grid with " +
            "one kernel, bandwidth and edge correction; cells with fewer than --min-residents smoothed residents get no rate.");
        foreach (var o in new Option[] { input, field, population, populationField, per, minResidents, kernel, bandwidth, cellSize, boundary, edge, outFile, keepCrs, json })
            cmd.Options.Add(o);
        cmd.SetAction(p =>
        {
            RowOutput.CheckOut(p.GetValue(outFile), ".csv", ".geojson", ".gpkg", ".asc");
            var method = p.GetValue(edge);
            var incidents = new KdeRequest(p.GetValue(input)!.FullName, p.GetValue(field), p.GetValue(kernel) == "gaussian" ? Kernel.Gaussian : Kernel.Quartic,
                GridModeOptions.Metres(p.GetValue(bandwidth), "--bandwidth"), GridModeOptions.Metres(p.GetValue(cellSize), "--cell-size"),
                p.GetValue(boundary)?.FullName, method != "none", method == "uniform" ? EdgeCorrectionMethod.Uniform : EdgeCorrectionMethod.Diggle);
            var request = new DualKdeRequest(incidents, p.GetValue(population)!.FullName, p.GetValue(populationField)!,
                Number(p.GetValue(per), "--per"), Number(p.GetValue(minResidents), "--min-residents"));
            using var geo = CliServices.Files();
            var r = geo.Get<DualKdeOperation>().Run(request);
            foreach (var n in r.Notices) Console.Error.WriteLine(n);
            var s = r.Incidents;
            var cells = s.Summary.Cells;
            if (p.GetValue(outFile) is { } f)
            {
                foreach (var n in geo.Get<StatsOutput>().WriteSurface(f.FullName, s.Grid, r.Rate, cells, s.Mask, new OutputCrs(s.Srid, p.GetValue(keepCrs)), r.RateName, "rate"))
                    Console.Error.WriteLine(n);
                Console.Error.WriteLine($"wrote {cells.Length} cells to {f.FullName}");
            }
            var rated = cells.Where(c => double.IsFinite(r.Rate[c])).ToList();
            double? max = rated.Count == 0 ? null : rated.Max(c => r.Rate[c]);
            double? mean = rated.Count == 0 ? null : rated.Average(c => r.Rate[c]);
            if (p.GetValue(json))
                Output.Json.Write(new DualKdeJson(s.Result.Bandwidth, s.Grid.CellSize, cells.Length, r.WithoutRate, r.Residents, r.Per, max, mean));
            else if (p.GetValue(outFile) is null)
            {
                var inv = CultureInfo.InvariantCulture;
                Console.WriteLine($"{"id",-8} {"x",12} {"y",12} {r.RateName,20} {"events/km²",12} {"residents/km²",14}");
                foreach (var k in Enumerable.Range(0, cells.Length).Where(k => double.IsFinite(r.Rate[cells[k]])).OrderByDescending(k => r.Rate[cells[k]]).Take(10))
                {
                    var i = cells[k];
                    var (c, row) = (i % s.Grid.Columns, i / s.Grid.Columns);
                    Console.WriteLine(string.Create(inv,
                        $"{k,-8} {s.Grid.CentreX(c),12:0.#} {s.Grid.CentreY(row),12:0.#} {r.Rate[i],20:G5} {s.Result.Density[i],12:G5} {r.Population.Density[i],14:G5}"));
                }
                Console.WriteLine($"(the 10 cells with the highest rate of {rated.Count}; use --out to write all cells)");
            }
            return 0;
        });
        return cmd;
    }

    private static double Number(string? text, string option) =>
        NumberText.TryParseDouble((text ?? "").Trim(), out var v) && v >= 0 ? v : throw new ArgumentException($"{option} {text}: give a number of residents.");

    private sealed record DualKdeJson(double Bandwidth, double CellSize, int Cells, int CellsWithoutRate, double Residents, double Per, double? MaxRate, double? MeanRate);
}
