using Geo.Analysis.Inference;
using Geo.Analysis.Statistics;
using Geo.Analysis.Tests.Statistics;

namespace Geo.Analysis.Tests.Inference;

public class PermutationTests
{
    private static double[] Noise(int n, int seed)
    {
        var rng = new Random(seed);
        return Enumerable.Range(0, n).Select(_ => rng.NextDouble()).ToArray();
    }

    [Fact]
    public void Pseudo_p_has_the_M_plus_1_over_R_plus_1_form()
    {
        const int r = 99;
        var y = Noise(400, 1);
        var w = TestWeights.RowStandardised(TestWeights.Grid(20, 20));
        var p = Permutation.ConditionalPseudoP(y, w, r, 17);
        foreach (var v in p)
        {
            var m = v * (r + 1) - 1;
            Assert.Equal(Math.Round(m), m, 1e-9);
            Assert.InRange(Math.Round(m), 0, r / 2 + 1); // folded: M ≤ about R/2
            Assert.True(v > 0);
        }
    }

    [Fact]
    public void Pseudo_p_is_uniform_under_the_null()
    {
        // 2,500 locations of iid noise on a 50 × 50 queen grid, R = 199. The folded pseudo p is one-sided in the observed
        // direction, so under the null P(p ≤ a) ≈ 2a: the share with p ≤ 0.025 should be 0.05 and with p ≤ 0.05 be 0.10.
        // Tolerance: 4 binomial standard errors (√(0.05·0.95/2500) = 0.0044 → ±0.0175; 0.006 → ±0.024 for 0.10),
        // wide enough for the mild dependence between neighbouring tests; a biased engine (e.g. drawing with replacement
        // or including the focal value) or an unfolded count moves these shares far outside.
        const int side = 50, r = 199;
        var y = Noise(side * side, 2);
        var w = TestWeights.Binary(TestWeights.Grid(side, side));
        var p = Permutation.ConditionalPseudoP(y, w, r, 99);
        var share025 = p.Count(v => v <= 0.025) / (double)p.Length;
        var share05 = p.Count(v => v <= 0.05) / (double)p.Length;
        var share25 = p.Count(v => v <= 0.25) / (double)p.Length;
        Assert.InRange(share025, 0.05 - 0.0175, 0.05 + 0.0175);
        Assert.InRange(share05, 0.10 - 0.024, 0.10 + 0.024);
        Assert.InRange(share25, 0.50 - 0.04, 0.50 + 0.04);
    }

    [Fact]
    public void Rows_longer_than_the_rejection_limit_use_fisher_yates_and_stay_uniform()
    {
        // 600 locations each with 40 random neighbours (Fisher–Yates path).
        const int n = 600, k = 40, r = 199;
        var rng = new Random(4);
        var lists = Enumerable.Range(0, n).Select(i =>
            Enumerable.Range(0, n).Where(j => j != i).OrderBy(_ => rng.Next()).Take(k).ToList()).ToList();
        var w = TestWeights.Binary(lists);
        var p = Permutation.ConditionalPseudoP(Noise(n, 8), w, r, 3);
        var share05 = p.Count(v => v <= 0.05) / (double)n;
        Assert.InRange(share05, 0.10 - 0.05, 0.10 + 0.05); // 4 SE of a binomial(600, 0.10) share ≈ ±0.049
    }

    [Fact]
    public void Same_seed_same_result_whatever_the_thread_count_other_seed_differs()
    {
        var y = Noise(2500, 3);
        var w = TestWeights.RowStandardised(TestWeights.WithSelf(TestWeights.Grid(50, 50)));
        var one = new ParallelOptions { MaxDegreeOfParallelism = 1 };
        var many = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(4, Environment.ProcessorCount) };
        var a = LocalGetisOrd.Compute(y, w, true, 199, 123, parallel: one);
        var b = LocalGetisOrd.Compute(y, w, true, 199, 123, parallel: many);
        var c = LocalGetisOrd.Compute(y, w, true, 199, 124, parallel: many);
        Assert.Equal(a.PseudoP, b.PseudoP);
        Assert.Equal(a.PAdjusted, b.PAdjusted);
        Assert.NotEqual(a.PseudoP, c.PseudoP);
        Assert.Equal(123UL, a.Seed);

        var wl = TestWeights.RowStandardised(TestWeights.Grid(50, 50));
        Assert.Equal(LocalMoran.Compute(y, wl, 99, 5, parallel: one).PseudoP, LocalMoran.Compute(y, wl, 99, 5, parallel: many).PseudoP);
    }

    [Fact]
    public void Strong_local_extreme_gets_the_minimum_pseudo_p()
    {
        // A star: location 0 is surrounded by the 8 largest values of 200 → no permutation beats it.
        var y = Enumerable.Range(0, 200).Select(i => (double)i).ToArray();
        var lists = Enumerable.Range(0, 200).Select(i => new List<int>()).ToList();
        for (var j = 192; j < 200; j++) { lists[0].Add(j); lists[j].Add(0); }
        var p = Permutation.ConditionalPseudoP(y, TestWeights.Binary(lists), 999, 1);
        Assert.Equal(1.0 / 1000, p[0], 1e-15);
        Assert.True(double.IsNaN(p[1]));
    }
}
