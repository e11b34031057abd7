using Geo.Analysis.Inference;
using Geo.Analysis.Statistics;
using Geo.Analysis.Weights;

namespace Geo.Analysis.Tests.Statistics;

/// <summary>The statistics themselves never claim significance where they are undefined (zero variance, no neighbours).</summary>
public sealed class DegenerateStatisticsTests
{
    private static readonly (double X, double Y)[] Lattice = Enumerable.Range(0, 21).Select(i => (i % 7 * 100.0, i / 7 * 100.0)).ToArray();

    /// <summary>
    /// The case that printed "cold: 21" (or "hot: 21") with p = 0: with all values equal the numerator of z is a rounding
    /// residue and its variance is 0 or a rounding residue too.
    /// </summary>
    [Theory]
    [InlineData(3.0)]
    [InlineData(0.1)]
    [InlineData(0.0)]
    public void Gi_star_of_equal_values_is_undefined_everywhere(double value)
    {
        var y = Enumerable.Repeat(value, 21).ToArray();
        var w = WeightsTransform.RowStandardise(WeightsTransform.WithSelf(DistanceWeights.KNearest(Lattice, 4)));
        var r = LocalGetisOrd.Compute(y, w, star: true, permutations: 99, seed: 1);
        Assert.All(r.Class, c => Assert.Equal(LocalClass.Undefined, c));
        Assert.All(r.P, p => Assert.True(double.IsNaN(p)));
        Assert.All(r.PseudoP!, p => Assert.True(double.IsNaN(p)));
        Assert.All(r.PAdjusted, p => Assert.True(double.IsNaN(p)));
        Assert.All(r.Z, z => Assert.True(double.IsNaN(z)));
        Assert.All(r.Undefined, u => Assert.StartsWith("zero variance: all 21 values equal ", u));
        Assert.Equal(21, r.UndefinedCount);
    }

    [Fact]
    public void Local_Moran_of_all_zeros_is_undefined_everywhere_with_permutations_too()
    {
        var y = new double[21];
        var r = LocalMoran.Compute(y, WeightsTransform.RowStandardise(DistanceWeights.KNearest(Lattice, 4)), permutations: 99, seed: 1);
        Assert.All(r.Class, c => Assert.Equal(LocalClass.Undefined, c));
        Assert.All(r.PseudoP!, p => Assert.True(double.IsNaN(p)));
        Assert.All(r.Undefined, u => Assert.Equal("zero variance: all 21 values equal 0", u));
    }

    [Fact]
    public void Local_Moran_at_a_value_equal_to_the_mean_is_undefined_not_not_significant()
    {
        // Mean 3; location 2 has the mean: I_2 = 0 with Var[I_2] = 0 (spdep localmoran gives Z.Ii = NaN).
        double[] y = [1, 2, 3, 4, 5, 1, 5];
        var points = Enumerable.Range(0, 7).Select(i => (i * 100.0, 0.0)).ToArray();
        var r = LocalMoran.Compute(y, WeightsTransform.RowStandardise(DistanceWeights.KNearest(points, 2)), permutations: 0, seed: 0);
        Assert.Equal(LocalClass.Undefined, r.Class[2]);
        Assert.Equal("value equals the mean: Var[I_i] = 0", r.Undefined[2]);
        Assert.True(double.IsNaN(r.P[2]));
        Assert.Equal(1, r.UndefinedCount);
        Assert.All(new[] { 0, 1, 3, 4, 5, 6 }, i => Assert.False(double.IsNaN(r.P[i])));
    }

    /// <summary>The case that printed I = NaN with pseudo p 0.001.</summary>
    [Fact]
    public void Global_Moran_of_all_zeros_is_undefined_with_no_pseudo_p()
    {
        var y = new double[21];
        var w = WeightsTransform.RowStandardise(DistanceWeights.KNearest(Lattice, 4));
        var r = GlobalMoran.Compute(y, w, permutations: 999, seed: 42);
        Assert.Equal("zero variance: all 21 values equal 0", r.Undefined);
        Assert.True(double.IsNaN(r.Statistic) && double.IsNaN(r.Z) && double.IsNaN(r.P));
        Assert.Null(r.PseudoP);
        Assert.Equal(-1.0 / 20, r.Expected, 15);
        Assert.Equal("zero variance: all 21 values equal 0", GlobalMoran.Normality(y, w).Undefined);
        Assert.Null(GlobalMoran.Compute(Enumerable.Range(0, 21).Select(i => (double)i).ToArray(), w).Undefined);
    }

    [Fact]
    public void Gi_star_islands_of_a_short_band_are_undefined_and_not_counted_in_the_correction()
    {
        var points = Lattice.Append((5000.0, 5000.0)).ToArray();
        var y = Enumerable.Range(0, 22).Select(i => (double)(i % 3)).ToArray();
        var band = DistanceWeights.Band(points, 150);
        var r = LocalGetisOrd.Compute(y, WeightsTransform.RowStandardise(WeightsTransform.WithSelf(band)), star: true, permutations: 0, seed: 0,
            correction: Correction.Bonferroni);
        Assert.Equal(LocalClass.Undefined, r.Class[21]);
        Assert.Equal(InputCheck.NoNeighbours, r.Undefined[21]);
        Assert.Equal(1, r.UndefinedCount);
        // Bonferroni over the 21 defined locations only.
        Assert.Equal(Math.Min(1, 21 * r.P[0]), r.PAdjusted[0], 12);
    }
}
