using Geo.Analysis.Inference;
using Geo.Analysis.Statistics;
using Geo.Testing;

namespace Geo.Analysis.Tests.Statistics;

public class LocalGetisOrdTests
{
    [SharedDataFact]
    public void Columbus_Gstar_row_standardised_with_self_matches_spdep_localG()
    {
        // spdep: localG(CRIME, nb2listw(include.self(nb), style = "W")).
        var y = TestWeights.ColumbusCrime();
        var w = TestWeights.RowStandardised(TestWeights.WithSelf(TestWeights.ColumbusNeighbours()));
        var r = LocalGetisOrd.Compute(y, w, star: true, permutations: 0, seed: 0);
        double[] expected = [-1.4327797, -1.3400081, -0.7719987, -0.1317334, 0.8913072];
        for (var i = 0; i < expected.Length; i++) Assert.Equal(expected[i], r.Z[i], 1e-6);
        Assert.Null(r.PseudoP);
        // z is the standardised G: (G − E[G]) / √Var[G].
        for (var i = 0; i < y.Length; i++) Assert.Equal(r.Z[i], (r.Statistic[i] - r.Expected[i]) / Math.Sqrt(r.Variance[i]), 1e-9);
    }

    // esda G_Local fixture: points (10,10), (20,10), (40,10), (15,20), (30,20), (30,30), distance band 15 (binary).
    private static readonly double[] EsdaY = [2, 3, 3.2, 5, 8, 7];

    private static List<List<int>> EsdaBand()
    {
        (double X, double Y)[] pts = [(10, 10), (20, 10), (40, 10), (15, 20), (30, 20), (30, 30)];
        var lists = new List<List<int>>();
        for (var i = 0; i < pts.Length; i++)
        {
            var l = new List<int>();
            for (var j = 0; j < pts.Length; j++)
                if (i != j && Math.Sqrt(Math.Pow(pts[i].X - pts[j].X, 2) + Math.Pow(pts[i].Y - pts[j].Y, 2)) <= 15) l.Add(j);
            lists.Add(l);
        }
        return lists;
    }

    [Fact]
    public void Esda_fixture_Gstar_binary_with_self()
    {
        var w = TestWeights.Binary(TestWeights.WithSelf(EsdaBand()));
        var r = LocalGetisOrd.Compute(EsdaY, w, star: true, permutations: 0, seed: 0);
        double[] expected = [-1.39727626, -0.28917762, 0.65064964, -0.28917762, 1.23452088, 2.02424331];
        for (var i = 0; i < expected.Length; i++) Assert.Equal(expected[i], r.Z[i], 1e-6);
    }

    [Fact]
    public void Esda_fixture_Gi_binary()
    {
        var r = LocalGetisOrd.Compute(EsdaY, TestWeights.Binary(EsdaBand()), star: false, permutations: 0, seed: 0);
        Assert.Equal(-1.01367290, r.Z[0], 1e-6);
    }

    [Fact]
    public void Self_weight_contract_is_enforced()
    {
        var without = TestWeights.Binary(EsdaBand());
        var with = TestWeights.Binary(TestWeights.WithSelf(EsdaBand()));
        Assert.Throws<ArgumentException>(() => LocalGetisOrd.Compute(EsdaY, without, star: true, 0, 0));
        Assert.Throws<ArgumentException>(() => LocalGetisOrd.Compute(EsdaY, with, star: false, 0, 0));
    }

    [Fact]
    public void Islands_are_NaN_and_undefined_and_not_counted()
    {
        // Location 3 has no neighbours (only itself under Gi*).
        var lists = new List<List<int>> { new() { 1, 2 }, new() { 0, 2 }, new() { 0, 1, 4 }, new(), new() { 2 } };
        double[] y = [1, 2, 3, 4, 5];
        var star = LocalGetisOrd.Compute(y, TestWeights.Binary(TestWeights.WithSelf(lists)), true, 99, 5);
        var plain = LocalGetisOrd.Compute(y, TestWeights.Binary(lists), false, 99, 5);
        foreach (var r in new[] { star, plain })
        {
            Assert.True(double.IsNaN(r.Statistic[3]) && double.IsNaN(r.Z[3]) && double.IsNaN(r.P[3]));
            Assert.True(double.IsNaN(r.PseudoP![3]) && double.IsNaN(r.PAdjusted[3]));
            Assert.Equal(LocalClass.Undefined, r.Class[3]);
            Assert.Equal("no neighbours", r.Undefined[3]);
            Assert.All(new[] { 0, 1, 2, 4 }, i => Assert.False(double.IsNaN(r.PAdjusted[i])));
        }
    }

    [Fact]
    public void Planted_hot_block_on_30x30_grid_is_found_by_Gstar_at_FDR_005()
    {
        const int side = 30;
        var rng = new Random(20261122);
        var y = new double[side * side];
        var planted = new bool[side * side];
        for (var r = 0; r < side; r++)
        for (var c = 0; c < side; c++)
        {
            var i = r * side + c;
            planted[i] = r is >= 10 and < 18 && c is >= 12 and < 20; // an 8 × 8 block
            // 4 SD: at 3 SD the analytic test passes but 999 conditional permutations find only 55 of 64 (BH needs M ≤ 2 at ~60 discoveries).
            y[i] = Gaussian(rng) + (planted[i] ? 4.0 : 0.0);
        }
        var w = TestWeights.Binary(TestWeights.WithSelf(TestWeights.Grid(side, side)));
        var res = LocalGetisOrd.Compute(y, w, star: true, permutations: 0, seed: 0, alpha: 0.05, correction: Correction.BenjaminiHochberg);
        int foundIn = 0, inside = 0, foundOut = 0, outside = 0;
        for (var i = 0; i < y.Length; i++)
        {
            if (planted[i]) { inside++; if (res.Class[i] == LocalClass.Hot) foundIn++; }
            else { outside++; if (res.Class[i] != LocalClass.NotSignificant) foundOut++; }
        }
        Assert.True(foundIn >= 0.9 * inside, $"found {foundIn} of {inside} planted cells");
        Assert.True(foundOut <= 0.05 * outside, $"{foundOut} of {outside} unplanted cells flagged");

        // The same holds with permutation inference (pseudo p, BH).
        var perm = LocalGetisOrd.Compute(y, w, star: true, permutations: 999, seed: 11, basis: PValueBasis.Permutation);
        Assert.Equal(PValueBasis.Permutation, perm.Basis);
        Assert.Equal(PValueBasis.Analytic, res.Basis);
        var permIn = Enumerable.Range(0, y.Length).Count(i => planted[i] && perm.Class[i] == LocalClass.Hot);
        var permOut = Enumerable.Range(0, y.Length).Count(i => !planted[i] && perm.Class[i] != LocalClass.NotSignificant);
        Assert.True(permIn >= 0.9 * inside, $"permutations: found {permIn} of {inside}");
        Assert.True(permOut <= 0.05 * outside, $"permutations: {permOut} of {outside} unplanted flagged");
    }

    internal static double Gaussian(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
