using System.CommandLine;
using Geo.Planning.Stats;

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
            var request = o.Request(p);
            RowOutput.CheckOut(p.GetValue(o.Out), ".csv", ".geojson");
            using var geo = CliServices.Files();
            var r = geo.Get<EmergingOperation>().Run(request);
            var g = r.Layer.Grid;
            RowOutput.Emit(geo.Get<StatsOutput>(), r.Rows, r.Notices, p.GetValue(o.Out), p.GetValue(o.Json), i => g.Grid.CellPolygons[i], g.CellProperties,
                g.Points.DeclaredSrid);
            return 0;
        });
        return cmd;
    }
}
