using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace Geo.Analysis.Grids;

/// <summary>Counts events per area (e.g. districts or DeSO zones) with an STR-tree of envelopes and indexed point-in-polygon tests.</summary>
public static class AreaCounts
{
    /// <summary>
    /// Sums the weight (1 when <paramref name="weight"/> is empty) of the points per area. A point is assigned to the
    /// lowest-index area whose closure (interior or boundary) contains it, so a point on an edge shared by several
    /// areas is counted once, in the first of them; points in no area are summed separately.
    /// </summary>
    public static CountResult Count(IReadOnlyList<Geometry> areas, ReadOnlySpan<double> x, ReadOnlySpan<double> y, ReadOnlySpan<double> weight = default)
    {
        if (!weight.IsEmpty && weight.Length != x.Length) throw new ArgumentException($"weight has {weight.Length} values, the points {x.Length}.", nameof(weight));
        var index = Locate(areas, x, y);
        var counts = new double[areas.Count];
        double outsideWeight = 0;
        var outside = 0;
        for (var k = 0; k < index.Length; k++)
        {
            var w = weight.IsEmpty ? 1.0 : weight[k];
            if (index[k] >= 0) counts[index[k]] += w;
            else
            {
                outsideWeight += w;
                outside++;
            }
        }
        return new CountResult(counts, outsideWeight, outside);
    }

    /// <summary>
    /// The area of each point: the lowest-index area whose closure contains it (as <see cref="Count"/> assigns it), or −1
    /// when no area does or a coordinate is NaN (a point without location).
    /// </summary>
    public static int[] Locate(IReadOnlyList<Geometry> areas, ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        ArgumentNullException.ThrowIfNull(areas);
        if (x.Length != y.Length) throw new ArgumentException($"x has {x.Length} values, y {y.Length}.");
        var tree = new STRtree<int>();
        var locators = new IPointOnGeometryLocator[areas.Count];
        for (var i = 0; i < areas.Count; i++)
        {
            locators[i] = new IndexedPointInAreaLocator(areas[i]);
            if (!areas[i].IsEmpty) tree.Insert(areas[i].EnvelopeInternal, i);
        }
        tree.Build();
        var index = new int[x.Length];
        var candidates = new List<int>();
        for (var k = 0; k < x.Length; k++)
        {
            index[k] = -1;
            if (double.IsNaN(x[k]) || double.IsNaN(y[k])) continue;
            var p = new Coordinate(x[k], y[k]);
            candidates.Clear();
            candidates.AddRange(tree.Query(new Envelope(p)));
            candidates.Sort();
            foreach (var i in candidates)
                if (locators[i].Locate(p) != Location.Exterior) { index[k] = i; break; }
        }
        return index;
    }
}
