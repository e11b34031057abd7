using System.Globalization;
using Geo.Analysis.Inference;
using Geo.Analysis.Statistics;
using Geo.Analysis.Weights;

namespace Geo.Planning.Stats;

/// <summary>Local Getis–Ord Gi* and local Moran's I on a file layer or a grid of point counts (<c>geo stats gistar|lisa</c>).</summary>
public sealed class LocalStatisticsOperation(StatsFiles files)
{
    public LocalStatisticResult Run(LocalStatisticRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var significance = Significance.Resolve(request.Significance);
        if (request.Permutations < 0) throw new ArgumentException($"--permutations must be 0 or more, got {request.Permutations}.");
        var star = request.Statistic == LocalStatistic.GetisOrdStar;
        var basis = request.PFrom ?? (star || request.Permutations == 0 ? PValueBasis.Analytic : PValueBasis.Permutation);
        if (basis == PValueBasis.Permutation && request.Permutations == 0)
            throw new ArgumentException("--p-from permutation needs --permutations N with N > 0.");

        var (layer, grid) = request.Layer.Load(files);
        var notices = new List<string>(grid?.Notices ?? layer.Notices);
        var warnings = new List<string>();
        var (w, desc) = WeightsSpec.Build(layer, request.Weights, request.Layer.IdField, grid?.Grid);
        var check = StatsInputCheck.Run(layer, w, grid, request.Weights, local: true);
        var a = significance.Alpha;
        notices.Add($"weights: {desc}{(star ? " with self" : "")}, row-standardised; permutations: {request.Permutations}; seed: {request.Seed}; " +
                    $"{significance}; p from: {(basis == PValueBasis.Analytic ? "analytic (normal p of z)" : "permutation (pseudo p)")}");
        if (basis == PValueBasis.Permutation && PermutationFloor.Check(request.Permutations, layer.Count, a, significance.Correction) is { } floor)
            warnings.Add(Describe(floor));
        warnings.AddRange(StatsInputCheck.Lines(check));
        var r = star
            ? LocalGetisOrd.Compute(layer.Values, WeightsTransform.RowStandardise(WeightsTransform.WithSelf(w)), true, request.Permutations, request.Seed, a, significance.Correction, basis: basis)
            : LocalMoran.Compute(layer.Values, WeightsTransform.RowStandardise(w), request.Permutations, request.Seed, a, significance.Correction, basis: basis);
        object Id(int i) => grid is not null ? i : layer.Ids is null ? i + 1 : layer.Ids[i];
        var rows = Enumerable.Range(0, r.Count).Select(i => r.Undefined[i] is { } why ? StatsRow.Undefined(Id(i), why) : new StatsRow(
            Id(i), StatsRow.Num(r.Statistic[i]), StatsRow.Num(r.Z[i]), StatsRow.Num(r.P[i]),
            r.PseudoP is null ? null : StatsRow.Num(r.PseudoP[i]), StatsRow.Num(r.PAdjusted[i]), StatsNames.Of(r.Class[i]))).ToList();
        // Locations the statistic itself found undefined (e.g. a LISA value equal to the mean) beyond what the check announced.
        var more = r.UndefinedCount - check.UndefinedCount;
        if (more > 0)
            warnings.Add($"warning: the statistic is undefined at {more} more location{(more == 1 ? "" : "s")} " +
                         $"({string.Join("; ", r.Undefined.Where((u, i) => u is not null && check.Undefined[i] is null).Distinct().Take(3))}): no class, no p-value.");
        return new LocalStatisticResult(layer, grid, r, rows, notices, warnings);
    }

    /// <summary>The permutation-floor warning in words.</summary>
    public static string Describe(PermutationFloor f) => string.Create(CultureInfo.InvariantCulture,
        $"warning: with {f.Permutations} permutations the smallest attainable pseudo p is 1/({f.Permutations} + 1) = {f.Floor:G4}, above the threshold " +
        $"{(f.Correction == Correction.None ? "alpha" : "alpha/n")} = {f.Threshold:G4} (n = {f.Locations}): a single isolated location can never pass the " +
        $"{StatsNames.Of(f.Correction)} correction. That needs at least {f.Needed} permutations; or use --p-from analytic.");
}
