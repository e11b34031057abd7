namespace Geo.Analysis.Weights;

/// <summary>
/// Assembles a <see cref="SpatialWeights"/> in CSR form from per-row entry lists: sorts each row by neighbour index
/// and rejects duplicate entries (scipy.sparse <c>csr_matrix</c> canonical form: sorted indices, no duplicates).
/// </summary>
internal static class WeightsBuilder
{
    /// <summary>Builds CSR weights; <paramref name="rows"/>[i] holds (neighbour, weight) pairs of row i in any order.</summary>
    public static SpatialWeights FromRows(IReadOnlyList<List<(int Neighbour, double Weight)>> rows, WeightsKind kind)
    {
        var n = rows.Count;
        var offsets = new int[n + 1];
        for (var i = 0; i < n; i++) offsets[i + 1] = offsets[i] + rows[i].Count;
        var idx = new int[offsets[n]];
        var values = new double[offsets[n]];
        for (var i = 0; i < n; i++)
        {
            var row = rows[i];
            row.Sort(static (a, b) => a.Neighbour.CompareTo(b.Neighbour));
            var o = offsets[i];
            for (var k = 0; k < row.Count; k++)
            {
                if ((uint)row[k].Neighbour >= (uint)n)
                    throw new ArgumentException($"location {i} has neighbour {row[k].Neighbour}, outside 0..{n - 1}.");
                if (k > 0 && row[k].Neighbour == row[k - 1].Neighbour)
                    throw new ArgumentException($"location {i} lists neighbour {row[k].Neighbour} twice.");
                idx[o + k] = row[k].Neighbour;
                values[o + k] = row[k].Weight;
            }
        }
        return new SpatialWeights(n, offsets, idx, values, kind);
    }

    /// <summary>Binary weights from sorted, duplicate-free neighbour rows given as one flat CSR pair.</summary>
    public static SpatialWeights Binary(int n, int[] offsets, int[] neighbours)
    {
        var values = new double[neighbours.Length];
        Array.Fill(values, 1.0);
        return new SpatialWeights(n, offsets, neighbours, values, WeightsKind.Binary);
    }
}
