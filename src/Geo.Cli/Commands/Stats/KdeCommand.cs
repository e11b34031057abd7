using System.CommandLine;
using System.Globalization;
using Geo.Analysis.Density;
using Geo.Planning.Stats;

namespace Geo.Cli.Commands.Stats;

/// <summary><c>geo stats kde</c>: kernel density of point events in events per km², masked and edge-corrected to a boundary.</summary>
internal static class KdeCommand
{
    public static Command Build()
    {
        var input = new Option<FileInfo>("--input") { Description = "Point events: GeoJSON points or CSV with x,y (or lon,lat) columns (rows without a location, or with an empty, NA or NULL --field value, are left out and counted).", Required = true };
        var field = new Option<string?>("--field") { Description = "Numeric weight of each event (e.g. a harm index); default 1." };
        var kernel = new Option<string>("--kernel") { Description = "quartic (biweight; the bandwidth is its radius) or gaussian (the bandwidth is sigma).", DefaultValueFactory = _ => "quartic" };
        kernel.AcceptOnlyFromAmong("quartic", "gaussian");
        var bandwidth = new Option<string>("--bandwidth") { Description = "Bandwidth in metres, or auto (Silverman's rule on both axes, announced).", DefaultValueFactory = _ => "auto" };
        var cellSize = new Option<string>("--cell-size")
        {
            Description = "Cell side in metres, or auto (about 5 events per cell over the area, at most a quarter of the bandwidth; announced).",
            DefaultValueFactory = _ => "auto",
        };
        var boundary = new Option<FileInfo?>("--boundary") { Description = "GeoJSON polygon(s): the grid covers it, cells outside are left out, and the density is edge-corrected. Default: the points' bounding box plus one bandwidth, no edge correction." };
        var noEdge = new Option<bool>("--no-edge-correction") { Description = "Do not correct for the kernel mass beyond the boundary (the same as --edge-correction none)." };
        var edgeMethod = new Option<string>("--edge-correction")
        {
            Description = "diggle (each event's kernel divided by its share inside the boundary: density x cell area sums to the events in the cells inside; the default), " +
                          "uniform (each cell divided by the share of its kernel inside, spatstat's default; does not keep the mass) or none.",
            DefaultValueFactory = _ => "diggle",
        };
        edgeMethod.AcceptOnlyFromAmong("diggle", "uniform", "none");
        var outFile = new Option<FileInfo?>("--out")
        {
            Description = "Write the cells to FILE.csv (id,x,y,density; cell centres in the working CRS), FILE.geojson (square cells with id, x, y, density; " +
                          "WGS 84 unless --keep-crs), FILE.gpkg (GeoPackage layer in the working CRS) or FILE.asc (ESRI ASCII grid, -9999 outside, with FILE.prj).",
        };
        var keepCrs = RowOutput.KeepCrsOption();
        var json = new Option<bool>("--json") { Description = "Print {bandwidth, bandwidthChosen, bandwidthRule, kernel, cellSize, cellSizeRule, cells, maxDensity, unit, edgeCorrection, integral (density x cell area summed), inside (points inside the boundary)} on stdout (the cells go to --out)." };
        var cmd = new Command("kde",
            "Kernel density estimation of point events on a square grid, in events per km² per cell (quartic or Gaussian kernel; " +
            "edge correction by the kernel mass inside the boundary, Diggle 1985: per event by default, so that density x cell area sums to the events inside).");
        foreach (var o in new Option[] { input, field, kernel, bandwidth, cellSize, boundary, edgeMethod, noEdge, outFile, keepCrs, json }) cmd.Options.Add(o);
        var events = new EventOptions(timeField: true);
        events.AddTo(cmd);
        cmd.SetAction(p =>
        {
            RowOutput.CheckOut(p.GetValue(outFile), ".csv", ".geojson", ".gpkg", ".asc");
            var method = p.GetValue(edgeMethod);
            if (p.GetValue(noEdge) && p.GetResult(edgeMethod) is { Implicit: false } && method != "none")
                throw new ArgumentException($"--no-edge-correction contradicts --edge-correction {method}; give one of them.");
            var request = new KdeRequest(p.GetValue(input)!.FullName, p.GetValue(field), p.GetValue(kernel) == "gaussian" ? Kernel.Gaussian : Kernel.Quartic,
                GridModeOptions.Metres(p.GetValue(bandwidth), "--bandwidth"), GridModeOptions.Metres(p.GetValue(cellSize), "--cell-size"),
                p.GetValue(boundary)?.FullName, !p.GetValue(noEdge) && method != "none",
                method == "uniform" ? EdgeCorrectionMethod.Uniform : EdgeCorrectionMethod.Diggle, events.Value(p));
            using var geo = CliServices.Files();
            var s = geo.Get<KdeOperation>().Run(request);
            foreach (var n in s.Notices) Console.Error.WriteLine(n);
            if (p.GetValue(outFile) is { } f)
            {
                foreach (var n in geo.Get<StatsOutput>().WriteDensity(f.FullName, s, p.GetValue(keepCrs))) Console.Error.WriteLine(n);
                Console.Error.WriteLine($"wrote {s.Summary.Cells.Length} cells to {f.FullName}");
            }
            var r = s.Result;
            if (p.GetValue(json))
                Output.Json.Write(new KdeJson(r.Bandwidth, r.BandwidthChosen, r.Rule, s.Kernel, s.Grid.CellSize, s.CellSizeRule, s.Summary.Cells.Length, s.Summary.Max, KdeSurface.Unit,
                    s.EdgeCorrected ? (s.Method == EdgeCorrectionMethod.Diggle ? "diggle" : "uniform") : "none", s.Summary.Integral, s.Inside));
            else if (p.GetValue(outFile) is null)
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"kernel density of {s.Points.Count} points: {s.Kernel}, bandwidth {r.Bandwidth:0.#} m, {s.Summary.Cells.Length} cells of {s.Grid.CellSize} m, max {s.Summary.Max:G6} {KdeSurface.Unit} (use --out to write the cells)"));
            return 0;
        });
        return cmd;
    }

    private sealed record KdeJson(double Bandwidth, bool BandwidthChosen, string BandwidthRule, string Kernel, double CellSize, string CellSizeRule,
        int Cells, double MaxDensity, string Unit, string EdgeCorrection, double Integral, double Inside);
}
