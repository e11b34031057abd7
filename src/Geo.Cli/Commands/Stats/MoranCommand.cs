using System.CommandLine;
using Geo.Analysis.Statistics;
using Geo.Analysis.Weights;

namespace Geo.Cli.Commands.Stats;

/// <summary><c>geo stats moran</c>: global Moran's I of a field, or of point counts on a grid.</summary>
internal static class MoranCommand
{
    public static Command Build()
    {
        var o = new CommonOptions();
        var grid = new GridModeOptions(optional: true);
        var cmd = new Command("moran", "Global Moran's I with row-standardised weights: z and p under randomisation, permutation pseudo p.");
        o.AddTo(cmd);
        grid.AddTo(cmd);
        cmd.SetAction(p =>
        {
            var (data, g) = o.Load(p, grid);
            var perms = CommonOptions.CheckPermutations(p.GetValue(o.Permutations));
            var seed = p.GetValue(o.Seed);
            var (w, desc) = WeightsSpec.Build(data, p.GetValue(o.Weights), p.GetValue(o.IdField), g?.Grid);
            Console.Error.WriteLine($"weights: {desc}, row-standardised; permutations: {perms}; seed: {seed}");
            var r = GlobalMoran.Compute(data.Values, WeightsTransform.RowStandardise(w), perms, seed);
            if (p.GetValue(o.Json))
                Output.Json.Write(new GlobalJson(r.Statistic, r.Expected, r.Variance, r.Z, r.P, r.PseudoP, r.Permutations, r.Seed,
                    g?.Grid.CellSize, g?.Grid.CellSizeRule, g?.Grid.Count));
            else
            {
                Console.WriteLine($"Moran's I of {data.Field} in {Path.GetFileName(data.File)} (n = {data.Values.Length}{(g is null ? "" : " cells")}, {desc})");
                Console.WriteLine($"  I          {r.Statistic:G9}");
                Console.WriteLine($"  E[I]       {r.Expected:G9}");
                Console.WriteLine($"  Var[I]     {r.Variance:G9}");
                Console.WriteLine($"  z          {r.Z:G9}");
                Console.WriteLine($"  p (normal) {r.P:G6}");
                if (r.PseudoP is { } pp) Console.WriteLine($"  pseudo p   {pp:G6} ({r.Permutations} permutations, seed {r.Seed})");
            }
            return 0;
        });
        return cmd;
    }
}
