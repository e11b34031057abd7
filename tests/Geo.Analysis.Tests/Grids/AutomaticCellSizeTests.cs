using Geo.Analysis.Grids;

namespace Geo.Analysis.Tests.Grids;

/// <summary>The lägesbild runs' automatic cell size: the smallest nice size with at least 4 events per occupied cell.</summary>
public class AutomaticCellSizeTests
{
    [Fact]
    public void An_even_lattice_of_one_event_per_100_m_gets_200_m_cells_with_four_each()
    {
        // 30 × 30 events at the centres of a 100 m lattice: 1 per 100 m cell, about 1.6 per 125 m cell, 4 per 200 m cell.
        var x = new List<double>();
        var y = new List<double>();
        for (var i = 0; i < 30; i++)
            for (var j = 0; j < 30; j++) { x.Add(800_050 + 100 * i); y.Add(7_200_050 + 100 * j); }
        var (size, rule) = AutomaticCellSize.ChooseForPlaces(x.ToArray(), y.ToArray());
        Assert.Equal(200, size);
        Assert.Contains("225 cells", rule);
        Assert.Contains("4.0 on average", rule);
    }

    [Fact]
    public void Tight_clusters_far_apart_get_the_smallest_size_whatever_the_empty_land_between_them()
    {
        // 50 clusters of 5 events within 10 m, 5 km apart: every occupied 100 m cell holds 5 (the whole-area rule would
        // ask for cells of sqrt(5 · 250 km² / 250) ≈ 2.2 km).
        var x = new List<double>();
        var y = new List<double>();
        for (var c = 0; c < 50; c++)
            for (var k = 0; k < 5; k++) { x.Add(800_020 + 5000 * (c % 10) + 2 * k); y.Add(7_200_020 + 5000 * (c / 10) + k); }
        Assert.Equal(100, AutomaticCellSize.ChooseForPlaces(x.ToArray(), y.ToArray()).Size);
    }

    [Fact]
    public void Scattered_single_events_get_the_largest_size_and_no_events_no_size()
    {
        var x = Enumerable.Range(0, 40).Select(i => 800_000 + 3000.0 * i).ToArray();
        var y = Enumerable.Range(0, 40).Select(i => 7_200_000 + 1700.0 * i).ToArray();
        Assert.Equal(AutomaticCellSize.MaximumSize, AutomaticCellSize.ChooseForPlaces(x, y).Size);
        Assert.True(double.IsNaN(AutomaticCellSize.ChooseForPlaces([], []).Size));
    }
}
