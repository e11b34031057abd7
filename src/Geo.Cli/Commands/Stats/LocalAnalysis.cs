using System.CommandLine;
using System.Globalization;
using Geo.Analysis.Inference;
using Geo.Analysis.Statistics;
using Geo.Analysis.Weights;

namespace Geo.Cli.Commands.Stats;

/// <summary>The shared body of <c>gistar</c> and <c>lisa</c>: options, p-value basis, the analysis and its output.</summary>
internal static class LocalAnalysis
{
    public static Command Build(string name, string description, bool star)
    {
        var o = new CommonOptions();
        var sig = new SignificanceOptions();
        var grid = new GridModeOptions(optional: true);
        var pFrom = new Option<string?>("--p-from")
        {
            Description = star
                ? "Which p decides the classes: analytic (the z-score's normal p, the default, as ArcGIS Pro and spdep localG) or permutation (the pseudo p)."
                : "Which p decides the classes: permutation (the folded pseudo p, the default, as GeoDa and esda) or analytic (the z-score's normal p; the default with --permutations 0).",
        };
        pFrom.AcceptOnlyFromAmong("analytic", "permutation");
        var outFile = new Option<FileInfo?>("--out")
        {
            Description = "Write the rows to FILE.csv (id,statistic,z,p,pseudo_p,p_adjusted,class) or FILE.geojson (the input polygons/points, " +
                          "or the grid cells with their count, with those properties; coordinates and crs as in the input).",
        };
        var cmd = new Command(name, description);
        o.AddTo(cmd);
        sig.AddTo(cmd);
        cmd.Options.Add(pFrom);
        grid.AddTo(cmd);
        cmd.Options.Add(outFile);
        cmd.SetAction(p =>
        {
            var correction = sig.Correction(p);
            var a = sig.AlphaValue(p);
            RowOutput.Kind(p.GetValue(outFile), ".csv", ".geojson");
            var perms = CommonOptions.CheckPermutations(p.GetValue(o.Permutations));
            var basis = p.GetValue(pFrom) switch
            {
                "analytic" => PValueBasis.Analytic,
                "permutation" => PValueBasis.Permutation,
                _ => star || perms == 0 ? PValueBasis.Analytic : PValueBasis.Permutation,
            };
            if (basis == PValueBasis.Permutation && perms == 0)
                throw new ArgumentException("--p-from permutation needs --permutations N with N > 0.");
            var (data, g) = o.Load(p, grid);
            var seed = p.GetValue(o.Seed);
            var (w, desc) = WeightsSpec.Build(data, p.GetValue(o.Weights), p.GetValue(o.IdField), g?.Grid);
            var n = data.Values.Length;
            Console.Error.WriteLine($"weights: {desc}{(star ? " with self" : "")}, row-standardised; permutations: {perms}; seed: {seed}; " +
                                    $"correction: {SignificanceOptions.Name(correction)}; alpha: {a.ToString(CultureInfo.InvariantCulture)}; " +
                                    $"p from: {(basis == PValueBasis.Analytic ? "analytic (normal p of z)" : "permutation (pseudo p)")}");
            if (basis == PValueBasis.Permutation) WarnIfUnreachable(perms, n, a, correction);
            var r = star
                ? LocalGetisOrd.Compute(data.Values, WeightsTransform.RowStandardise(WeightsTransform.WithSelf(w)), true, perms, seed, a, correction, basis: basis)
                : LocalMoran.Compute(data.Values, WeightsTransform.RowStandardise(w), perms, seed, a, correction, basis: basis);
            var rows = Enumerable.Range(0, r.Count).Select(i => new LocalRow(
                g is not null ? i : data.Ids is null ? i + 1 : data.Ids[i], LocalRow.Num(r.Statistic[i]), LocalRow.Num(r.Z[i]), LocalRow.Num(r.P[i]),
                r.PseudoP is null ? null : LocalRow.Num(r.PseudoP[i]), LocalRow.Num(r.PAdjusted[i]), RowOutput.ClassName(r.Class[i]))).ToList();
            RowOutput.Emit(rows, p.GetValue(outFile), p.GetValue(o.Json), i => data.Geometries[i],
                g is null ? null : g.CellProperties,
                () => GeoJsonCrs.Read(data.File, data.DeclaredSrid));
            return 0;
        });
        return cmd;
    }

    /// <summary>
    /// With R permutations the smallest pseudo p is 1/(R + 1); when that exceeds the per-location threshold (alpha/n under
    /// Bonferroni, and for the strongest single location under Benjamini-Hochberg or Holm) an isolated location can never be significant.
    /// </summary>
    internal static void WarnIfUnreachable(int permutations, int n, double alpha, Correction correction)
    {
        var floor = 1.0 / (permutations + 1);
        var threshold = correction == Correction.None ? alpha : alpha / n;
        if (floor <= threshold) return;
        var needed = (long)Math.Ceiling((correction == Correction.None ? 1 : n) / alpha) - 1;
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"warning: with {permutations} permutations the smallest attainable pseudo p is 1/({permutations} + 1) = {floor:G4}, above the threshold " +
            $"{(correction == Correction.None ? "alpha" : "alpha/n")} = {threshold:G4} (n = {n}): a single isolated location can never pass the " +
            $"{SignificanceOptions.Name(correction)} correction. That needs at least {needed} permutations; or use --p-from analytic."));
    }
}
