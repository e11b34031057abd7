using System.Globalization;
using Geo.Analysis.Density;
using Geo.Formats.Boundaries;
using Geo.Testing;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using Xunit.Abstractions;

namespace Geo.Analysis.Tests.Density;

/// <summary>
/// What density × cell area sums to: with Diggle's per-event edge correction, the (weighted) number of events in the cells
/// inside the study area, up to rounding; with the uniform per-cell correction, not that number (measured and stated).
/// </summary>
public sealed class DiggleMassTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(Kernel.Quartic, 330.0, 100.0)]
    [InlineData(Kernel.Gaussian, 150.0, 100.0)]
    [InlineData(Kernel.Quartic, 230.0, 100.0)] // a coarse stencil (radius 2 cells): the discretisation is corrected too
    public void Diggle_sum_is_the_weighted_events_in_the_cells_inside_an_irregular_mask(Kernel kernel, double h, double size)
    {
        var grid = new DensityGrid(0, 0, size, 40, 30);
        // An L-shaped study area with a hole: many cells near an edge.
        var mask = grid.MaskFrom((x, y) => (x < 2500 || y < 1200) && !(x > 1000 && x < 1500 && y > 500 && y < 900));
        var rng = new Random(11);
        var xs = new double[500];
        var ys = new double[500];
        var ws = new double[500];
        for (var i = 0; i < xs.Length; i++) { xs[i] = rng.NextDouble() * 4000; ys[i] = rng.NextDouble() * 3000; ws[i] = 1 + i % 4; }
        var inCells = 0.0;
        for (var i = 0; i < xs.Length; i++)
            if (mask[(int)(ys[i] / size) * grid.Columns + (int)(xs[i] / size)]) inCells += ws[i];

        var r = KernelDensity.Estimate(xs, ys, grid, new KdeOptions(kernel, h, true, mask, EdgeCorrectionMethod.Diggle), ws);
        var sum = DensitySummary.Of(r, grid, mask).Integral;
        Assert.Equal(inCells, r.Events);
        Assert.Equal(inCells, sum, inCells * 1e-12);

        var uniform = KernelDensity.Estimate(xs, ys, grid, new KdeOptions(kernel, h, true, mask, EdgeCorrectionMethod.Uniform), ws);
        Assert.NotEqual(inCells, DensitySummary.Of(uniform, grid, mask).Integral, inCells * 1e-4);
    }

    [Fact]
    public void Far_from_an_edge_Diggle_equals_the_uncorrected_kernel_divided_by_its_discretised_mass()
    {
        var grid = new DensityGrid(0, 0, 50, 60, 60);
        double[] x = [1500], y = [1500];
        var plain = KernelDensity.Estimate(x, y, grid, new KdeOptions(Kernel.Quartic, 180, false));
        var diggle = KernelDensity.Estimate(x, y, grid, new KdeOptions(Kernel.Quartic, 180, true, null, EdgeCorrectionMethod.Diggle));
        for (var i = 0; i < grid.Count; i++) Assert.Equal(plain.Density[i] / plain.KernelMass, diggle.Density[i], 1e-9);
        Assert.NotEqual(1, plain.KernelMass, 1e-5); // the coarse stencil's mass is not 1, which Diggle's share corrects
    }

    /// <summary>
    /// Chicago's 2016 residential burglaries (EPSG:26971 metres) in the 22 police districts: the issue measured the uniform
    /// correction's sum 0.9 % off the points inside; with Diggle's correction it is the points in the cells inside.
    /// </summary>
    [SharedDataFact]
    public void Chicago_burglaries_in_the_police_districts_sum_to_the_points_in_the_cells_inside()
    {
        var csv = TestCsv.Read(SharedData.Path("crime/chicago/chicago_residential_burglary_2016_epsg26971.csv"));
        var xs = csv.Rows.Select(f => double.Parse(f[csv["X"]], CultureInfo.InvariantCulture)).ToArray();
        var ys = csv.Rows.Select(f => double.Parse(f[csv["Y"]], CultureInfo.InvariantCulture)).ToArray();
        var boundary = BoundaryReader.Read(SharedData.Path("poi/chicago/boundaries/chicago_police_districts.geojson"),
            new BoundaryOptions(SourceSrid: 4326, TargetSrid: 26971)).Boundary;
        var env = boundary.EnvelopeInternal;
        const double size = 100, h = 400;
        var grid = new DensityGrid(Math.Floor(env.MinX / size) * size, Math.Floor(env.MinY / size) * size, size,
            (int)Math.Ceiling(env.Width / size) + 1, (int)Math.Ceiling(env.Height / size) + 1);
        var locator = new IndexedPointInAreaLocator(boundary);
        var mask = grid.MaskFrom((x, y) => locator.Locate(new Coordinate(x, y)) != Location.Exterior);
        var inPolygon = xs.Where((x, i) => locator.Locate(new Coordinate(x, ys[i])) != Location.Exterior).Count();
        var inCells = xs.Where((x, i) =>
        {
            int c = (int)Math.Floor((x - grid.MinX) / size), r = (int)Math.Floor((ys[i] - grid.MinY) / size);
            return c >= 0 && c < grid.Columns && r >= 0 && r < grid.Rows && mask[r * grid.Columns + c];
        }).Count();

        var diggle = KernelDensity.Estimate(xs, ys, grid, new KdeOptions(Kernel.Quartic, h, true, mask, EdgeCorrectionMethod.Diggle));
        var uniform = KernelDensity.Estimate(xs, ys, grid, new KdeOptions(Kernel.Quartic, h, true, mask, EdgeCorrectionMethod.Uniform));
        var sumDiggle = DensitySummary.Of(diggle, grid, mask).Integral;
        var sumUniform = DensitySummary.Of(uniform, grid, mask).Integral;
        output.WriteLine(FormattableString.Invariant(
            $"{xs.Length} burglaries, {inPolygon} inside the districts, {inCells} in cells inside; sum Diggle {sumDiggle:F6}, uniform {sumUniform:F3} ({(sumUniform / inPolygon - 1) * 100:+0.00;-0.00} %), kernel mass {uniform.KernelMass:F6}"));
        Assert.Equal(inCells, diggle.Events);
        Assert.Equal(inCells, sumDiggle, inCells * 1e-12);
        Assert.InRange(Math.Abs(inCells - inPolygon), 0, 0.01 * inPolygon); // cells decided by their centres
        Assert.True(Math.Abs(sumUniform - inCells) > 1, $"uniform sum {sumUniform} vs {inCells}");
    }
}
