using Geo.Analysis.Weights;
using Geo.Core.Numerics;

namespace Geo.Analysis.Inference;

/// <summary>
/// The permutation engine shared by all local statistics.
/// <para>
/// Conditional randomisation (Anselin 1995, "Local indicators of spatial association — LISA", Geogr. Anal. 27(2), §4):
/// the value at location i stays fixed; its k_i neighbour values are replaced R times by k_i values drawn without
/// replacement from the other n − 1 values. Every local statistic here (Gi, Gi*, Ii) is, for fixed i, an affine function
/// of the spatial lag L_i = Σ_{j≠i} w_ij y_j (self weights are kept fixed), so the engine compares permuted lags with the
/// observed lag, and the statistic itself never has to be recomputed per permutation.
/// </para>
/// <para>
/// Pseudo p-value (esda's and GeoDa's folded convention): M = min(#{L^(r) ≥ L_obs}, #{L^(r) ≤ L_obs}), the number of
/// permuted statistics at least as extreme as the observed one in its own direction, and p = (M + 1) / (R + 1)
/// (Hope 1968; Davison &amp; Hinkley 1997, eq. 4.11). It is <b>one-sided in the observed direction</b>, so under the null
/// it is uniform on (0, ½]: P(p ≤ a) ≈ 2a. Doubling it gives the two-sided value comparable with the normal p.
/// </para>
/// <para>
/// Shared draws (esda's <c>crand</c> draws one matrix of random ids for all locations, Rey &amp; Anselin 2007; here one
/// matrix per block): locations are split into blocks by index modulo B = ⌈n / <see cref="BlockSize"/>⌉, so a block's
/// members are spread over the whole layer. Each block draws R random sequences of K + 1 distinct indices of 0..n−1
/// (K = the largest neighbour count) from its own xoshiro256** stream seeded from (seed, block). Location i uses the first
/// k_i entries of each sequence that are not i — a uniformly random k_i-subset of the other n − 1 locations, as
/// conditional randomisation requires. With binary or row-standardised rows (one common weight) the permuted lag is a
/// prefix sum of the sequence, so a location costs O(R) instead of O(R·k_i) random draws; other rows cost O(R·k_i) reads.
/// The Monte Carlo errors of the ≤ 64 locations of a block are correlated (as all of esda's are); blocks are independent.
/// </para>
/// <para>
/// Reproducibility: the result depends on the seed and the layer only, never on the number of threads or their
/// scheduling.
/// </para>
/// </summary>
public static class Permutation
{
    /// <summary>Locations per block of shared random draws (at most).</summary>
    public const int BlockSize = 64;

    /// <summary>Sequences of at most this many indices are drawn by rejection (cheap duplicate check); longer ones by a partial Fisher–Yates.</summary>
    private const int RejectionLimit = 24;

    /// <summary>The folded count M: permuted values at least as extreme as the observed one, in its direction.</summary>
    public static int FoldedCount(int greaterOrEqual, int lessOrEqual) => Math.Min(greaterOrEqual, lessOrEqual);

    /// <summary>Pseudo p-value (M + 1) / (R + 1); never 0, a multiple of 1 / (R + 1).</summary>
    public static double PseudoP(int extremeCount, int permutations) => (extremeCount + 1.0) / (permutations + 1.0);

    /// <summary>
    /// Folded conditional-permutation pseudo p-values of the lag Σ_{j≠i} w_ij y_j at every location (NaN for islands),
    /// parallel over blocks of locations. <paramref name="options"/> may limit the degree of parallelism; results do not
    /// depend on it.
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
        for (var i = 0; i < n; i++)
        {
            var k = 0;
            foreach (var j in w.NeighboursOf(i)) if (j != i) k++;
            if (k > n - 1) throw new ArgumentException($"location {i} has {k} neighbours among {n - 1} other locations.");
            maxK = Math.Max(maxK, k);
        }
        if (maxK == 0)
        {
            Array.Fill(result, double.NaN);
            return result;
        }
        var blocks = (n + BlockSize - 1) / BlockSize;
        var length = Math.Min(maxK + 1, n); // K + 1 draws per sequence, so that skipping i leaves K

        Parallel.For(0, blocks, options ?? new ParallelOptions(),
            () => new Scratch(permutations, length, maxK),
            (b, _, scratch) =>
            {
                Block(values, w, b, blocks, permutations, length, seed, scratch, result);
                return scratch;
            },
            _ => { });
        return result;
    }

    private sealed class Scratch(int permutations, int length, int maxK)
    {
        /// <summary>R sequences of <c>length</c> distinct indices, row-major.</summary>
        public readonly int[] Ids = new int[permutations * length];
        /// <summary>Prefix sums of y over each sequence: Prefix[r·(length+1) + t] = Σ_{u&lt;t} y[Ids[r·length + u]].</summary>
        public readonly double[] Prefix = new double[permutations * (length + 1)];
        /// <summary>Where a block member occurs in the sequences: (location, r, position).</summary>
        public readonly List<(int Location, int R, int Position)> Hits = [];
        public readonly double[] Weights = new double[maxK];
        public readonly double[] Lags = new double[permutations];
        public int[]? Pool;
    }

    private static void Block(double[] y, SpatialWeights w, int b, int blocks, int permutations, int length, ulong seed, Scratch s, double[] result)
    {
        var n = y.Length;
        var rng = Xoshiro256StarStar.ForStream(seed, (ulong)b);
        var ids = s.Ids;
        if (length <= RejectionLimit)
        {
            for (var r = 0; r < permutations; r++)
            {
                var row = ids.AsSpan(r * length, length);
                for (var t = 0; t < length; t++)
                {
                    int d;
                    bool duplicate;
                    do
                    {
                        d = rng.NextIntFast(n);
                        duplicate = false;
                        for (var u = 0; u < t; u++)
                            if (row[u] == d) { duplicate = true; break; }
                    } while (duplicate);
                    row[t] = d;
                }
            }
        }
        else
        {
            // Partial Fisher–Yates (Durstenfeld 1964) over a pool of all indices, undone after each sequence.
            var pool = s.Pool ??= CreatePool(n);
            Span<int> swaps = length <= 1024 ? stackalloc int[length] : new int[length];
            for (var r = 0; r < permutations; r++)
            {
                var row = ids.AsSpan(r * length, length);
                for (var t = 0; t < length; t++)
                {
                    var x = t + rng.NextIntFast(n - t);
                    (pool[t], pool[x]) = (pool[x], pool[t]);
                    swaps[t] = x;
                    row[t] = pool[t];
                }
                for (var t = length - 1; t >= 0; t--)
                {
                    var x = swaps[t];
                    (pool[t], pool[x]) = (pool[x], pool[t]);
                }
            }
        }

        var prefix = s.Prefix;
        var hits = s.Hits;
        hits.Clear();
        for (var r = 0; r < permutations; r++)
        {
            var o = r * (length + 1);
            prefix[o] = 0;
            for (var t = 0; t < length; t++)
            {
                var d = ids[r * length + t];
                prefix[o + t + 1] = prefix[o + t] + y[d];
                if (d % blocks == b) hits.Add((d, r, t));
            }
        }
        hits.Sort(); // by location, then r: each member's occurrences are contiguous

        var h = 0;
        for (var i = b; i < n; i += blocks)
        {
            while (h < hits.Count && hits[h].Location < i) h++;
            var first = h;
            while (h < hits.Count && hits[h].Location == i) h++;
            result[i] = One(y, w, i, permutations, length, s, hits, first, h);
        }
    }

    private static double One(double[] y, SpatialWeights w, int i, int permutations, int length, Scratch s,
        List<(int Location, int R, int Position)> hits, int hitFrom, int hitTo)
    {
        var nbr = w.NeighboursOf(i);
        var wt = w.WeightsOf(i);
        var weights = s.Weights;
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
        // Ties: a permutation drawing the observed neighbours in another order may round differently.
        var tol = 1e-12 * scale;
        var wk = weights.AsSpan(0, k);
        // Binary or row-standardised rows have one common weight: sum the drawn values and scale once.
        var common = wk[0];
        foreach (var v in wk)
            if (v != common) { common = double.NaN; break; }

        var lags = s.Lags.AsSpan(0, permutations);
        var ids = s.Ids;
        if (!double.IsNaN(common))
        {
            var prefix = s.Prefix;
            for (var r = 0; r < permutations; r++) lags[r] = prefix[r * (length + 1) + k];
            // Sequences in which i itself is among the first k: skip it, i.e. take k + 1 entries and remove y_i.
            for (var h = hitFrom; h < hitTo; h++)
            {
                var (_, r, position) = hits[h];
                if (position < k) lags[r] = prefix[r * (length + 1) + k + 1] - y[i];
            }
            foreach (ref var lag in lags) lag *= common;
        }
        else
        {
            for (var r = 0; r < permutations; r++)
            {
                var row = ids.AsSpan(r * length, length);
                var lag = 0.0;
                var t = 0;
                for (var u = 0; t < k; u++)
                {
                    var d = row[u];
                    if (d == i) continue;
                    lag += wk[t++] * y[d];
                }
                lags[r] = lag;
            }
        }
        int ge = 0, le = 0;
        foreach (var lag in lags)
        {
            if (lag >= observed - tol) ge++;
            if (lag <= observed + tol) le++;
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
