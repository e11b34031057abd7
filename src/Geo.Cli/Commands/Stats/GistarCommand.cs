using System.CommandLine;
using Geo.Planning.Stats;

namespace Geo.Cli.Commands.Stats;

/// <summary><c>geo stats gistar</c>: local Getis-Ord Gi* hot and cold spots.</summary>
internal static class GistarCommand
{
    public static Command Build() => LocalAnalysis.Build("gistar",
        "Local Getis-Ord Gi* hot/cold spots. Weights include self (WeightsTransform.WithSelf, w_ii = 1) and are then " +
        "row-standardised: spdep localG with include.self() and style \"W\". Classes from the analytic z by default (--p-from).", LocalStatistic.GetisOrdStar);
}
