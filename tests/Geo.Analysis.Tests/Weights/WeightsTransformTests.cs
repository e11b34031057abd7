using Geo.Analysis.Weights;

namespace Geo.Analysis.Tests.Weights;

public class WeightsTransformTests
{
    // 0-1, 0-2, 1-2 triangle plus 3 - 0, and island 4
    private static SpatialWeights Sample() => SpatialWeights.FromNeighbours([[1, 2, 3], [0, 2], [0, 1], [0], []]);

    [Fact]
    public void Row_standardised_rows_sum_to_one_and_islands_stay_empty()
    {
        var r = WeightsTransform.RowStandardise(Sample());
        Assert.Equal(WeightsKind.RowStandardised, r.Kind);
        for (var i = 0; i < 4; i++) Assert.Equal(1.0, r.WeightsOf(i).ToArray().Sum(), 12);
        Assert.Equal([1 / 3.0, 1 / 3.0, 1 / 3.0], r.WeightsOf(0).ToArray());
        Assert.Equal(0, r.Cardinality(4));
        Assert.Equal([4], r.Islands());
        Assert.False(WeightsTransform.IsSymmetric(r)); // 1/3 vs 1/2
        Assert.True(WeightsTransform.IsStructurallySymmetric(r));
    }

    [Fact]
    public void Binary_restores_ones()
    {
        var b = WeightsTransform.Binary(WeightsTransform.RowStandardise(Sample()));
        Assert.Equal(WeightsKind.Binary, b.Kind);
        Assert.All(b.Values, v => Assert.Equal(1.0, v));
        Assert.Equal(Sample().Neighbours, b.Neighbours);
    }

    [Fact]
    public void With_self_adds_the_diagonal_in_order()
    {
        var s = WeightsTransform.WithSelf(Sample());
        Assert.Equal(WeightsKind.Binary, s.Kind);
        Assert.Equal([0, 1, 2, 3], s.NeighboursOf(0).ToArray());
        Assert.Equal([0, 1, 2], s.NeighboursOf(1).ToArray());
        Assert.Equal([0, 3], s.NeighboursOf(3).ToArray());
        Assert.Equal([4], s.NeighboursOf(4).ToArray());
        Assert.Empty(s.Islands());
        Assert.Equal(Sample().NonZero + 5, s.NonZero);

        var half = WeightsTransform.WithSelf(Sample(), 0.5);
        Assert.Equal(WeightsKind.General, half.Kind);
        Assert.Equal([1.0, 0.5, 1.0], half.WeightsOf(1).ToArray());
        Assert.Throws<ArgumentException>(() => WeightsTransform.WithSelf(s));
    }

    [Fact]
    public void Symmetry_checks_and_symmetrise()
    {
        var asym = SpatialWeights.FromNeighbours([[1], [2], [1]]);
        Assert.False(WeightsTransform.IsStructurallySymmetric(asym));
        Assert.Equal((0, 1), WeightsTransform.FirstAsymmetry(asym));
        var sym = WeightsTransform.SymmetriseBinary(asym);
        Assert.Equal([1], sym.NeighboursOf(0).ToArray());
        Assert.Equal([0, 2], sym.NeighboursOf(1).ToArray());
        Assert.True(WeightsTransform.IsSymmetric(sym));
        Assert.True(WeightsTransform.IsSymmetric(Sample()));
    }
}
