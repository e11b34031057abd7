using Geo.Analysis.Density;

namespace Geo.Analysis.Tests.Density;

public class BandwidthRuleTests
{
    private static (double[] X, double[] Y) Points(int n, double sx, double sy, int seed)
    {
        var rng = new Random(seed);
        var x = new double[n];
        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            x[i] = rng.NextDouble() * sx;
            y[i] = rng.NextDouble() * sy;
        }
        return (x, y);
    }

    [Fact]
    public void SwappingAxesGivesSameBandwidth()
    {
        var (x, y) = Points(1000, 3000, 800, 1);
        Assert.Equal(BandwidthRule.Choose(x, y).Value, BandwidthRule.Choose(y, x).Value, 1e-9);
    }

    [Fact]
    public void StretchingOnlyYChangesBandwidth()
    {
        var (x, y) = Points(1000, 1000, 1000, 2);
        var before = BandwidthRule.Choose(x, y).Value;
        var stretched = y.Select(v => v * 3).ToArray();
        var after = BandwidthRule.Choose(x, stretched).Value;
        Assert.True(after > before * 1.5, $"{before} → {after}");
    }

    [Fact]
    public void MatchesFormulaOnKnownData()
    {
        // x = 0..9, y = 0 (y contributes zero spread): σx = √(55/6), IQRx = 4.5 (type 7).
        var x = Enumerable.Range(0, 10).Select(i => (double)i).ToArray();
        var y = new double[10];
        var sigma = Math.Sqrt(55.0 / 6 / 2);
        var iqr = Math.Sqrt(4.5 * 4.5 / 2);
        var expected = 0.9 * Math.Min(sigma, iqr / 1.34) * Math.Pow(10, -1.0 / 6);
        Assert.Equal(expected, BandwidthRule.Choose(x, y).Value, 1e-12);
    }

    [Fact]
    public void EstimateReturnsChosenBandwidthAndRule()
    {
        var (x, y) = Points(500, 2000, 2000, 3);
        var grid = new DensityGrid(0, 0, 50, 40, 40);
        var result = KernelDensity.Estimate(x, y, grid, new KdeOptions());
        Assert.True(result.BandwidthChosen);
        Assert.Equal(BandwidthRule.Choose(x, y).Value, result.Bandwidth);
        Assert.Contains("both axes", result.Rule);
    }

    [Fact]
    public void RejectsDegenerateInput()
    {
        Assert.Throws<ArgumentException>(() => BandwidthRule.Choose([1.0], [1.0]));
        Assert.Throws<ArgumentException>(() => BandwidthRule.Choose([1.0, 1.0], [2.0, 2.0]));
    }
}
