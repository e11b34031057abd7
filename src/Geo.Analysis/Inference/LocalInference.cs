using MathNet.Numerics;

namespace Geo.Analysis.Inference;

/// <summary>Shared finishing step of every local statistic: normal p, the single multiple-testing correction, classes.</summary>
internal static class LocalInference
{
    /// <summary>Two-sided normal p-value 2(1 − Φ(|z|)) = erfc(|z|/√2); NaN stays NaN.</summary>
    public static double TwoSidedP(double z) => double.IsNaN(z) ? double.NaN : SpecialFunctions.Erfc(Math.Abs(z) / Math.Sqrt(2.0));

    /// <summary>
    /// Builds the <see cref="LocalResult"/>: the correction is applied here and only here (once per analysis) to the p-values
    /// named by <paramref name="basis"/>: the pseudo p-values (<see cref="PValueBasis.Permutation"/>) or the normal ones. A location is significant when its adjusted p ≤ alpha;
    /// <paramref name="classify"/> maps a significant location to its class. Undefined locations (<paramref name="undefined"/>
    /// not null: islands, zero variance, a statistic with variance 0) get NaN statistics and p-values, class
    /// <see cref="LocalClass.Undefined"/>, and are excluded from the correction; a location whose z is not finite is
    /// marked undefined here if the statistic did not say why.
    /// </summary>
    public static LocalResult Finish(
        double[] statistic, double[] expected, double[] variance, double[] z, double[]? pseudoP,
        int permutations, ulong seed, double alpha, Correction correction, PValueBasis basis, Func<int, LocalClass> classify,
        string?[] undefined)
    {
        if (basis == PValueBasis.Permutation && pseudoP is null)
            throw new ArgumentException("significance from permutations needs permutations > 0.", nameof(basis));
        if (!(alpha > 0 && alpha < 1)) throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "alpha must lie in (0, 1).");
        var n = statistic.Length;
        for (var i = 0; i < n; i++)
        {
            if (undefined[i] is null && !double.IsFinite(z[i])) undefined[i] = "the statistic's variance is 0";
            if (undefined[i] is null) continue;
            statistic[i] = expected[i] = variance[i] = z[i] = double.NaN;
            if (pseudoP is not null) pseudoP[i] = double.NaN;
        }
        var p = new double[n];
        for (var i = 0; i < n; i++) p[i] = TwoSidedP(z[i]);
        var adjusted = MultipleTesting.Adjust(basis == PValueBasis.Permutation ? pseudoP : p, correction);
        var classes = new LocalClass[n];
        for (var i = 0; i < n; i++)
            classes[i] = undefined[i] is not null ? LocalClass.Undefined
                : !double.IsNaN(adjusted[i]) && adjusted[i] <= alpha ? classify(i) : LocalClass.NotSignificant;
        return new LocalResult(statistic, expected, variance, z, p, pseudoP, adjusted, classes, permutations, seed, alpha, correction, basis, undefined);
    }

    /// <summary>
    /// The locations whose local statistic is undefined before it is computed (the rules of <see cref="InputCheck"/>):
    /// every location when all values are equal, and the islands (no neighbour other than self).
    /// </summary>
    public static string?[] Undefined(ReadOnlySpan<double> y, Weights.SpatialWeights w)
    {
        var undefined = new string?[w.Count];
        for (var i = 0; i < w.Count; i++)
            if (!InputCheck.HasNeighbour(w, i)) undefined[i] = InputCheck.NoNeighbours;
        if (InputCheck.ZeroVariance(y) is { } zero)
            for (var i = 0; i < undefined.Length; i++) undefined[i] ??= zero;
        return undefined;
    }

    public static void CheckArguments(int yLength, Weights.SpatialWeights w, int permutations, PValueBasis basis = PValueBasis.Analytic)
    {
        if (basis == PValueBasis.Permutation && permutations == 0)
            throw new ArgumentException("significance from permutations (PValueBasis.Permutation) needs permutations > 0.", nameof(permutations));
        ArgumentNullException.ThrowIfNull(w);
        if (yLength != w.Count) throw new ArgumentException($"y has {yLength} values, the weights {w.Count} locations.");
        if (permutations < 0) throw new ArgumentOutOfRangeException(nameof(permutations), permutations, "must be ≥ 0.");
        if (w.Count < 3) throw new ArgumentException("at least 3 locations are needed.");
    }
}
