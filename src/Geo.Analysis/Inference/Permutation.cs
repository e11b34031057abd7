using Geo.Analysis.Weights;

namespace Geo.Analysis.Inference;

/// <summary>
/// The permutation engine shared by all statistics.
/// <para>
/// Conditional randomisation (Anselin 1995, "Local indicators of spatial association — LISA", Geogr. Anal. 27(2), §4):
/// the value at location i stays fixed; its k_i neighbour values are replaced R times by k_i values drawn without
/// replacement from the other n − 1 values. Every local statistic here (Gi, Gi*, Ii) is, for fixed i, an affine function
/// of the spatial lag L_i = Σ_{j≠i} w_ij y_j (self weights are kept fixed), so the engine compares permuted lags with the
/// observed lag, and the statistic itself never has to be recomputed per permutation.
/// </para>
/// <para>
/// Pseudo p-value (esda's folded convention): M = min(#{L^(r) ≥ L_obs}, #{L^(r) ≤ L_obs}), the number of permuted
/// statistics at least as extreme as the observed one in its own direction, and p = (M + 1) / (R + 1)
/// (Hope 1968; Davison &amp; Hinkley 1997, eq. 4.11). It is one-sided in the observed direction, so under the null it is
/// uniform on (0, ½]: P(p ≤ a) ≈ 2a.
/// </para>
/// <para>
/// Reproducibility: location i draws from its own xoshiro256** stream seeded from (seed, i) through SplitMix64, so the
/// result depends on the seed only, never on the number of threads or their scheduling.
/// </para>
/// </summary>
public static class Permutation
{
    /// <summary>Rows with at most this many neighbours draw by rejection (cheap duplicate check); longer rows use a partial Fisher–Yates.</summary>
    private const int RejectionLimit = 24;

    /// <summary>The folded count M: permuted values at least as extreme as the observed one, in its direction.</summary>
    public static int FoldedCount(int greaterOrEqual, int lessOrEqual) => Math.Min(greaterOrEqual, lessOrEqual);

    /// <summary>Pseudo p-value (M + 1) / (R + 1); never 0, a multiple of 1 / (R + 1).</summary>
    public static double PseudoP(int extremeCount, int permutations) => (extremeCount + 1.0) / (permutations + 1.0);

    /// <summary>
    /// Folded conditional-permutation pseudo p-values of the lag Σ_{j≠i} w_ij y_j at every location (NaN for islands),
    /// parallel over locations. <paramref name="options"/> may limit the degree of parallelism; results do not depend on it.
    /// </summary>
    public static double[] ConditionalPseudoP(ReadOnlySpan<double> y, SpatialWeights w, int permutations, ulong seed, ParallelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(w);
        if (y.Length != w.Count) throw new ArgumentException($"y has {y.Length} values, the weights {w.Count} locations.");
        if (permutations < 1) throw new ArgumentOutOfRangeException(nameof(permutations), "at least one permutation is needed.");
        var n = w.Count;
        var values = y.ToArray();
        var result = new double[n];
        var maxK = 0;
        for (var i = 0; i < n; i++) maxK = Math.Max(maxK, w.Cardinality(i));

        Parallel.For(0, n, options ?? new ParallelOptions(),
            () => new Scratch(maxK),
            (i, _, scratch) =>
            {
                result[i] = One(values, w, i, permutations, seed, scratch);
                return scratch;
            },
            _ => { });
        return result;
    }

    private sealed class Scratch(int maxK)
    {
        public readonly double[] Weights = new double[maxK];
        public readonly int[] Drawn = new int[maxK];
        public int[]? Pool;
    }

    private static double One(double[] y, SpatialWeights w, int i, int permutations, ulong seed, Scratch scratch)
    {
        var n = y.Length;
        var nbr = w.NeighboursOf(i);
        var wt = w.WeightsOf(i);
        var weights = scratch.Weights;
        var k = 0;
        var observed = 0.0;
        var scale = 0.0;
        for (var t = 0; t < nbr.Length; t++)
        {
            if (nbr[t] == i) continue; // self weight: the focal value is not permuted
            weights[k++] = wt[t];
            observed += wt[t] * y[nbr[t]];
            scale += Math.Abs(wt[t] * y[nbr[t]]);
        }
        if (k == 0) return double.NaN;
        if (k > n - 1) throw new ArgumentException($"location {i} has {k} neighbours among {n - 1} other locations.");
        // Ties: a permutation drawing the observed neighbours in another order may round differently.
        var tol = 1e-12 * scale;
        var rng = Xoshiro256StarStar.ForStream(seed, (ulong)i);
        var others = n - 1;
        int ge = 0, le = 0;
        var wk = weights.AsSpan(0, k);
        // Binary or row-standardised rows have one common weight: sum the drawn values and scale once.
        var common = wk[0];
        foreach (var v in wk)
            if (v != common) { common = double.NaN; break; }
        var uniform = !double.IsNaN(common);

        if (k <= RejectionLimit)
        {
            var drawn = scratch.Drawn.AsSpan(0, k);
            for (var r = 0; r < permutations; r++)
            {
                var lag = 0.0;
                for (var t = 0; t < wk.Length; t++)
                {
                    int d;
                    bool duplicate;
                    do
                    {
                        d = rng.NextIntFast(others);
                        duplicate = false;
                        for (var u = 0; u < t; u++)
                            if (drawn[u] == d) { duplicate = true; break; }
                    } while (duplicate);
                    drawn[t] = d;
                    lag += (uniform ? 1.0 : wk[t]) * y[d + (int)((uint)(i - 1 - d) >> 31)]; // skip i without a branch: +1 when d ≥ i
                }
                if (uniform) lag *= common;
                if (lag >= observed - tol) ge++;
                if (lag <= observed + tol) le++;
            }
        }
        else
        {
            // Partial Fisher–Yates (Durstenfeld 1964) over a pool of the other indices, undone after each draw.
            var pool = scratch.Pool ??= CreatePool(others);
            var swaps = scratch.Drawn.AsSpan(0, k);
            for (var r = 0; r < permutations; r++)
            {
                var lag = 0.0;
                for (var t = 0; t < wk.Length; t++)
                {
                    var s = t + rng.NextIntFast(others - t);
                    (pool[t], pool[s]) = (pool[s], pool[t]);
                    swaps[t] = s;
                    var d = pool[t];
                    lag += wk[t] * y[d + (int)((uint)(i - 1 - d) >> 31)];
                }
                for (var t = wk.Length - 1; t >= 0; t--)
                {
                    var s = swaps[t];
                    (pool[t], pool[s]) = (pool[s], pool[t]);
                }
                if (lag >= observed - tol) ge++;
                if (lag <= observed + tol) le++;
            }
        }
        return PseudoP(FoldedCount(ge, le), permutations);
    }

    private static int[] CreatePool(int size)
    {
        var pool = new int[size];
        for (var j = 0; j < size; j++) pool[j] = j;
        return pool;
    }
}
