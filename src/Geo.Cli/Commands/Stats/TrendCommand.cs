using System.CommandLine;
using Geo.Planning.Stats;

namespace Geo.Cli.Commands.Stats;

/// <summary><c>geo stats trend</c>: Mann–Kendall trend of the event counts per time step in every grid cell.</summary>
internal static class TrendCommand
{
    public static Command Build() => SpaceTimeOptions.Build("trend",
        "Mann-Kendall trend test (tie-corrected variance) of each grid cell's counts per time step, with one multiple-testing " +
        "correction over the cells; rows: statistic = Kendall's S, z, p, p_adjusted, class increasing | decreasing | no-trend. " +
        "A cell whose series is constant (no events, or the same count every step) is not tested: empty class and a reason. " +
        "The whole area's series is summarised on stderr.",
        (geo, request) => geo.Get<TrendOperation>().Run(request));
}
