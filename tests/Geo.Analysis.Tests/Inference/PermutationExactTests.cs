using Geo.Analysis.Inference;
using Geo.Analysis.Weights;

namespace Geo.Analysis.Tests.Inference;

/// <summary>
/// The conditional-permutation engine against the exact conditional distribution: for small neighbourhoods all ordered
/// k-subsets of the other n − 1 values can be enumerated, giving exact P(L ≥ L_obs) and P(L ≤ L_obs). With R = 100,000
/// permutations the folded pseudo p must equal min of the two within 5 Monte Carlo standard errors
/// (√(p(1 − p)/R) ≤ 0.0016, so ±0.008). An engine that drew with replacement, kept the focal value in the pool, or mixed up
/// the weights' order misses by far more.
/// </summary>
public class PermutationExactTests
{
    private const int R = 100_000;

    private static SpatialWeights Build(int n, Func<int, (int J, double W)[]> row)
    {
        var offsets = new int[n + 1];
        var nb = new List<int>();
        var vals = new List<double>();
        for (var i = 0; i < n; i++)
        {
            foreach (var (j, v) in row(i).OrderBy(t => t.J)) { nb.Add(j); vals.Add(v); }
            offsets[i + 1] = nb.Count;
        }
        return new SpatialWeights(n, offsets, nb.ToArray(), vals.ToArray(), WeightsKind.General);
    }

    /// <summary>Exact folded p: min(P(L ≥ obs), P(L ≤ obs)) over all ordered draws of k distinct others.</summary>
    private static double Exact(double[] y, SpatialWeights w, int i)
    {
        var js = w.NeighboursOf(i).ToArray();
        var ws = w.WeightsOf(i).ToArray();
        var wk = new List<double>();
        var observed = 0.0;
        for (var t = 0; t < js.Length; t++)
            if (js[t] != i) { wk.Add(ws[t]); observed += ws[t] * y[js[t]]; }
        var others = Enumerable.Range(0, y.Length).Where(j => j != i).ToArray();
        long total = 0, ge = 0, le = 0;
        var used = new bool[others.Length];
        void Walk(int t, double lag)
        {
            if (t == wk.Count)
            {
                total++;
                if (lag >= observed - 1e-9) ge++;
                if (lag <= observed + 1e-9) le++;
                return;
            }
            for (var u = 0; u < others.Length; u++)
            {
                if (used[u]) continue;
                used[u] = true;
                Walk(t + 1, lag + wk[t] * y[others[u]]);
                used[u] = false;
            }
        }
        Walk(0, 0);
        return Math.Min(ge, le) / (double)total;
    }

    [Fact]
    public void Small_layer_uniform_and_general_rows_and_a_full_neighbourhood()
    {
        double[] y = [3, 1, 4, 1.5, 5, 9, 2.6];
        var w = Build(7, i => i switch
        {
            0 => [(1, 1.0), (2, 1.0)],                          // binary: prefix-sum path
            1 => [(0, 1.0), (2, 2.0), (3, 0.5)],                // general weights: weighted path
            2 => [(0, 1.0), (1, 1.0), (3, 1.0), (4, 1.0), (5, 1.0), (6, 1.0)], // all others: every draw equals the observed lag
            3 => [(3, 1.0), (5, 0.5), (6, 0.5)],                // with self (Gi*): self is not permuted
            4 => [(5, 0.25), (6, 0.25)],
            5 => [(4, 1.0)],
            _ => [],                                            // island
        });
        var p = Permutation.ConditionalPseudoP(y, w, R, 2026);
        for (var i = 0; i < 6; i++)
        {
            var exact = Exact(y, w, i);
            Assert.True(Math.Abs(p[i] - exact) <= 0.008, $"location {i}: pseudo p {p[i]}, exact {exact}");
        }
        Assert.Equal(1.0, Exact(y, w, 2));
        Assert.Equal(1.0, p[2]);
        Assert.True(double.IsNaN(p[6]));
    }

    [Fact]
    public void Locations_in_different_blocks_match_their_exact_distributions()
    {
        // 200 locations: 4 blocks of shared draws (i mod 4). Each row has two neighbours, binary on even rows, (1, 3) on odd.
        const int n = 200;
        var rng = new Random(7);
        var y = Enumerable.Range(0, n).Select(_ => Math.Round(rng.NextDouble() * 20, 1)).ToArray();
        var w = Build(n, i => i % 2 == 0 ? [((i + 1) % n, 1.0), ((i + 5) % n, 1.0)] : [((i + 1) % n, 1.0), ((i + 5) % n, 3.0)]);
        var p = Permutation.ConditionalPseudoP(y, w, R, 99);
        foreach (var i in new[] { 0, 1, 2, 3, 66, 131, 198, 199 })
        {
            var exact = Exact(y, w, i);
            Assert.True(Math.Abs(p[i] - exact) <= 0.008, $"location {i}: pseudo p {p[i]}, exact {exact}");
        }
    }
}
