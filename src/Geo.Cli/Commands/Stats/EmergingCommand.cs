using System.CommandLine;
using Geo.Planning.Stats;

namespace Geo.Cli.Commands.Stats;

/// <summary><c>geo stats emerging</c>: emerging hot spot analysis (the 17 classes of ArcGIS Pro) on a grid.</summary>
internal static class EmergingCommand
{
    public static Command Build() => SpaceTimeOptions.Build("emerging",
        "Emerging hot spot analysis (ArcGIS Pro's 17 classes): Gi* (analytic z, binary queen or hexagonal weights with self) of every " +
        "time step's counts (or sums of --field) with the correction applied per step, then the Mann-Kendall trend of each cell's Gi* z series. Rows: " +
        "statistic = Kendall's S of the z series, z and p = its Mann-Kendall z and p, p_adjusted = the final step's corrected Gi* p, " +
        "class = new-hot-spot, consecutive-hot-spot, intensifying-hot-spot, persistent-hot-spot, diminishing-hot-spot, sporadic-hot-spot, " +
        "oscillating-hot-spot, historical-hot-spot, the same cold-spot classes, or no-pattern; empty with a reason where Gi* is undefined in every step (an island).",
        (geo, request) => geo.Get<EmergingOperation>().Run(request));
}
