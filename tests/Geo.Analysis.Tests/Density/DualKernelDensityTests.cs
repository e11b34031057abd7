using Geo.Analysis.Density;

namespace Geo.Analysis.Tests.Density;

public class DualKernelDensityTests
{
    private static readonly DensityGrid Grid = new(0, 0, 100, 2, 2);

    private static KdeResult Surface(params double[] d) => new(Grid, d, 100, false, "given");

    [Fact]
    public void RatioOnKnownInputs()
    {
        var a = Surface(2, 4, 1, 5);
        var b = Surface(1, 8, 0, 1e-20);
        var r = DualKernelDensity.Ratio(a, b);
        Assert.Equal(2, r[0]);
        Assert.Equal(0.5, r[1]);
        Assert.True(double.IsNaN(r[2]));
        Assert.True(double.IsNaN(r[3])); // below 1e-9·max|b|
    }

    [Fact]
    public void RatioExplicitThreshold()
    {
        var r = DualKernelDensity.Ratio(Surface(1, 1, 1, 1), Surface(0.5, 2, 0.1, double.NaN), eps: 0.2);
        Assert.Equal(2, r[0]);
        Assert.Equal(0.5, r[1]);
        Assert.True(double.IsNaN(r[2]));
        Assert.True(double.IsNaN(r[3]));
    }

    [Fact]
    public void DifferenceOnKnownInputs()
    {
        var d = DualKernelDensity.Difference(Surface(2, 4, 1, 0), Surface(1, 8, 0, 3));
        Assert.Equal([1.0, -4, 1, -3], d);
    }

    [Fact]
    public void RejectsDifferentGrids()
    {
        var other = new KdeResult(new DensityGrid(0, 0, 50, 2, 2), new double[4], 1, false, "");
        Assert.Throws<ArgumentException>(() => DualKernelDensity.Ratio(Surface(1, 1, 1, 1), other));
    }
}
