using System.CommandLine;
using System.Text;
using Geo.Analysis.SpaceTime;
using Geo.Analysis.Weights;

namespace Geo.Cli.Commands.Stats;

/// <summary><c>geo stats emerging</c>: emerging hot spot analysis (the 17 classes of ArcGIS Pro) on a grid.</summary>
internal static class EmergingCommand
{
    public static Command Build()
    {
        var o = new SpaceTimeOptions();
        var cmd = new Command("emerging",
            "Emerging hot spot analysis (ArcGIS Pro's 17 classes): Gi* (analytic z, binary queen or hexagonal weights with self) of every " +
            "time step's counts (or sums of --field) with the correction applied per step, then the Mann-Kendall trend of each cell's Gi* z series. Rows: " +
            "statistic = Kendall's S of the z series, z and p = its Mann-Kendall z and p, p_adjusted = the final step's corrected Gi* p, " +
            "class = new-hot-spot, consecutive-hot-spot, intensifying-hot-spot, persistent-hot-spot, diminishing-hot-spot, sporadic-hot-spot, " +
            "oscillating-hot-spot, historical-hot-spot, the same cold-spot classes, or no-pattern.");
        o.AddTo(cmd);
        cmd.SetAction(p =>
        {
            var correction = o.Significance.Correction(p);
            var alpha = o.Significance.AlphaValue(p);
            RowOutput.Kind(p.GetValue(o.Out), ".csv", ".geojson");
            var (g, cube) = o.Load(p);
            var w = WeightsTransform.WithSelf(g.Grid.Weights(ContiguityRule.Queen));
            Console.Error.WriteLine($"weights: {(g.Grid.Shape == Analysis.Grids.GridShape.Hexagonal ? "hexagonal neighbours" : "queen contiguity")} of the grid cells with self, binary; " +
                                    $"correction: {SignificanceOptions.Name(correction)} per time step; alpha: {alpha.ToString(System.Globalization.CultureInfo.InvariantCulture)}; trend alpha 0.05");
            if (cube.Steps < 10) Console.Error.WriteLine($"note: {cube.Steps} time steps; ArcGIS Pro asks for at least 10 for the trend and the 90% rules.");
            var r = EmergingHotspots.Classify(cube, w, alpha, correction);
            var last = r.Steps[^1];
            var rows = Enumerable.Range(0, r.Count).Select(i => new LocalRow(i, r.Trend[i].S, LocalRow.Num(r.Trend[i].Z), LocalRow.Num(r.Trend[i].P), null,
                LocalRow.Num(last.PAdjusted[i]), Kebab(r.Class[i]))).ToList();
            RowOutput.Emit(rows, p.GetValue(o.Out), p.GetValue(o.Json), i => g.Grid.CellPolygons[i], g.CellProperties,
                () => GeoJsonCrs.Read(g.Points.File, g.Points.DeclaredSrid));
            return 0;
        });
        return cmd;
    }

    /// <summary>NewHotSpot → new-hot-spot.</summary>
    public static string Kebab(EmergingClass c)
    {
        var name = c.ToString();
        var sb = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) sb.Append('-');
            sb.Append(char.ToLowerInvariant(name[i]));
        }
        return sb.ToString();
    }
}
