using System.Diagnostics;
using Geo.Analysis.Weights;
using Xunit.Abstractions;

namespace Geo.Analysis.Tests.Weights;

public class GridWeightsTests(ITestOutputHelper output)
{
    [Fact]
    public void Queen_has_8_inside_5_on_edges_3_at_corners()
    {
        var w = GridWeights.Queen(4, 3);
        Assert.Equal(12, w.Count);
        Assert.Equal(3, w.Cardinality(0));
        Assert.Equal(3, w.Cardinality(3));
        Assert.Equal(3, w.Cardinality(8));
        Assert.Equal(3, w.Cardinality(11));
        Assert.Equal(5, w.Cardinality(1));
        Assert.Equal(5, w.Cardinality(4));
        Assert.Equal(8, w.Cardinality(5)); // (1,1)
        Assert.Equal([0, 1, 2, 4, 6, 8, 9, 10], w.NeighboursOf(5).ToArray());
        Assert.True(WeightsTransform.IsSymmetric(w));
        // total: libpysal lat2W(4, 3, rook=False) s0 = 2 * (horizontal 9 + vertical 8 + diagonal 12) = 58
        Assert.Equal(58, w.NonZero);
    }

    [Fact]
    public void Rook_has_4_inside_2_at_corners()
    {
        var w = GridWeights.Rook(4, 3);
        Assert.Equal([1, 4, 6, 9], w.NeighboursOf(5).ToArray());
        Assert.Equal([1, 4], w.NeighboursOf(0).ToArray());
        Assert.Equal(34, w.NonZero); // 2 * (9 + 8)
    }

    [Fact]
    public void Inactive_cells_are_not_locations()
    {
        // 3 x 3 grid with the centre (1,1) and the corner (2,2) outside the study area
        var active = Enumerable.Range(0, 9).Select(i => i != 4 && i != 8).ToArray();
        var w = GridWeights.Queen(3, 3, active);
        Assert.Equal(7, w.Count); // cells 0,1,2,3,5,6,7 -> locations 0..6
        // locations: cell 0->0, 1->1, 2->2, 3->3, 5->4, 6->5, 7->6
        Assert.Equal([1, 3], w.NeighboursOf(0).ToArray());    // cell 0: cells 1, 3 (4 inactive)
        Assert.Equal([1, 2, 6], w.NeighboursOf(4).ToArray()); // cell 5: cells 1, 2, 7 (4, 8 inactive)
        Assert.Equal([3, 6], w.NeighboursOf(5).ToArray());    // cell 6: cells 3, 7
        Assert.Equal([3, 4, 5], w.NeighboursOf(6).ToArray()); // cell 7: cells 3, 5, 6
        Assert.All(w.Neighbours, j => Assert.InRange(j, 0, 6));
    }

    [Fact]
    public void Active_cell_list_numbers_cells_in_list_order()
    {
        // an L: (5,5) (6,5) (5,6) given out of order, global coordinates
        (int, int)[] cells = [(6, 5), (5, 6), (5, 5)];
        var queen = GridWeights.Queen(cells);
        Assert.Equal([1, 2], queen.NeighboursOf(0).ToArray());
        var rook = GridWeights.Rook(cells);
        Assert.Equal([2], rook.NeighboursOf(0).ToArray());
        Assert.Equal([2], rook.NeighboursOf(1).ToArray());
        Assert.Equal([0, 1], rook.NeighboursOf(2).ToArray());
        Assert.Throws<ArgumentException>(() => GridWeights.Rook([(1, 1), (1, 1)]));
    }

    [Fact]
    public void Mask_and_cell_list_agree()
    {
        var rng = new Random(7);
        const int cols = 23, rows = 17;
        var active = Enumerable.Range(0, cols * rows).Select(_ => rng.NextDouble() < 0.7).ToArray();
        var cells = Enumerable.Range(0, cols * rows).Where(i => active[i]).Select(i => (i % cols, i / cols)).ToArray();
        var a = GridWeights.Queen(cols, rows, active);
        var b = GridWeights.Queen(cells);
        Assert.Equal(a.Offsets, b.Offsets);
        Assert.Equal(a.Neighbours, b.Neighbours);
        var h1 = GridWeights.Hexagonal(cols, rows, HexOrientation.FlatTopOddColumnsShifted, active);
        var h2 = GridWeights.Hexagonal(cells, HexOrientation.FlatTopOddColumnsShifted);
        Assert.Equal(h1.Neighbours, h2.Neighbours);
        Assert.True(WeightsTransform.IsSymmetric(h1));
    }

    [Theory]
    [InlineData(HexOrientation.PointyTopOddRowsShifted)]
    [InlineData(HexOrientation.FlatTopOddColumnsShifted)]
    public void Hexagonal_has_6_inside_and_is_symmetric(HexOrientation orientation)
    {
        var w = GridWeights.Hexagonal(6, 6, orientation);
        Assert.True(WeightsTransform.IsSymmetric(w));
        for (var r = 1; r < 5; r++)
            for (var c = 1; c < 5; c++)
                Assert.Equal(6, w.Cardinality(r * 6 + c));
    }

    [Fact]
    public void Hexagonal_pointy_top_offsets()
    {
        var w = GridWeights.Hexagonal(4, 4, HexOrientation.PointyTopOddRowsShifted);
        // even row 2, column 1 (index 9): (0,1) (1,1) (0,2) (2,2) (0,3) (1,3)
        Assert.Equal([4, 5, 8, 10, 12, 13], w.NeighboursOf(9).ToArray());
        // odd row 1, column 1 (index 5): (1,0) (2,0) (0,1) (2,1) (1,2) (2,2)
        Assert.Equal([1, 2, 4, 6, 9, 10], w.NeighboursOf(5).ToArray());
        var f = GridWeights.Hexagonal(4, 4, HexOrientation.FlatTopOddColumnsShifted);
        // odd column 1, row 1 (index 5): (1,0) (0,1) (2,1) (0,2) (1,2) (2,2)
        Assert.Equal([1, 4, 6, 8, 9, 10], f.NeighboursOf(5).ToArray());
    }

    [Fact]
    public void Hundred_thousand_cell_queen_grid()
    {
        GridWeights.Queen(10, 10); // warm up
        var sw = Stopwatch.StartNew();
        var w = GridWeights.Queen(400, 250);
        sw.Stop();
        output.WriteLine($"GridWeights.Queen(400, 250): {w.Count} cells, {w.NonZero} weights in {sw.Elapsed.TotalMilliseconds:F1} ms (first call)");
        sw.Restart();
        var again = GridWeights.Queen(400, 250);
        sw.Stop();
        output.WriteLine($"GridWeights.Queen(400, 250): again in {sw.Elapsed.TotalMilliseconds:F1} ms");
        Assert.Equal(w.Neighbours, again.Neighbours);
        Assert.Equal(100_000, w.Count);
        // 8 per interior cell, 5 per edge cell, 3 per corner
        Assert.Equal(398 * 248 * 8 + 2 * (398 + 248) * 5 + 4 * 3, w.NonZero);
    }
}
