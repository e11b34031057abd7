using Geo.Analysis.Density;
using Geo.Analysis.Inference;

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
        Assert.Throws<StatisticInputException>(() => BandwidthRule.Choose([1.0, 1.0], [2.0, 2.0]));
    }

    /// <summary>
    /// The case that chose 0 m and reported 1.26E+27 events per km²: identical SWEREF-sized coordinates, whose mean is not
    /// exactly the coordinate, leave a spread of rounding residue.
    /// </summary>
    [Fact]
    public void Identical_points_get_no_bandwidth_but_an_error_that_asks_for_one()
    {
        var x = Enumerable.Repeat(6400000.123, 21).ToArray();
        var y = Enumerable.Repeat(1500000.456, 21).ToArray();
        var e = Assert.Throws<StatisticInputException>(() => BandwidthRule.Choose(x, y));
        Assert.Contains("all 21 points are at the same place", e.Message);
        Assert.Contains("give the bandwidth", e.Message);
        Assert.Throws<StatisticInputException>(() => KernelDensity.Estimate(x, y, new DensityGrid(6399000, 1499000, 50, 40, 40), new KdeOptions()));
    }

    [Fact]
    public void Nearly_identical_points_get_no_bandwidth_below_the_minimum()
    {
        // 21 points within 10 cm: Silverman would give a few centimetres.
        var rng = new Random(4);
        var x = Enumerable.Range(0, 21).Select(_ => 6400000 + rng.NextDouble() * 0.1).ToArray();
        var y = Enumerable.Range(0, 21).Select(_ => 1500000 + rng.NextDouble() * 0.1).ToArray();
        var e = Assert.Throws<StatisticInputException>(() => BandwidthRule.Choose(x, y));
        Assert.Contains("nearly at one place", e.Message);
        Assert.Contains("1 m", e.Message);
        // A given bandwidth still works on the same points.
        var r = KernelDensity.Estimate(x, y, new DensityGrid(6399000, 1499000, 50, 40, 40), new KdeOptions(Kernel.Quartic, 200, EdgeCorrection: false));
        Assert.True(r.Density.Max() > 0 && double.IsFinite(r.Density.Max()));
    }
}
