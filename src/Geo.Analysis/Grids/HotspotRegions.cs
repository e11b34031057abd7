namespace Geo.Analysis.Grids;

/// <summary>
/// Hotspots as connected groups of hot cells: the connected components of the hot cells under queen contiguity on the
/// square lattice (cells whose column and row each differ by at most 1 are neighbours, so cells touching at a corner
/// join), as sfhotspot and ArcGIS treat adjacent significant cells as one hot spot area.
/// </summary>
public static class HotspotRegions
{
    /// <summary>Labels the components (breadth-first search over a lookup of the cells by column and row).</summary>
    /// <param name="cells">Column and row of each cell (e.g. <see cref="HotspotGrid"/>'s cells).</param>
    /// <param name="hot">True for a hot cell (e.g. a significant Gi* hot spot).</param>
    /// <param name="counts">Events per cell, for ordering the regions.</param>
    /// <exception cref="ArgumentException">The inputs differ in length or a cell is listed twice.</exception>
    public static HotspotRegionsResult Find(IReadOnlyList<(int Column, int Row)> cells, ReadOnlySpan<bool> hot, ReadOnlySpan<double> counts)
    {
        var n = cells.Count;
        if (hot.Length != n || counts.Length != n)
            throw new ArgumentException($"cells ({n}), hot flags ({hot.Length}) and counts ({counts.Length}) differ in length.");
        var index = new Dictionary<(int, int), int>();
        for (var i = 0; i < n; i++)
            if (hot[i] && !index.TryAdd(cells[i], i)) throw new ArgumentException($"cell ({cells[i].Column}, {cells[i].Row}) is listed twice.");
        var label = new int[n];
        Array.Fill(label, -1);
        var components = new List<(int[] Cells, double Total)>();
        var queue = new Queue<int>();
        for (var i = 0; i < n; i++)
        {
            if (!hot[i] || label[i] >= 0) continue;
            var id = components.Count;
            var members = new List<int>();
            label[i] = id;
            queue.Enqueue(i);
            while (queue.Count > 0)
            {
                var c = queue.Dequeue();
                members.Add(c);
                var (col, row) = cells[c];
                for (var dc = -1; dc <= 1; dc++)
                for (var dr = -1; dr <= 1; dr++)
                {
                    if ((dc | dr) == 0 || !index.TryGetValue((col + dc, row + dr), out var j) || label[j] >= 0) continue;
                    label[j] = id;
                    queue.Enqueue(j);
                }
            }
            members.Sort();
            double total = 0;
            foreach (var m in members) total += counts[m];
            components.Add((members.ToArray(), total));
        }
        // Components were found in order of their smallest cell index, so a stable sort by total keeps that as the tie rule.
        var order = Enumerable.Range(0, components.Count).OrderByDescending(k => components[k].Total).ToArray();
        var regions = new int[order.Length][];
        var regionOfCell = new int[n];
        Array.Fill(regionOfCell, -1);
        for (var r = 0; r < order.Length; r++)
        {
            regions[r] = components[order[r]].Cells;
            foreach (var c in regions[r]) regionOfCell[c] = r;
        }
        return new HotspotRegionsResult(regionOfCell, regions);
    }
}
