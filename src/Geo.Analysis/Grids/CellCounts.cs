namespace Geo.Analysis.Grids;

/// <summary>Counts events per cell of a <see cref="HotspotGrid"/> (sfhotspot <c>hotspot_count</c>, optionally weighted, e.g. by a crime-harm index).</summary>
public static class CellCounts
{
    /// <summary>
    /// Sums the weight (1 when <paramref name="weight"/> is empty) of the points (x, y) per cell located with
    /// <see cref="HotspotGrid.Locate"/>; points outside the boundary or the grid are summed separately.
    /// </summary>
    public static CountResult Count(HotspotGrid grid, ReadOnlySpan<double> x, ReadOnlySpan<double> y, ReadOnlySpan<double> weight = default)
    {
        ArgumentNullException.ThrowIfNull(grid);
        if (x.Length != y.Length) throw new ArgumentException($"x has {x.Length} values, y {y.Length}.");
        if (!weight.IsEmpty && weight.Length != x.Length) throw new ArgumentException($"weight has {weight.Length} values, the points {x.Length}.", nameof(weight));
        var counts = new double[grid.Count];
        double outsideWeight = 0;
        var outside = 0;
        for (var i = 0; i < x.Length; i++)
        {
            var w = weight.IsEmpty ? 1.0 : weight[i];
            var cell = grid.Locate(x[i], y[i]);
            if (cell >= 0) counts[cell] += w;
            else
            {
                outsideWeight += w;
                outside++;
            }
        }
        return new CountResult(counts, outsideWeight, outside);
    }

    /// <summary>The cell of each point (−1 where the point is outside every cell), for space-time cubes and per-cell lists.</summary>
    public static int[] Locate(HotspotGrid grid, ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        ArgumentNullException.ThrowIfNull(grid);
        if (x.Length != y.Length) throw new ArgumentException($"x has {x.Length} values, y {y.Length}.");
        var cells = new int[x.Length];
        for (var i = 0; i < x.Length; i++) cells[i] = grid.Locate(x[i], y[i]);
        return cells;
    }
}
