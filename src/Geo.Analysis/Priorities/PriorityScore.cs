using Geo.Core.Numerics;

namespace Geo.Analysis.Priorities;

/// <summary>
/// A transparent priority score: a weighted sum of standardised components (z-scores over the targets), the form of a
/// composite indicator in the OECD/JRC Handbook on Constructing Composite Indicators (2008, z-score normalisation and
/// linear aggregation), with the handbook's uncertainty analysis reduced to the stability of the top N under random
/// weights.
/// </summary>
public static class PriorityScore
{
    /// <summary>
    /// Standardises each component over the targets, zₖ = (v − mean)/sd with the population sd over the targets whose
    /// value is not NaN (a NaN value, or a component with sd 0, gives z = 0: neither pushes up nor down), and scores each
    /// target Σ wₖ zₖ.
    /// </summary>
    /// <param name="components">[target][k]: the components, higher = more urgent, NaN = missing.</param>
    /// <param name="weights">One weight per component.</param>
    /// <exception cref="ArgumentException">A target has a different number of components than there are weights, or a weight is not finite.</exception>
    public static PriorityResult Score(double[][] components, ReadOnlySpan<double> weights)
    {
        var z = Standardise(components, weights.Length);
        foreach (var w in weights)
            if (!double.IsFinite(w)) throw new ArgumentException($"weight {w} is not a finite number.", nameof(weights));
        var score = Combine(z, weights);
        return new PriorityResult(score, Ranks(score), z);
    }

    /// <summary>
    /// Stability of the top N under uncertain weights: in each of <paramref name="draws"/> draws every weight is multiplied
    /// by its own factor, uniform in [1 − spread, 1 + spread) (xoshiro256** seeded with <paramref name="seed"/>), and the
    /// ranks recomputed. For each target in the top N of the unperturbed weights, the share of draws in which it is still
    /// in the top N; NaN for the other targets.
    /// </summary>
    /// <exception cref="ArgumentException">As <see cref="Score"/>; or topN, draws or spread out of range.</exception>
    public static double[] Sensitivity(double[][] components, ReadOnlySpan<double> weights, int topN, int draws, ulong seed, double spread = 0.25)
    {
        if (topN < 1) throw new ArgumentOutOfRangeException(nameof(topN), "top N must be at least 1.");
        if (draws < 1) throw new ArgumentOutOfRangeException(nameof(draws), "there must be at least one draw.");
        if (!(spread >= 0 && spread <= 1)) throw new ArgumentOutOfRangeException(nameof(spread), "the spread must lie in [0, 1].");
        var baseResult = Score(components, weights);
        var n = components.Length;
        var stays = new int[n];
        var rng = new Xoshiro256StarStar(seed);
        var w = new double[weights.Length];
        for (var d = 0; d < draws; d++)
        {
            for (var k = 0; k < w.Length; k++) w[k] = weights[k] * (1 - spread + 2 * spread * rng.NextDouble());
            var ranks = Ranks(Combine(baseResult.Z, w));
            for (var i = 0; i < n; i++)
                if (baseResult.Rank[i] <= topN && ranks[i] <= topN) stays[i]++;
        }
        var share = new double[n];
        for (var i = 0; i < n; i++) share[i] = baseResult.Rank[i] <= topN ? (double)stays[i] / draws : double.NaN;
        return share;
    }

    private static double[][] Standardise(double[][] components, int k)
    {
        var n = components.Length;
        for (var i = 0; i < n; i++)
            if (components[i].Length != k)
                throw new ArgumentException($"target {i} has {components[i].Length} components, but there are {k} weights.", nameof(components));
        var z = new double[n][];
        for (var i = 0; i < n; i++) z[i] = new double[k];
        for (var c = 0; c < k; c++)
        {
            double sum = 0;
            var m = 0;
            for (var i = 0; i < n; i++)
                if (!double.IsNaN(components[i][c])) { sum += components[i][c]; m++; }
            if (m == 0) continue;
            var mean = sum / m;
            double ss = 0;
            for (var i = 0; i < n; i++)
                if (!double.IsNaN(components[i][c])) ss += (components[i][c] - mean) * (components[i][c] - mean);
            var sd = Math.Sqrt(ss / m);
            if (!(sd > 0) || double.IsInfinity(sd)) continue;
            for (var i = 0; i < n; i++)
                z[i][c] = double.IsNaN(components[i][c]) ? 0 : (components[i][c] - mean) / sd;
        }
        return z;
    }

    private static double[] Combine(double[][] z, ReadOnlySpan<double> weights)
    {
        var score = new double[z.Length];
        for (var i = 0; i < z.Length; i++)
        {
            double s = 0;
            for (var k = 0; k < weights.Length; k++) s += weights[k] * z[i][k];
            score[i] = s;
        }
        return score;
    }

    private static int[] Ranks(double[] score)
    {
        var order = Enumerable.Range(0, score.Length).ToArray();
        Array.Sort(order, (a, b) => score[a] != score[b] ? score[b].CompareTo(score[a]) : a.CompareTo(b));
        var rank = new int[score.Length];
        for (var r = 0; r < order.Length; r++) rank[order[r]] = r + 1;
        return rank;
    }
}
