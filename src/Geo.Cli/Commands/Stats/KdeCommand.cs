using System.CommandLine;
using System.Globalization;
using System.Text;
using Geo.Analysis.Density;
using Geo.Formats.GeoJson;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;

namespace Geo.Cli.Commands.Stats;

/// <summary><c>geo stats kde</c>: kernel density of point events in events per km², masked and edge-corrected to a boundary.</summary>
internal static class KdeCommand
{
    private const string Unit = "events per km²";

    public static Command Build()
    {
        var input = new Option<FileInfo>("--input") { Description = "Point events: GeoJSON points or CSV with x,y columns (rows without a location are left out).", Required = true };
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
        var noEdge = new Option<bool>("--no-edge-correction") { Description = "Do not renormalise cells near the boundary by the kernel mass inside it." };
        var outFile = new Option<FileInfo?>("--out") { Description = "Write the cells to FILE.csv (id,x,y,density; cell centres), FILE.geojson (square cells with id, density) or FILE.asc (ESRI ASCII grid, -9999 outside)." };
        var json = new Option<bool>("--json") { Description = "Print {bandwidth, bandwidthChosen, bandwidthRule, kernel, cellSize, cellSizeRule, cells, maxDensity, unit} on stdout (the cells go to --out)." };
        var cmd = new Command("kde",
            "Kernel density estimation of point events on a square grid, in events per km² per cell (quartic or Gaussian kernel; " +
            "edge correction by the kernel mass inside the boundary, Diggle 1985).");
        foreach (var o in new Option[] { input, field, kernel, bandwidth, cellSize, boundary, noEdge, outFile, json }) cmd.Options.Add(o);
        cmd.SetAction(p =>
        {
            var outKind = RowOutput.Kind(p.GetValue(outFile), ".csv", ".geojson", ".asc");
            var k = p.GetValue(kernel) == "gaussian" ? Kernel.Gaussian : Kernel.Quartic;
            var givenH = Metres(p.GetValue(bandwidth), "--bandwidth");
            var givenSize = Metres(p.GetValue(cellSize), "--cell-size");
            var points = PointSet.Load(p.GetValue(input)!.FullName, p.GetValue(field), null);
            Geometry? area = null;
            if (p.GetValue(boundary) is { } bf)
            {
                string described;
                (area, described) = Boundary.Load(bf.FullName, points);
                Console.Error.WriteLine($"{points.Describe()}; boundary: {described}");
            }
            else Console.Error.WriteLine($"{points.Describe()}; no boundary: the grid covers the points' bounding box plus one bandwidth");
            var h = givenH ?? BandwidthRule.Choose(points.X, points.Y).Value;

            // The extent: the boundary's envelope, or the points' bounding box grown by one bandwidth.
            var env = area?.EnvelopeInternal ?? Extent(points, h);
            var locator = area is null ? null : new IndexedPointInAreaLocator(area);
            var inside = locator is null ? points.Count
                : Enumerable.Range(0, points.Count).Count(i => locator.Locate(new Coordinate(points.X[i], points.Y[i])) != Location.Exterior);
            var (grid, sizeRule) = DensityGridPlan.Cover(env, h, givenSize, area?.Area ?? env.Area, inside);
            var size = grid.CellSize;
            var mask = locator is null ? null : grid.MaskFrom((x, y) => locator.Locate(new Coordinate(x, y)) != Location.Exterior);
            var edge = area is not null && !p.GetValue(noEdge);
            var r = KernelDensity.Estimate(points.X, points.Y, grid, new KdeOptions(k, givenH, edge, mask), points.Weight);

            var cells = new List<int>();
            for (var i = 0; i < r.Density.Length; i++) if (mask is null || mask[i]) cells.Add(i);
            var max = cells.Count == 0 ? 0 : cells.Max(i => r.Density[i]);
            var integral = cells.Sum(i => r.Density[i]) * grid.CellAreaKm2;
            var total = points.Weight is null ? inside : Enumerable.Range(0, points.Count)
                .Where(i => locator is null || locator.Locate(new Coordinate(points.X[i], points.Y[i])) != Location.Exterior).Sum(i => points.Weight[i]);
            var kernelName = k == Kernel.Gaussian ? "gaussian" : "quartic";
            Console.Error.WriteLine($"bandwidth: {r.Rule}");
            Console.Error.WriteLine($"grid: {sizeRule}; {cells.Count} cells{(mask is null ? "" : " inside the boundary")}; kernel: {kernelName}; " +
                                    $"edge correction: {(edge ? "on" : "off")}");
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"max density {max:G6} {Unit}; density x cell area summed over the cells = {integral:0.#} events ({total:0.#} {(points.Weight is null ? "points" : "weight")} inside)"));

            if (p.GetValue(outFile) is { } f)
            {
                Write(f.FullName, outKind!, grid, r.Density, cells, mask, GeoJsonCrs.Read(points.File, points.DeclaredSrid));
                Console.Error.WriteLine($"wrote {cells.Count} cells to {f.FullName}");
            }
            if (p.GetValue(json))
                Output.Json.Write(new KdeJson(r.Bandwidth, r.BandwidthChosen, r.Rule, kernelName, size, sizeRule, cells.Count, max, Unit));
            else if (p.GetValue(outFile) is null)
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"kernel density of {points.Count} points: {kernelName}, bandwidth {r.Bandwidth:0.#} m, {cells.Count} cells of {size} m, max {max:G6} {Unit} (use --out to write the cells)"));
            return 0;
        });
        return cmd;
    }

    private sealed record KdeJson(double Bandwidth, bool BandwidthChosen, string BandwidthRule, string Kernel, double CellSize, string CellSizeRule,
        int Cells, double MaxDensity, string Unit);

    private static double? Metres(string? text, string option)
    {
        var t = (text ?? "auto").Trim();
        if (t.Equals("auto", StringComparison.OrdinalIgnoreCase)) return null;
        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v > 0 && double.IsFinite(v)
            ? v : throw new ArgumentException($"{option} {t}: give a positive number of metres or 'auto'.");
    }

    private static Envelope Extent(PointSet points, double h)
    {
        var env = new Envelope();
        for (var i = 0; i < points.Count; i++) env.ExpandToInclude(points.X[i], points.Y[i]);
        env.ExpandBy(h);
        return env;
    }

    private static void Write(string path, string kind, DensityGrid grid, double[] density, List<int> cells, bool[]? mask, System.Text.Json.JsonElement? crs)
    {
        var inv = CultureInfo.InvariantCulture;
        switch (kind)
        {
            case ".csv":
            {
                var sb = new StringBuilder("id,x,y,density\n");
                for (var k = 0; k < cells.Count; k++)
                {
                    var (c, r) = (cells[k] % grid.Columns, cells[k] / grid.Columns);
                    sb.Append(k.ToString(inv)).Append(',').Append(grid.CentreX(c).ToString("R", inv)).Append(',')
                      .Append(grid.CentreY(r).ToString("R", inv)).Append(',').Append(density[cells[k]].ToString("R", inv)).Append('\n');
                }
                File.WriteAllText(path, sb.ToString());
                break;
            }
            case ".geojson":
            {
                var factory = new GeometryFactory();
                GeoJsonFeatureWriter.Write(path, crs, cells.Select((i, k) =>
                {
                    var (c, r) = (i % grid.Columns, i / grid.Columns);
                    double x0 = grid.MinX + c * grid.CellSize, y0 = grid.MinY + r * grid.CellSize, x1 = x0 + grid.CellSize, y1 = y0 + grid.CellSize;
                    Geometry cell = factory.CreatePolygon([new(x0, y0), new(x1, y0), new(x1, y1), new(x0, y1), new(x0, y0)]);
                    return (cell, (IReadOnlyList<(string, object?)>)[("id", k), ("density", density[i])]);
                }));
                break;
            }
            default: // .asc: ESRI ASCII grid, rows from north to south
            {
                var sb = new StringBuilder();
                sb.Append("ncols ").Append(grid.Columns).Append('\n').Append("nrows ").Append(grid.Rows).Append('\n')
                  .Append("xllcorner ").Append(grid.MinX.ToString("R", inv)).Append('\n').Append("yllcorner ").Append(grid.MinY.ToString("R", inv)).Append('\n')
                  .Append("cellsize ").Append(grid.CellSize.ToString("R", inv)).Append('\n').Append("NODATA_value -9999\n");
                for (var r = grid.Rows - 1; r >= 0; r--)
                {
                    for (var c = 0; c < grid.Columns; c++)
                    {
                        var i = r * grid.Columns + c;
                        if (c > 0) sb.Append(' ');
                        sb.Append(mask is null || mask[i] ? density[i].ToString("R", inv) : "-9999");
                    }
                    sb.Append('\n');
                }
                File.WriteAllText(path, sb.ToString());
                break;
            }
        }
    }
}
