namespace Geo.Analysis.Weights;

/// <summary>
/// A sparse spatial weights matrix W in compressed sparse row form: the neighbours of location i are
/// <c>Neighbours[Offsets[i]..Offsets[i+1]]</c> with weights <c>Values[...]</c> (ascending neighbour index within a row).
/// Immutable. A self weight w_ii appears as an ordinary entry when present (Gi* "with self").
/// </summary>
public sealed class SpatialWeights
{
    public SpatialWeights(int count, int[] offsets, int[] neighbours, double[] values, WeightsKind kind = WeightsKind.Binary)
    {
        if (offsets.Length != count + 1) throw new ArgumentException($"offsets must have {count + 1} entries, not {offsets.Length}.");
        if (neighbours.Length != values.Length || offsets[count] != neighbours.Length)
            throw new ArgumentException("neighbours and values must have offsets[count] entries.");
        Count = count;
        Offsets = offsets;
        Neighbours = neighbours;
        Values = values;
        Kind = kind;
    }

    /// <summary>Number of locations n.</summary>
    public int Count { get; }
    public int[] Offsets { get; }
    public int[] Neighbours { get; }
    public double[] Values { get; }
    public WeightsKind Kind { get; }

    /// <summary>Number of non-zero weights.</summary>
    public int NonZero => Neighbours.Length;

    public ReadOnlySpan<int> NeighboursOf(int i) => Neighbours.AsSpan(Offsets[i], Offsets[i + 1] - Offsets[i]);

    public ReadOnlySpan<double> WeightsOf(int i) => Values.AsSpan(Offsets[i], Offsets[i + 1] - Offsets[i]);

    public int Cardinality(int i) => Offsets[i + 1] - Offsets[i];

    /// <summary>Locations without any neighbour (islands), which local statistics report as not computable.</summary>
    public IEnumerable<int> Islands()
    {
        for (var i = 0; i < Count; i++)
            if (Offsets[i + 1] == Offsets[i]) yield return i;
    }

    /// <summary>Builds from adjacency lists (each list sorted and de-duplicated here), binary weights 1.</summary>
    public static SpatialWeights FromNeighbours(IReadOnlyList<IReadOnlyCollection<int>> neighbours)
    {
        var n = neighbours.Count;
        var offsets = new int[n + 1];
        for (var i = 0; i < n; i++) offsets[i + 1] = offsets[i] + neighbours[i].Distinct().Count();
        var idx = new int[offsets[n]];
        for (var i = 0; i < n; i++)
        {
            var sorted = neighbours[i].Distinct().Order().ToArray();
            foreach (var j in sorted)
                if ((uint)j >= (uint)n) throw new ArgumentException($"location {i} has neighbour {j}, outside 0..{n - 1}.");
            sorted.CopyTo(idx, offsets[i]);
        }
        var values = new double[idx.Length];
        Array.Fill(values, 1.0);
        return new SpatialWeights(n, offsets, idx, values, WeightsKind.Binary);
    }
}
