using System.CommandLine;
using Geo.Planning.Stats;

namespace Geo.Cli.Commands.Stats;

/// <summary><c>geo stats lisa</c>: local Moran's I clusters and outliers.</summary>
internal static class LisaCommand
{
    public static Command Build() => LocalAnalysis.Build("lisa",
        "Local Moran's I (LISA) clusters and outliers with row-standardised weights (spdep localmoran, style \"W\"). " +
        "Classes from the permutation pseudo p by default (--p-from).", LocalStatistic.LocalMoran);
}
