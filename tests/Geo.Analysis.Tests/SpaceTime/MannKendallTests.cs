using Geo.Analysis.SpaceTime;

namespace Geo.Analysis.Tests.SpaceTime;

public class MannKendallTests
{
    [Fact]
    public void Strictly_increasing_1_to_10()
    {
        double[] x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
        var r = MannKendall.Test(x);
        // S = n(n−1)/2 = 45; Var(S) = n(n−1)(2n+5)/18 = 10·9·25/18 = 125; z = (45 − 1)/√125.
        Assert.Equal(45, r.S);
        Assert.Equal(125, r.VarS, 1e-12);
        Assert.Equal(44 / Math.Sqrt(125), r.Z, 1e-12);
        Assert.Equal(3.9354796403996297, r.Z, 1e-9);
        Assert.Equal(8.303070332644999e-05, r.P, 1e-12);
        Assert.Equal(1, r.Trend);
        Assert.True(r.IsSignificant(0.05));
    }

    [Fact]
    public void Decreasing_mirrors_increasing()
    {
        double[] x = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];
        var r = MannKendall.Test(x);
        Assert.Equal(-45, r.S);
        Assert.Equal(-44 / Math.Sqrt(125), r.Z, 1e-12);
        Assert.Equal(-1, r.Trend);
    }

    [Fact]
    public void Ties_use_the_Hipel_McLeod_variance()
    {
        double[] x = [1, 2, 2, 3, 3, 3, 4];
        var r = MannKendall.Test(x);
        // By hand: S counts +1 for each later larger value: from 1: 6; from each 2: 4 (x2); from each 3: 1 (x3) → 6+8+3 = 17.
        Assert.Equal(17, r.S);
        // Var(S) = [n(n−1)(2n+5) − Σ t(t−1)(2t+5)]/18 = [7·6·19 − 2·1·9 − 3·2·11]/18 = (798 − 18 − 66)/18 = 714/18.
        Assert.Equal(714.0 / 18.0, r.VarS, 1e-12);
        Assert.Equal(16 / Math.Sqrt(714.0 / 18.0), r.Z, 1e-12);
        Assert.Equal(0.011071644553191887, r.P, 1e-12);
    }

    [Fact]
    public void Constant_series_has_no_test()
    {
        // Var(S) = 0: there is no test, so no z and no p (not p = 1, which would be a claim).
        double[] x = [3, 3, 3, 3];
        var r = MannKendall.Test(x);
        Assert.Equal(0, r.S);
        Assert.Equal(0, r.VarS);
        Assert.True(double.IsNaN(r.Z));
        Assert.True(double.IsNaN(r.P));
        Assert.Equal(0, r.Trend);
        Assert.False(r.IsSignificant(0.05));
        Assert.True(double.IsNaN(MannKendall.Test([7.0]).P));
    }

    [Fact]
    public void Nan_is_rejected() => Assert.Throws<ArgumentException>(() => MannKendall.Test([1, double.NaN, 2]));
}
