namespace Geo.Analysis.Weights;

/// <summary>
/// Distance-based binary weights of points in a projected (Euclidean) coordinate system (sources: libpysal
/// <c>DistanceBand</c> with <c>binary=True</c> and <c>KNN</c>; spdep <c>dnearneigh</c> / <c>knearneigh</c>).
/// Searches use a uniform grid bucket index (<see cref="PointBuckets"/>), O(n) expected for evenly spread points.
/// </summary>
public static class DistanceWeights
{
    /// <summary>
    /// j is a neighbour of i when 0 &lt; |i − j| and dist(i, j) ≤ <paramref name="threshold"/> (coincident points are
    /// neighbours at distance 0). Symmetric; points with no other point within the threshold are islands.
    /// </summary>
    public static SpatialWeights Band(IReadOnlyList<(double X, double Y)> points, double threshold)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (!(threshold >= 0) || !double.IsFinite(threshold)) throw new ArgumentOutOfRangeException(nameof(threshold), "threshold must be finite and >= 0.");
        var n = points.Count;
        // cells a hair wider than the threshold, so rounding in (x - minX) / size never puts a neighbour two cells away
        var buckets = new PointBuckets(points, threshold * (1 + 1e-9));
        var reach = (int)Math.Ceiling(threshold / buckets.CellSize); // 1 unless the bucket size was enlarged
        var t2 = threshold * threshold;
        var offsets = new int[n + 1];
        var idx = new List<int>();
        var row = new List<int>();
        for (var i = 0; i < n; i++)
        {
            var (x, y) = points[i];
            int c0 = buckets.Column(x), r0 = buckets.Row(y);
            row.Clear();
            for (var r = r0 - reach; r <= r0 + reach; r++)
                for (var c = c0 - reach; c <= c0 + reach; c++)
                    foreach (var j in buckets.Cell(c, r))
                    {
                        if (j == i) continue;
                        var dx = points[j].X - x;
                        var dy = points[j].Y - y;
                        if (dx * dx + dy * dy <= t2) row.Add(j);
                    }
            row.Sort();
            idx.AddRange(row);
            offsets[i + 1] = idx.Count;
        }
        return WeightsBuilder.Binary(n, offsets, idx.ToArray());
    }

    /// <summary>
    /// The <paramref name="k"/> nearest other points of each point (self excluded); among equally distant points the
    /// lower index wins. Asymmetric in general (see <see cref="WeightsTransform.SymmetriseBinary"/>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">k &lt; 1 or k ≥ n.</exception>
    public static SpatialWeights KNearest(IReadOnlyList<(double X, double Y)> points, int k)
    {
        ArgumentNullException.ThrowIfNull(points);
        var n = points.Count;
        if (k < 1 || k >= n) throw new ArgumentOutOfRangeException(nameof(k), $"k must be in 1..{n - 1} for {n} points, not {k}.");
        var buckets = new PointBuckets(points, 0);
        var offsets = new int[n + 1];
        var idx = new int[(long)n * k];
        var candidates = new List<(double D2, int J)>();
        var maxRing = Math.Max(buckets.Columns, buckets.Rows);
        for (var i = 0; i < n; i++)
        {
            var (x, y) = points[i];
            int c0 = buckets.Column(x), r0 = buckets.Row(y);
            candidates.Clear();
            for (var ring = 0; ring <= maxRing; ring++)
            {
                for (var r = r0 - ring; r <= r0 + ring; r++)
                {
                    var edgeRow = r == r0 - ring || r == r0 + ring;
                    for (var c = c0 - ring; c <= c0 + ring; c += edgeRow || ring == 0 ? 1 : 2 * ring)
                        foreach (var j in buckets.Cell(c, r))
                        {
                            if (j == i) continue;
                            var dx = points[j].X - x;
                            var dy = points[j].Y - y;
                            candidates.Add((dx * dx + dy * dy, j));
                        }
                }
                if (candidates.Count < k) continue;
                candidates.Sort();
                // every unvisited point lies at least ring * cellSize away; strict '<' keeps ties complete
                var bound = ring * buckets.CellSize;
                if (candidates[k - 1].D2 < bound * bound) break;
            }
            candidates.Sort(); // (distance², index): ties broken by index
            var o = i * k;
            for (var m = 0; m < k; m++) idx[o + m] = candidates[m].J;
            Array.Sort(idx, o, k);
            offsets[i + 1] = o + k;
        }
        return WeightsBuilder.Binary(n, offsets, idx);
    }
}
