using Geo.Analysis.Statistics;
using Geo.Testing;

namespace Geo.Analysis.Tests.Statistics;

public class GlobalMoranTests
{
    [SharedDataFact]
    public void Columbus_crime_row_standardised_matches_spdep_moran_test()
    {
        var y = TestWeights.ColumbusCrime();
        var w = TestWeights.RowStandardised(TestWeights.ColumbusNeighbours());
        var r = GlobalMoran.Compute(y, w);
        Assert.Equal(0.485770914, r.Statistic, 1e-6);
        Assert.Equal(-1.0 / 48, r.Expected, 1e-9);
        Assert.Equal(0.0089911213, r.Variance, 1e-6);
        Assert.Equal(5.3427136, r.Z, 1e-6);
        Assert.True(r.P < 1e-6);
        Assert.Null(r.PseudoP);

        var normal = GlobalMoran.Normality(y, w);
        Assert.Equal(r.Statistic, normal.Statistic, 1e-12);
        Assert.NotEqual(r.Variance, normal.Variance);
    }

    [SharedDataFact]
    public void Columbus_permutation_p_is_small_and_reproducible()
    {
        var y = TestWeights.ColumbusCrime();
        var w = TestWeights.RowStandardised(TestWeights.ColumbusNeighbours());
        var a = GlobalMoran.Compute(y, w, 999, 7);
        var b = GlobalMoran.Compute(y, w, 999, 7);
        Assert.Equal(a.PseudoP, b.PseudoP);
        Assert.Equal(0.001, a.PseudoP!.Value, 1e-12); // I = 0.486 is far beyond any permutation of 49 values
        Assert.Equal(999, a.Permutations);
        Assert.Equal(7UL, a.Seed);
    }

    [Fact]
    public void Random_noise_has_insignificant_I()
    {
        var rng = new Random(3);
        var lists = TestWeights.Grid(20, 20);
        var y = Enumerable.Range(0, 400).Select(_ => rng.NextDouble()).ToArray();
        var r = GlobalMoran.Compute(y, TestWeights.RowStandardised(lists), 199, 1);
        Assert.True(Math.Abs(r.Z) < 3.5, $"z = {r.Z}");
        Assert.True(r.PseudoP > 0.005);
    }
}
