using Geo.Analysis.Inference;
using Geo.Analysis.Statistics;
using Geo.Testing;

namespace Geo.Analysis.Tests.Statistics;

public class LocalMoranTests
{
    [SharedDataFact]
    public void Columbus_Ii_row_standardised_matches_spdep_localmoran()
    {
        var y = TestWeights.ColumbusCrime();
        var w = TestWeights.RowStandardised(TestWeights.ColumbusNeighbours());
        var r = LocalMoran.Compute(y, w, permutations: 0, seed: 0);
        double[] expected = [0.73681849, 0.52877701, 0.09385074, 0.00482097, 0.18678680];
        for (var i = 0; i < expected.Length; i++) Assert.Equal(expected[i], r.Statistic[i], 1e-6);
        // Σ I_i = n I (with m2 = Σz²/n and row-standardised weights, S0 = n): ties LISA to the global Moran's I.
        Assert.Equal(49 * GlobalMoran.Compute(y, w).Statistic, r.Statistic.Sum(), 1e-9);
        for (var i = 0; i < y.Length; i++)
        {
            Assert.True(r.Variance[i] > 0);
            Assert.Equal(r.Z[i], (r.Statistic[i] - r.Expected[i]) / Math.Sqrt(r.Variance[i]), 1e-9);
        }
    }

    [SharedDataFact]
    public void Columbus_quadrants_follow_value_and_lag_signs()
    {
        var y = TestWeights.ColumbusCrime();
        var lists = TestWeights.ColumbusNeighbours();
        var w = TestWeights.RowStandardised(lists);
        var r = LocalMoran.Compute(y, w, permutations: 999, seed: 42, alpha: 0.05, correction: Correction.None);
        var mean = y.Average();
        Assert.Contains(r.Class, c => c != LocalClass.NotSignificant);
        for (var i = 0; i < y.Length; i++)
        {
            var lag = lists[i].Average(j => y[j]) - mean;
            var expected = (y[i] - mean >= 0, lag >= 0) switch
            {
                (true, true) => LocalClass.HighHigh, (false, false) => LocalClass.LowLow,
                (true, false) => LocalClass.HighLow, _ => LocalClass.LowHigh,
            };
            Assert.Equal(r.PseudoP![i] <= 0.05 ? expected : LocalClass.NotSignificant, r.Class[i]);
            Assert.Equal(r.PseudoP[i], r.PAdjusted[i]);
        }
    }

    [Fact]
    public void Significance_uses_analytic_p_without_permutations_after_correction()
    {
        var rng = new Random(5);
        var y = Enumerable.Range(0, 100).Select(i => (i % 10 < 5 && i < 50 ? 3.0 : 0.0) + LocalGetisOrdTests.Gaussian(rng)).ToArray();
        var w = TestWeights.RowStandardised(TestWeights.Grid(10, 10));
        var r = LocalMoran.Compute(y, w, 0, 0, 0.05, Correction.Bonferroni);
        Assert.Null(r.PseudoP);
        var adjusted = MultipleTesting.Adjust(r.P, Correction.Bonferroni);
        Assert.Equal(adjusted, r.PAdjusted);
        for (var i = 0; i < y.Length; i++)
            Assert.Equal(adjusted[i] <= 0.05, r.Class[i] != LocalClass.NotSignificant);
    }
}
