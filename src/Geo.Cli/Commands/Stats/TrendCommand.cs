using System.CommandLine;
using Geo.Planning.Stats;

namespace Geo.Cli.Commands.Stats;

/// <summary><c>geo stats trend</c>: Mann–Kendall trend of the event counts per time step in every grid cell.</summary>
internal static class TrendCommand
{
    public static Command Build()
    {
        var o = new SpaceTimeOptions();
        var cmd = new Command("trend",
            "Mann-Kendall trend test (tie-corrected variance) of each grid cell's counts per time step, with one multiple-testing " +
            "correction over the cells; rows: statistic = Kendall's S, z, p, p_adjusted, class increasing | decreasing | no-trend. " +
            "Cells without events are not tested. The whole area's series is summarised on stderr.");
        o.AddTo(cmd);
        cmd.SetAction(p =>
        {
            var request = o.Request(p);
            RowOutput.CheckOut(p.GetValue(o.Out), ".csv", ".geojson");
            using var geo = CliServices.Files();
            var r = geo.Get<TrendOperation>().Run(request);
            var g = r.Layer.Grid;
            RowOutput.Emit(geo.Get<StatsOutput>(), r.Rows, r.Notices, p.GetValue(o.Out), p.GetValue(o.Json), i => g.Grid.CellPolygons[i], g.CellProperties,
                g.Points.DeclaredSrid);
            return 0;
        });
        return cmd;
    }
}
