using System.CommandLine;
using Geo.Analysis.Inference;
using Geo.Planning.Stats;

namespace Geo.Cli.Commands.Stats;

/// <summary>The shared command line of <c>gistar</c> and <c>lisa</c>: options in, <see cref="LocalStatisticsOperation"/>, rows out.</summary>
internal static class LocalAnalysis
{
    public static Command Build(string name, string description, LocalStatistic statistic)
    {
        var star = statistic == LocalStatistic.GetisOrdStar;
        var o = new CommonOptions();
        var sig = new SignificanceOptions();
        var pFrom = new Option<string?>("--p-from")
        {
            Description = star
                ? "Which p decides the classes: analytic (the z-score's normal p, the default, as ArcGIS Pro and spdep localG) or permutation (the pseudo p)."
                : "Which p decides the classes: permutation (the folded pseudo p, the default, as GeoDa and esda) or analytic (the z-score's normal p; the default with --permutations 0).",
        };
        pFrom.AcceptOnlyFromAmong("analytic", "permutation");
        var outFile = new Option<FileInfo?>("--out") { Description = "Write the rows to " + RowOutput.OutHelp };
        var keepCrs = RowOutput.KeepCrsOption();
        var cmd = new Command(name, description);
        o.AddTo(cmd);
        sig.AddTo(cmd);
        cmd.Options.Add(pFrom);
        o.Grid.AddTo(cmd);
        cmd.Options.Add(outFile);
        cmd.Options.Add(keepCrs);
        cmd.SetAction(p =>
        {
            var significance = sig.Value(p);
            RowOutput.CheckOut(p.GetValue(outFile), RowOutput.Kinds);
            var request = new LocalStatisticRequest(o.Layer(p), statistic, p.GetValue(o.Weights), p.GetValue(o.Permutations), p.GetValue(o.Seed), significance,
                p.GetValue(pFrom) switch { "analytic" => PValueBasis.Analytic, "permutation" => PValueBasis.Permutation, _ => null });
            using var geo = CliServices.Files();
            var r = geo.Get<LocalStatisticsOperation>().Run(request);
            RowOutput.Emit(geo.Get<StatsOutput>(), r.Rows, [.. r.Notices, .. r.Warnings], p.GetValue(outFile), p.GetValue(o.Json),
                i => r.Layer.Geometries[i], r.Grid is null ? null : r.Grid.CellProperties, new OutputCrs(r.Layer.DeclaredSrid, p.GetValue(keepCrs)));
            return 0;
        });
        return cmd;
    }
}
