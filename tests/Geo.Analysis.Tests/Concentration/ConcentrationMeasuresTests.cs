using Geo.Analysis.Concentration;

namespace Geo.Analysis.Tests.Concentration;

public class ConcentrationMeasuresTests
{
    [Fact]
    public void One_unit_holding_everything()
    {
        var counts = new double[100];
        counts[37] = 10;
        var r = ConcentrationMeasures.Compute(counts);
        Assert.Equal(1, r.Top1PercentUnits);
        Assert.Equal(1, r.Top1PercentShare);
        Assert.Equal(5, r.Top5PercentUnits);
        Assert.Equal(10, r.Top10PercentUnits);
        Assert.Equal(1, r.Top10PercentShare);
        Assert.Equal(0.99, r.Gini, 12);
        // n = 10 < N = 100: G′ = 10·0.99 + (1 − 10) = 0.9
        Assert.Equal(0.9, r.GeneralizedGini, 12);
    }

    [Fact]
    public void Equal_counts_have_zero_gini()
    {
        var r = ConcentrationMeasures.Compute([3, 3, 3, 3, 3, 3, 3, 3]);
        Assert.Equal(0, r.Gini, 12);
        Assert.Equal(0, r.GeneralizedGini, 12);
        Assert.Equal(1, r.Top1PercentUnits);
        Assert.Equal(1.0 / 8, r.Top1PercentShare, 12);
    }

    [Fact]
    public void Hand_computed_example()
    {
        // Counts 1..4: Σ|xi − xj| over ordered pairs = 20, G = 20 / (2·16·2.5) = 0.25.
        var r = ConcentrationMeasures.Compute([4, 1, 3, 2]);
        Assert.Equal(0.25, r.Gini, 12);
        Assert.Equal(0.25, r.GeneralizedGini, 12);
        Assert.Equal(0.4, r.Top1PercentShare, 12);
        // 20 units: top 5% = 1 unit, top 10% = 2 units.
        var c = new double[20];
        c[0] = 5; c[1] = 3; c[2] = 2;
        var s = ConcentrationMeasures.Compute(c);
        Assert.Equal(1, s.Top5PercentUnits);
        Assert.Equal(0.5, s.Top5PercentShare, 12);
        Assert.Equal(2, s.Top10PercentUnits);
        Assert.Equal(0.8, s.Top10PercentShare, 12);
    }

    [Fact]
    public void Most_even_sparse_distribution_has_zero_generalised_gini()
    {
        var c = new double[50];
        for (var i = 0; i < 5; i++) c[i * 10] = 1;
        var r = ConcentrationMeasures.Compute(c);
        Assert.Equal(0.9, r.Gini, 12); // 1 − n/N
        Assert.Equal(0, r.GeneralizedGini, 12);
    }

    [Fact]
    public void Empty_and_invalid_input()
    {
        Assert.True(double.IsNaN(ConcentrationMeasures.Compute([0, 0, 0]).Gini));
        Assert.Equal(0, ConcentrationMeasures.Compute([]).Units);
        Assert.Throws<ArgumentException>(() => ConcentrationMeasures.Compute([1, -1]));
        Assert.Throws<ArgumentException>(() => ConcentrationMeasures.Compute([1, double.NaN]));
    }
}
