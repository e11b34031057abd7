using Geo.Analysis.Grids;

namespace Geo.Analysis.Tests.Grids;

public class HotspotRegionsTests
{
    [Fact]
    public void L_shape_diagonal_pair_and_single_cell_are_three_regions_ordered_by_count()
    {
        // A 6 × 5 lattice, cell index = row · 6 + column.
        var cells = new List<(int Column, int Row)>();
        for (var row = 0; row < 5; row++) for (var col = 0; col < 6; col++) cells.Add((col, row));
        var hot = new bool[30];
        var counts = new double[30];
        void Hot(int c, int r, double n) { hot[r * 6 + c] = true; counts[r * 6 + c] = n; }
        Hot(0, 0, 1); Hot(0, 1, 1); Hot(0, 2, 1); Hot(1, 0, 1); // L shape, total 4, smallest index 0
        Hot(3, 3, 3); Hot(4, 4, 3);                             // touch at a corner only: queen joins them, total 6
        Hot(5, 0, 4);                                           // single cell, total 4, index 5
        counts[2] = 50;                                         // a cold cell's count never counts

        var r = HotspotRegions.Find(cells, hot, counts);
        Assert.Equal(3, r.Regions.Count);
        Assert.Equal(new[] { 21, 28 }, r.Regions[0]);
        Assert.Equal(new[] { 0, 1, 6, 12 }, r.Regions[1]); // tie of 4 with the single cell: smallest index first
        Assert.Equal(new[] { 5 }, r.Regions[2]);
        Assert.Equal(0, r.RegionOfCell[28]);
        Assert.Equal(1, r.RegionOfCell[12]);
        Assert.Equal(2, r.RegionOfCell[5]);
        Assert.Equal(-1, r.RegionOfCell[2]);
        Assert.Equal(23, r.RegionOfCell.Count(v => v < 0));
    }

    [Fact]
    public void Cells_of_a_clipped_grid_join_by_column_and_row_not_by_index()
    {
        // Only four cells exist; (2, 0) and (3, 1) touch at a corner, (7, 7) is far away.
        (int, int)[] cells = [(7, 7), (2, 0), (3, 1), (5, 0)];
        var r = HotspotRegions.Find(cells, [true, true, true, false], [1, 1, 1, 1]);
        Assert.Equal(new[] { 1, 2 }, r.Regions[0]);
        Assert.Equal(new[] { 0 }, r.Regions[1]);
        Assert.Equal(new[] { 1, 0, 0, -1 }, r.RegionOfCell);
    }
}
