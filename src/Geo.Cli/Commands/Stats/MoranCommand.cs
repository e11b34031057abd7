using System.CommandLine;
using Geo.Planning.Stats;

namespace Geo.Cli.Commands.Stats;

/// <summary><c>geo stats moran</c>: global Moran's I of a field, or of point counts on a grid.</summary>
internal static class MoranCommand
{
    public static Command Build()
    {
        var o = new CommonOptions();
        var cmd = new Command("moran", "Global Moran's I with row-standardised weights: z and p under randomisation, permutation pseudo p.");
        o.AddTo(cmd);
        o.Grid.AddTo(cmd);
        cmd.SetAction(p =>
        {
            using var geo = CliServices.Files();
            var m = geo.Get<MoranOperation>().Run(new MoranRequest(o.Layer(p), p.GetValue(o.Weights), p.GetValue(o.Permutations), p.GetValue(o.Seed)));
            foreach (var n in m.Notices) Console.Error.WriteLine(n);
            var r = m.Result;
            static double? Num(double v) => double.IsFinite(v) ? v : null;
            if (p.GetValue(o.Json))
                Output.Json.Write(new GlobalJson(Num(r.Statistic), r.Expected, Num(r.Variance), Num(r.Z), Num(r.P), r.PseudoP, r.Permutations, r.Seed,
                    m.Grid?.Grid.CellSize, m.Grid?.Grid.CellSizeRule, m.Grid?.Grid.Count, r.Undefined));
            else if (r.Undefined is { } why)
                Console.WriteLine($"Moran's I of {m.Layer.Field} in {Path.GetFileName(m.Layer.File)} (n = {m.Layer.Count}{(m.Grid is null ? "" : " cells")}, {m.Weights}) " +
                                  $"is undefined: {why}; no z and no p-value.");
            else
            {
                Console.WriteLine($"Moran's I of {m.Layer.Field} in {Path.GetFileName(m.Layer.File)} (n = {m.Layer.Count}{(m.Grid is null ? "" : " cells")}, {m.Weights})");
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
