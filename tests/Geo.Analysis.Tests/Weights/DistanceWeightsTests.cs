using Geo.Analysis.Weights;

namespace Geo.Analysis.Tests.Weights;

public class DistanceWeightsTests
{
    // esda / libpysal DistanceBand docstring points
    private static readonly (double X, double Y)[] Six = [(10, 10), (20, 10), (40, 10), (15, 20), (30, 20), (30, 30)];

    [Fact]
    public void Band_15_on_the_six_points()
    {
        // by hand: d01 = 10, d03 = d13 = 11.18, d14 = d24 = 14.14, d34 = 15 (exactly: <= keeps it), d45 = 10;
        // all other pairs > 15 (d35 = 18.03, d12 = 20, ...)
        var w = DistanceWeights.Band(Six, 15);
        int[][] expected = [[1, 3], [0, 3, 4], [4], [0, 1, 4], [1, 2, 3, 5], [4]];
        for (var i = 0; i < 6; i++) Assert.Equal(expected[i], w.NeighboursOf(i).ToArray());
        Assert.True(WeightsTransform.IsSymmetric(w));
        Assert.Equal(WeightsKind.Binary, w.Kind);
    }

    [Fact]
    public void Band_below_the_exact_distance_drops_the_pair_and_makes_islands()
    {
        var w = DistanceWeights.Band(Six, 14.9);
        Assert.Equal([1, 2, 5], w.NeighboursOf(4).ToArray()); // d34 = 15 > 14.9 drops 3
        Assert.Empty(DistanceWeights.Band(Six, 5).Neighbours);
        Assert.Equal(6, DistanceWeights.Band(Six, 5).Islands().Count());
    }

    [Fact]
    public void Coincident_points_are_neighbours_at_threshold_zero()
    {
        var w = DistanceWeights.Band([(1, 1), (1, 1), (2, 2)], 0);
        Assert.Equal([1], w.NeighboursOf(0).ToArray());
        Assert.Equal([0], w.NeighboursOf(1).ToArray());
        Assert.Equal([2], w.Islands());
    }

    [Fact]
    public void K_nearest_on_the_six_points_with_ties_by_index()
    {
        // k = 2: p3 is 11.18 from both p0 and p1; p4 is 14.14 from both p1 and p2 -> p1 (lower index) wins
        var w = DistanceWeights.KNearest(Six, 2);
        int[][] expected = [[1, 3], [0, 3], [1, 4], [0, 1], [1, 5], [3, 4]];
        for (var i = 0; i < 6; i++) Assert.Equal(expected[i], w.NeighboursOf(i).ToArray());
        Assert.False(WeightsTransform.IsStructurallySymmetric(w));
        var k1 = DistanceWeights.KNearest(Six, 1);
        Assert.Equal([0], k1.NeighboursOf(3).ToArray());
        Assert.Equal([5], k1.NeighboursOf(4).ToArray());
        Assert.Throws<ArgumentOutOfRangeException>(() => DistanceWeights.KNearest(Six, 6));
        Assert.Throws<ArgumentOutOfRangeException>(() => DistanceWeights.KNearest(Six, 0));
    }

    [Fact]
    public void Band_and_knn_match_brute_force_on_random_clustered_points()
    {
        var rng = new Random(11);
        var pts = Enumerable.Range(0, 600).Select(i => i % 3 == 0
            ? (X: 6_500_000 + rng.NextDouble() * 50, Y: 650_000 + rng.NextDouble() * 50)          // dense cluster
            : (X: 6_500_000 + rng.NextDouble() * 5000, Y: 650_000 + rng.NextDouble() * 3000)).ToArray();
        pts[5] = pts[7]; // a duplicate
        double D2(int i, int j) => (pts[i].X - pts[j].X) * (pts[i].X - pts[j].X) + (pts[i].Y - pts[j].Y) * (pts[i].Y - pts[j].Y);

        foreach (var t in new[] { 3.0, 120.0, 900.0 })
        {
            var w = DistanceWeights.Band(pts, t);
            for (var i = 0; i < pts.Length; i++)
                Assert.Equal(Enumerable.Range(0, pts.Length).Where(j => j != i && D2(i, j) <= t * t), w.NeighboursOf(i).ToArray());
        }
        foreach (var k in new[] { 1, 4, 30 })
        {
            var w = DistanceWeights.KNearest(pts, k);
            for (var i = 0; i < pts.Length; i++)
            {
                var brute = Enumerable.Range(0, pts.Length).Where(j => j != i).OrderBy(j => D2(i, j)).ThenBy(j => j).Take(k).Order();
                Assert.Equal(brute, w.NeighboursOf(i).ToArray());
            }
        }
    }
}
