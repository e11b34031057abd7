using Geo.Analysis.Density;
using NetTopologySuite.Geometries;

namespace Geo.Analysis.Tests.Density;

public class DensityGridPlanTests
{
    [Fact]
    public void Given_size_aligns_cells_to_multiples_and_covers_the_extent()
    {
        var (grid, rule) = DensityGridPlan.Cover(new Envelope(1030, 2990, 2010, 2400), bandwidth: 300, cellSize: 100, area: 1e6, events: 10);
        Assert.Equal(1000, grid.MinX);
        Assert.Equal(2000, grid.MinY);
        Assert.Equal(20, grid.Columns); // 1000..3000
        Assert.Equal(4, grid.Rows);     // 2000..2400
        Assert.Contains("given", rule);
    }

    [Fact]
    public void Automatic_size_follows_the_events_rule_unless_the_bandwidth_is_finer()
    {
        // 10 km x 10 km with 500 events: sqrt(5 * 1e8 / 500) = 1000 m by the events rule.
        var extent = new Envelope(0, 10_000, 0, 10_000);
        var (wide, wideRule) = DensityGridPlan.Cover(extent, bandwidth: 8000, cellSize: null, area: 1e8, events: 500);
        Assert.Equal(1000, wide.CellSize);
        Assert.DoesNotContain("reduced", wideRule);
        // A 1 km bandwidth: a quarter is 250 m, finer than 1000 m, so the cells shrink and the rule says why.
        var (fine, fineRule) = DensityGridPlan.Cover(extent, bandwidth: 1000, cellSize: null, area: 1e8, events: 500);
        Assert.Equal(250, fine.CellSize);
        Assert.Contains("reduced to 250 m", fineRule);
        Assert.Equal(40, fine.Columns);
    }

    [Fact]
    public void Oversized_grids_and_bad_sizes_are_refused()
    {
        var extent = new Envelope(0, 1_000_000, 0, 1_000_000);
        Assert.Throws<ArgumentException>(() => DensityGridPlan.Cover(extent, 500, 10, 1e12, 100));
        Assert.Throws<ArgumentOutOfRangeException>(() => DensityGridPlan.Cover(extent, 500, -1, 1e12, 100));
        Assert.Throws<ArgumentOutOfRangeException>(() => DensityGridPlan.Cover(extent, 0, 100, 1e12, 100));
    }
}
