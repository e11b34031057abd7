using Geo.Analysis.Inference;
using Geo.Analysis.SpaceTime;
using Geo.Analysis.Tests.Statistics;

namespace Geo.Analysis.Tests.SpaceTime;

/// <summary>Emerging hot spots on degenerate cubes: an island cell and a step without events make no claims.</summary>
public sealed class EmergingDegenerateTests
{
    [Fact]
    public void An_island_is_undefined_and_a_step_without_events_has_no_hot_or_cold_cell()
    {
        // Locations 0-1-2-3 form a chain; 4 has no neighbour (an island of the archipelago). Month 6 has no events.
        var lists = new List<List<int>> { new() { 1 }, new() { 0, 2 }, new() { 1, 3 }, new() { 2 }, new() };
        var w = TestWeights.Binary(TestWeights.WithSelf(lists));
        var rng = new Random(7);
        var cells = new List<int>();
        var times = new List<DateTime>();
        for (var m = 1; m <= 12; m++)
        {
            if (m == 6) continue;
            for (var k = 0; k < 20; k++) { cells.Add(rng.Next(5)); times.Add(new DateTime(2024, m, 1 + rng.Next(28))); }
        }
        var cube = SpaceTimeCube.Build(5, cells.ToArray(), times.ToArray(), TimeStep.Month, new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31));
        var r = EmergingHotspots.Classify(cube, w);

        Assert.Equal(EmergingClass.Undefined, r.Class[4]);
        Assert.Equal("Gi* undefined in every step: no neighbours", r.Undefined[4]);
        Assert.All(Enumerable.Range(0, 4), i => Assert.NotEqual(EmergingClass.Undefined, r.Class[i]));
        Assert.All(Enumerable.Range(0, 4), i => Assert.Null(r.Undefined[i]));
        var empty = r.Steps[5];
        Assert.Equal(5, empty.UndefinedCount);
        Assert.All(empty.Class, c => Assert.Equal(LocalClass.Undefined, c));
        Assert.All(empty.Undefined.Take(4), u => Assert.Equal("zero variance: all 5 values equal 0", u));
        Assert.Equal("no neighbours", empty.Undefined[4]);
    }

    [Fact]
    public void A_constant_z_series_has_no_trend_test()
    {
        // Every step has the same counts everywhere: every cell's Gi* z series is constant.
        var lists = new List<List<int>> { new() { 1 }, new() { 0, 2 }, new() { 1, 3 }, new() { 2 } };
        var w = TestWeights.Binary(TestWeights.WithSelf(lists));
        var cells = new List<int>();
        var times = new List<DateTime>();
        for (var m = 1; m <= 12; m++)
            for (var c = 0; c < 4; c++)
                for (var k = 0; k <= c; k++) { cells.Add(c); times.Add(new DateTime(2024, m, 10)); }
        var cube = SpaceTimeCube.Build(4, cells.ToArray(), times.ToArray(), TimeStep.Month, new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31));
        var r = EmergingHotspots.Classify(cube, w);
        Assert.All(r.Trend, t => Assert.True(double.IsNaN(t.P)));
        Assert.All(r.Trend, t => Assert.False(t.IsSignificant(0.05)));
        Assert.All(r.Class, c => Assert.NotEqual(EmergingClass.Undefined, c));
    }
}
