using Geo.Analysis.Density;

namespace Geo.Analysis.Tests.Density;

public class KernelDensityTests
{
    private static (double[] X, double[] Y) Uniform(int n, double min, double max, int seed)
    {
        var rng = new Random(seed);
        var x = new double[n];
        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            x[i] = min + rng.NextDouble() * (max - min);
            y[i] = min + rng.NextDouble() * (max - min);
        }
        return (x, y);
    }

    [Theory]
    [InlineData(Kernel.Quartic)]
    [InlineData(Kernel.Gaussian)]
    public void IntegralOverLargeGridEqualsNumberOfPoints(Kernel kernel)
    {
        // 10 km grid of 50 m cells; points in the central 2 km so all kernel mass (Gaussian 4σ = 2 km) stays on the grid.
        var grid = new DensityGrid(0, 0, 50, 200, 200);
        var (x, y) = Uniform(3000, 4000, 6000, 7);
        var result = KernelDensity.Estimate(x, y, grid, new KdeOptions(kernel, 500, EdgeCorrection: false));
        var integral = result.Density.Sum() * grid.CellAreaKm2;
        Assert.InRange(integral, 3000 * 0.99, 3000 * 1.01);
    }

    [Fact]
    public void SinglePointAtCellCentreGivesQuarticPeak()
    {
        var grid = new DensityGrid(0, 0, 50, 41, 41);
        double[] x = [grid.CentreX(20)], y = [grid.CentreY(20)];
        const double h = 500;
        var result = KernelDensity.Estimate(x, y, grid, new KdeOptions(Kernel.Quartic, h, EdgeCorrection: false));
        var expected = 3 / (Math.PI * h * h) * 1e6;
        Assert.Equal(expected, result.Density[20 * 41 + 20], expected * 1e-9);
        // One cell (50 m) away: 3/(πh²)(1 − 0.01)².
        Assert.Equal(expected * 0.99 * 0.99, result.Density[20 * 41 + 21], expected * 1e-9);
        // At and beyond h the quartic is zero.
        Assert.Equal(0, result.Density[20 * 41 + 30]);
        Assert.False(result.BandwidthChosen);
        Assert.Equal(h, result.Bandwidth);
    }

    [Theory]
    [InlineData(Kernel.Quartic)]
    [InlineData(Kernel.Gaussian)]
    public void SinglePointSurfaceIsSymmetric(Kernel kernel)
    {
        const int n = 61;
        var grid = new DensityGrid(0, 0, 50, n, n);
        double[] x = [grid.CentreX(30)], y = [grid.CentreY(30)];
        var d = KernelDensity.Estimate(x, y, grid, new KdeOptions(kernel, 300, EdgeCorrection: false)).Density;
        for (var r = 0; r < n; r++)
            for (var c = 0; c < n; c++)
            {
                var v = d[r * n + c];
                Assert.Equal(v, d[r * n + (n - 1 - c)], 1e-12);
                Assert.Equal(v, d[(n - 1 - r) * n + c], 1e-12);
                Assert.Equal(v, d[c * n + r], 1e-12);
            }
        Assert.True(d[30 * n + 30] > d[30 * n + 31]);
    }

    [Theory]
    [InlineData(Kernel.Quartic)]
    [InlineData(Kernel.Gaussian)]
    public void MatchesBruteForceForPointsAtCellCentres(Kernel kernel)
    {
        var grid = new DensityGrid(1000, 2000, 25, 60, 50);
        var rng = new Random(3);
        var x = new double[200];
        var y = new double[200];
        for (var i = 0; i < x.Length; i++)
        {
            x[i] = grid.CentreX(rng.Next(grid.Columns));
            y[i] = grid.CentreY(rng.Next(grid.Rows));
        }
        const double h = 120;
        var d = KernelDensity.Estimate(x, y, grid, new KdeOptions(kernel, h, EdgeCorrection: false)).Density;
        for (var r = 0; r < grid.Rows; r += 7)
            for (var c = 0; c < grid.Columns; c += 5)
            {
                double expected = 0;
                for (var i = 0; i < x.Length; i++)
                {
                    double dx = grid.CentreX(c) - x[i], dy = grid.CentreY(r) - y[i];
                    var d2 = dx * dx + dy * dy;
                    if (kernel == Kernel.Quartic)
                    {
                        var u2 = d2 / (h * h);
                        if (u2 < 1) expected += 3 / (Math.PI * h * h) * (1 - u2) * (1 - u2);
                    }
                    else if (Math.Abs(dx) <= 4 * h + 1e-9 && Math.Abs(dy) <= 4 * h + 1e-9)
                    {
                        expected += Math.Exp(-d2 / (2 * h * h)) / (2 * Math.PI * h * h);
                    }
                }
                Assert.Equal(expected * 1e6, d[r * grid.Columns + c], 1e-9 * Math.Max(1, expected * 1e6));
            }
    }

    [Fact]
    public void WeightsMultiply()
    {
        var grid = new DensityGrid(0, 0, 50, 80, 80);
        var (x, y) = Uniform(500, 500, 3500, 11);
        var opts = new KdeOptions(Kernel.Quartic, 400);
        var plain = KernelDensity.Estimate(x, y, grid, opts).Density;
        var w = Enumerable.Repeat(2.5, x.Length).ToArray();
        var weighted = KernelDensity.Estimate(x, y, grid, opts, w).Density;
        for (var i = 0; i < plain.Length; i++) Assert.Equal(2.5 * plain[i], weighted[i], 1e-9 * Math.Max(1, plain[i]));

        // A weight of 3 on one point equals three copies of it.
        double[] x3 = [x[0], x[0], x[0], x[1]], y3 = [y[0], y[0], y[0], y[1]];
        var copies = KernelDensity.Estimate(x3, y3, grid, opts).Density;
        var single = KernelDensity.Estimate([x[0], x[1]], [y[0], y[1]], grid, opts, [3.0, 1.0]).Density;
        for (var i = 0; i < copies.Length; i++) Assert.Equal(copies[i], single[i], 1e-9);
    }

    [Fact]
    public void EdgeCorrectionRestoresDensityAtSquareBoundary()
    {
        // 5 km square, 50 m cells, 250,000 uniform points → 10,000 per km².
        const int n = 100;
        var grid = new DensityGrid(0, 0, 50, n, n);
        var (x, y) = Uniform(250_000, 0, 5000, 5);
        var corrected = KernelDensity.Estimate(x, y, grid, new KdeOptions(Kernel.Quartic, 500)).Density;
        var raw = KernelDensity.Estimate(x, y, grid, new KdeOptions(Kernel.Quartic, 500, EdgeCorrection: false)).Density;

        double interior = 0;
        var count = 0;
        for (var r = 30; r < 70; r++)
            for (var c = 30; c < 70; c++) { interior += raw[r * n + c]; count++; }
        interior /= count;
        Assert.InRange(interior, 9500, 10500);

        int edge = 0 * n + 50, corner = 0;
        Assert.InRange(corrected[edge], 0.9 * interior, 1.1 * interior);
        Assert.InRange(corrected[corner], 0.9 * interior, 1.1 * interior);
        Assert.InRange(corrected[50 * n + n - 1], 0.9 * interior, 1.1 * interior);
        Assert.InRange(raw[edge] / interior, 0.45, 0.62);
        Assert.InRange(raw[corner] / interior, 0.2, 0.35);
    }

    [Fact]
    public void EdgeCorrectionOnMaskAndNaNOutside()
    {
        // Circular study area of radius 2 km in a 5 km grid, uniform points inside it.
        const int n = 100;
        var grid = new DensityGrid(0, 0, 50, n, n);
        static bool Inside(double px, double py) => (px - 2500) * (px - 2500) + (py - 2500) * (py - 2500) <= 2000 * 2000;
        var mask = grid.MaskFrom(Inside);
        var rng = new Random(9);
        var xs = new List<double>();
        var ys = new List<double>();
        while (xs.Count < 150_000)
        {
            double px = rng.NextDouble() * 5000, py = rng.NextDouble() * 5000;
            if (!mask[(int)(py / 50) * n + (int)(px / 50)]) continue;
            xs.Add(px);
            ys.Add(py);
        }
        var x = xs.ToArray();
        var y = ys.ToArray();
        var corrected = KernelDensity.Estimate(x, y, grid, new KdeOptions(Kernel.Gaussian, 200, Mask: mask)).Density;
        var raw = KernelDensity.Estimate(x, y, grid, new KdeOptions(Kernel.Gaussian, 200, EdgeCorrection: false, Mask: mask)).Density;
        var centre = 50 * n + 50;
        var rim = 50 * n + 10; // x = 525 m, inside and next to the boundary at x = 500 m
        Assert.True(mask[rim]);
        Assert.False(mask[50 * n + 9]);
        Assert.True(double.IsNaN(corrected[0]));
        Assert.True(double.IsNaN(raw[0]));
        Assert.InRange(corrected[rim], 0.9 * corrected[centre], 1.1 * corrected[centre]);
        Assert.InRange(raw[rim] / raw[centre], 0.4, 0.65);
    }

    [Fact]
    public void PointsOutsideGridAreIgnored()
    {
        var grid = new DensityGrid(0, 0, 50, 10, 10);
        var d = KernelDensity.Estimate([-1000.0, 10_000, double.NaN], [0.0, 0, 0], grid, new KdeOptions(Bandwidth: 100)).Density;
        Assert.All(d, v => Assert.Equal(0, v));
    }

    [Fact]
    public void RejectsMismatchedInputs()
    {
        var grid = new DensityGrid(0, 0, 50, 10, 10);
        Assert.Throws<ArgumentException>(() => KernelDensity.Estimate([1.0], [1.0, 2.0], grid, new KdeOptions(Bandwidth: 100)));
        Assert.Throws<ArgumentException>(() => KernelDensity.Estimate([1.0], [1.0], grid, new KdeOptions(Bandwidth: 100), [1.0, 2.0]));
        Assert.Throws<ArgumentException>(() => KernelDensity.Estimate([1.0], [1.0], grid, new KdeOptions(Bandwidth: 100, Mask: new bool[3])));
        Assert.Throws<ArgumentOutOfRangeException>(() => KernelDensity.Estimate([1.0], [1.0], grid, new KdeOptions(Bandwidth: -1)));
    }
}
