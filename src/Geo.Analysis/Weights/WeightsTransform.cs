namespace Geo.Analysis.Weights;

/// <summary>
/// Transformations and checks of <see cref="SpatialWeights"/> (sources: libpysal <c>W.transform</c> "r"/"b",
/// spdep <c>nb2listw(style = "W")</c> and <c>include.self</c>, libpysal <c>W.asymmetry</c> / <c>symmetrize</c>).
/// Every transformation returns a new instance; the input is not changed.
/// </summary>
public static class WeightsTransform
{
    /// <summary>Row standardisation w_ij / Σ_j w_ij; rows of islands (no entries) stay empty, and a row summing to 0 is left as it is.</summary>
    public static SpatialWeights RowStandardise(SpatialWeights w)
    {
        ArgumentNullException.ThrowIfNull(w);
        var values = new double[w.Values.Length];
        for (var i = 0; i < w.Count; i++)
        {
            var row = w.WeightsOf(i);
            double sum = 0;
            foreach (var v in row) sum += v;
            var o = w.Offsets[i];
            for (var k = 0; k < row.Length; k++) values[o + k] = sum == 0 ? row[k] : row[k] / sum;
        }
        return new SpatialWeights(w.Count, w.Offsets, w.Neighbours, values, WeightsKind.RowStandardised);
    }

    /// <summary>Binary weights: every stored entry becomes 1 (a stored 0 too: the structure is the neighbour relation).</summary>
    public static SpatialWeights Binary(SpatialWeights w)
    {
        ArgumentNullException.ThrowIfNull(w);
        var values = new double[w.Values.Length];
        Array.Fill(values, 1.0);
        return new SpatialWeights(w.Count, w.Offsets, w.Neighbours, values, WeightsKind.Binary);
    }

    /// <summary>
    /// Adds the self weight w_ii = <paramref name="selfWeight"/> to every location, islands included (spdep
    /// <c>include.self</c>, the Gi* weights). Kind stays <see cref="WeightsKind.Binary"/> for binary input and
    /// <paramref name="selfWeight"/> 1, else becomes <see cref="WeightsKind.General"/> (re-standardise if needed).
    /// </summary>
    /// <exception cref="ArgumentException">A location already has a self weight.</exception>
    public static SpatialWeights WithSelf(SpatialWeights w, double selfWeight = 1)
    {
        ArgumentNullException.ThrowIfNull(w);
        if (!double.IsFinite(selfWeight)) throw new ArgumentOutOfRangeException(nameof(selfWeight), "self weight must be finite.");
        var n = w.Count;
        var offsets = new int[n + 1];
        var idx = new int[w.NonZero + n];
        var values = new double[w.NonZero + n];
        var p = 0;
        for (var i = 0; i < n; i++)
        {
            var nb = w.NeighboursOf(i);
            var wt = w.WeightsOf(i);
            var placed = false;
            for (var k = 0; k < nb.Length; k++)
            {
                if (nb[k] == i) throw new ArgumentException($"location {i} already has a self weight.", nameof(w));
                if (!placed && nb[k] > i)
                {
                    idx[p] = i;
                    values[p++] = selfWeight;
                    placed = true;
                }
                idx[p] = nb[k];
                values[p++] = wt[k];
            }
            if (!placed)
            {
                idx[p] = i;
                values[p++] = selfWeight;
            }
            offsets[i + 1] = p;
        }
        var kind = w.Kind == WeightsKind.Binary && selfWeight == 1 ? WeightsKind.Binary : WeightsKind.General;
        return new SpatialWeights(n, offsets, idx, values, kind);
    }

    /// <summary>True when j is a neighbour of i exactly when i is a neighbour of j (values ignored).</summary>
    public static bool IsStructurallySymmetric(SpatialWeights w) => FirstAsymmetry(w, double.PositiveInfinity) is null;

    /// <summary>True when |w_ij − w_ji| ≤ <paramref name="tolerance"/> for all i, j (a missing entry counts as 0 weight
    /// but also as asymmetric structure when its mirror is stored).</summary>
    public static bool IsSymmetric(SpatialWeights w, double tolerance = 0) => FirstAsymmetry(w, tolerance) is null;

    /// <summary>The first pair (i, j) in row order whose mirror is missing or differs by more than the tolerance, or null.</summary>
    public static (int I, int J)? FirstAsymmetry(SpatialWeights w, double tolerance = 0)
    {
        ArgumentNullException.ThrowIfNull(w);
        for (var i = 0; i < w.Count; i++)
        {
            var nb = w.NeighboursOf(i);
            var wt = w.WeightsOf(i);
            for (var k = 0; k < nb.Length; k++)
            {
                var j = nb[k];
                var m = w.NeighboursOf(j).BinarySearch(i);
                if (m < 0) return (i, j);
                if (!(Math.Abs(w.WeightsOf(j)[m] - wt[k]) <= tolerance)) return (i, j);
            }
        }
        return null;
    }

    /// <summary>Binary union W ∪ Wᵀ: j is a neighbour of i when either lists the other (libpysal <c>symmetrize</c>
    /// on binary kNN weights; spdep <c>make.sym.nb</c>).</summary>
    public static SpatialWeights SymmetriseBinary(SpatialWeights w)
    {
        ArgumentNullException.ThrowIfNull(w);
        var rows = new List<int>[w.Count];
        for (var i = 0; i < w.Count; i++) rows[i] = [.. w.NeighboursOf(i).ToArray()];
        for (var i = 0; i < w.Count; i++)
            foreach (var j in w.NeighboursOf(i))
                if (w.NeighboursOf(j).BinarySearch(i) < 0) rows[j].Add(i);
        return SpatialWeights.FromNeighbours(rows);
    }
}
