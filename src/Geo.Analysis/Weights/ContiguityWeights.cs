using NetTopologySuite.Geometries;

namespace Geo.Analysis.Weights;

/// <summary>
/// Polygon contiguity weights (binary). Source: libpysal <c>weights/_contW_lists.py</c> (<c>ContiguityWeightsLists</c>:
/// queen = polygons sharing a vertex, rook = polygons sharing an edge, found by hashing vertices / edges) and GeoDa's
/// contiguity builder; spdep <c>poly2nb</c> is the same rule with a snap distance.
/// </summary>
/// <remarks>
/// Vertices are compared by exact coordinate equality, or — with <c>snapTolerance</c> &gt; 0 — after snapping each
/// coordinate to the grid <c>round(x / tolerance)</c> (so points closer than the tolerance usually, but not always when
/// they straddle a grid line, coincide). Like libpysal and GeoDa, the coverage is expected to be noded: a vertex of
/// one polygon lying in the interior of another's edge without a matching vertex does not make them queen neighbours.
/// Every shared vertex is found in one pass over a hash of all vertices, O(V) for V vertices in total, so no spatial
/// index over envelopes is needed. Rook: pairs sharing a hashed edge; a pair sharing at least two vertices but no
/// identical edge (an edge split by an extra vertex on one side) is decided by the DE-9IM boundary/boundary
/// intersection dimension (NetTopologySuite <c>Relate</c>): a curve means a shared edge of positive length.
/// </remarks>
public static class ContiguityWeights
{
    /// <summary>Binary contiguity weights of polygons (Polygon or MultiPolygon; an empty geometry is an island).</summary>
    /// <exception cref="ArgumentException">A geometry is neither polygonal nor empty, or the tolerance is negative.</exception>
    public static SpatialWeights FromPolygons(IReadOnlyList<Geometry> polygons, ContiguityRule rule, double snapTolerance = 0)
    {
        ArgumentNullException.ThrowIfNull(polygons);
        if (!(snapTolerance >= 0) || double.IsInfinity(snapTolerance))
            throw new ArgumentOutOfRangeException(nameof(snapTolerance), "snap tolerance must be finite and >= 0.");
        var n = polygons.Count;
        if (rule == ContiguityRule.Queen) return Queen(polygons, snapTolerance);
        var vertexOwners = new Dictionary<(double, double), List<int>>();
        var edgeOwners = rule == ContiguityRule.Rook ? new Dictionary<((double, double), (double, double)), List<int>>() : null;
        for (var p = 0; p < n; p++)
        {
            var g = PolygonAt(polygons, p);
            if (g.IsEmpty) continue;
            for (var c = 0; c < g.NumGeometries; c++)
            {
                var poly = (Polygon)g.GetGeometryN(c);
                AddRing(poly.ExteriorRing, p, snapTolerance, vertexOwners, edgeOwners);
                foreach (var hole in poly.InteriorRings) AddRing(hole, p, snapTolerance, vertexOwners, edgeOwners);
            }
        }

        var pairs = new HashSet<(int, int)>();
        if (rule == ContiguityRule.Queen)
        {
            foreach (var owners in vertexOwners.Values) AddPairs(owners, pairs);
        }
        else
        {
            foreach (var owners in edgeOwners!.Values) AddPairs(owners, pairs);
            // Candidates sharing >= 2 vertices but no identical edge: decide by the boundary intersection dimension.
            var shared = new Dictionary<(int, int), int>();
            foreach (var owners in vertexOwners.Values)
                for (var a = 0; a < owners.Count; a++)
                    for (var b = a + 1; b < owners.Count; b++)
                    {
                        var key = Order(owners[a], owners[b]);
                        shared[key] = shared.GetValueOrDefault(key) + 1;
                    }
            foreach (var (key, count) in shared)
            {
                if (count < 2 || pairs.Contains(key)) continue;
                var m = polygons[key.Item1].Relate(polygons[key.Item2]);
                if (m.Get(Location.Boundary, Location.Boundary) == Dimension.Curve) pairs.Add(key);
            }
        }

        var rows = new List<int>[n];
        for (var i = 0; i < n; i++) rows[i] = [];
        foreach (var (a, b) in pairs)
        {
            rows[a].Add(b);
            rows[b].Add(a);
        }
        return SpatialWeights.FromNeighbours(rows);
    }

    /// <summary>Polygon <paramref name="p"/>: a Polygon or MultiPolygon (possibly empty), else an argument error.</summary>
    private static Geometry PolygonAt(IReadOnlyList<Geometry> polygons, int p)
    {
        var g = polygons[p] ?? throw new ArgumentException($"polygon {p} is null.", nameof(polygons));
        return g.IsEmpty || g is Polygon or MultiPolygon
            ? g
            : throw new ArgumentException($"geometry {p} is a {g.GeometryType}, not a Polygon or MultiPolygon.", nameof(polygons));
    }

    /// <summary>
    /// Queen contiguity by a vertex hash join without per-vertex lists or a set of pairs: each distinct vertex gets an
    /// id, the (vertex, polygon) incidences are grouped by vertex with a counting sort, and each polygon's neighbours are
    /// collected through its vertices with a stamp array (no duplicates), then sorted into the compressed rows.
    /// </summary>
    private static SpatialWeights Queen(IReadOnlyList<Geometry> polygons, double tol)
    {
        var n = polygons.Count;
        var ids = new Dictionary<(double, double), int>(VertexComparer.Instance);
        var incidenceVertex = new List<int>();
        var polygonStart = new int[n + 1];
        var lastOwner = new List<int>();
        for (var p = 0; p < n; p++)
        {
            polygonStart[p] = incidenceVertex.Count;
            var g = PolygonAt(polygons, p);
            if (g.IsEmpty) continue;
            for (var c = 0; c < g.NumGeometries; c++)
            {
                var poly = (Polygon)g.GetGeometryN(c);
                AddQueenRing(poly.ExteriorRing, p, tol, ids, incidenceVertex, lastOwner);
                foreach (var hole in poly.InteriorRings) AddQueenRing(hole, p, tol, ids, incidenceVertex, lastOwner);
            }
        }
        polygonStart[n] = incidenceVertex.Count;

        // Owners of each vertex (counting sort of the incidences by vertex; owners ascend as polygons were visited in order).
        var vertices = ids.Count;
        var ownerStart = new int[vertices + 1];
        foreach (var v in incidenceVertex) ownerStart[v + 1]++;
        for (var v = 0; v < vertices; v++) ownerStart[v + 1] += ownerStart[v];
        var fill = ownerStart[..vertices];
        var owners = new int[incidenceVertex.Count];
        for (var p = 0; p < n; p++)
            for (var k = polygonStart[p]; k < polygonStart[p + 1]; k++) owners[fill[incidenceVertex[k]]++] = p;

        var stamp = new int[n];
        Array.Fill(stamp, -1);
        var offsets = new int[n + 1];
        var neighbours = new List<int>();
        for (var p = 0; p < n; p++)
        {
            stamp[p] = p;
            var start = neighbours.Count;
            for (var k = polygonStart[p]; k < polygonStart[p + 1]; k++)
            {
                var v = incidenceVertex[k];
                for (var o = ownerStart[v]; o < ownerStart[v + 1]; o++)
                {
                    var q = owners[o];
                    if (stamp[q] == p) continue;
                    stamp[q] = p;
                    neighbours.Add(q);
                }
            }
            neighbours.Sort(start, neighbours.Count - start, null);
            offsets[p + 1] = neighbours.Count;
        }
        var values = new double[neighbours.Count];
        Array.Fill(values, 1.0);
        return new SpatialWeights(n, offsets, [.. neighbours], values, WeightsKind.Binary);
    }

    private static void AddQueenRing(LineString ring, int owner, double tol, Dictionary<(double, double), int> ids,
        List<int> incidenceVertex, List<int> lastOwner)
    {
        var seq = ring.CoordinateSequence;
        for (var k = 0; k < seq.Count; k++)
        {
            var key = Key(seq.GetX(k), seq.GetY(k), tol);
            if (!ids.TryGetValue(key, out var v))
            {
                v = ids.Count;
                ids.Add(key, v);
                lastOwner.Add(-1);
            }
            if (lastOwner[v] == owner) continue; // once per polygon
            lastOwner[v] = owner;
            incidenceVertex.Add(v);
        }
    }

    /// <summary>Exact equality of the (already −0-normalised) key, with a cheap hash of the bits.</summary>
    private sealed class VertexComparer : IEqualityComparer<(double, double)>
    {
        public static readonly VertexComparer Instance = new();

        public bool Equals((double, double) a, (double, double) b) => a.Item1 == b.Item1 && a.Item2 == b.Item2;

        public int GetHashCode((double, double) k)
        {
            var h = (ulong)BitConverter.DoubleToInt64Bits(k.Item1) * 0x9E3779B97F4A7C15UL ^ (ulong)BitConverter.DoubleToInt64Bits(k.Item2);
            h *= 0xBF58476D1CE4E5B9UL;
            return (int)(h ^ (h >> 31));
        }
    }

    private static void AddRing(LineString ring, int owner, double tol, Dictionary<(double, double), List<int>> vertices,
        Dictionary<((double, double), (double, double)), List<int>>? edges)
    {
        var seq = ring.CoordinateSequence;
        var count = seq.Count;
        if (count == 0) return;
        var prev = Key(seq.GetX(0), seq.GetY(0), tol);
        for (var k = 0; k < count; k++)
        {
            var v = Key(seq.GetX(k), seq.GetY(k), tol);
            AddOwner(vertices, v, owner);
            if (edges is not null && k > 0 && v != prev)
                AddOwner(edges, prev.CompareTo(v) < 0 ? (prev, v) : (v, prev), owner);
            prev = v;
        }
    }

    private static (double, double) Key(double x, double y, double tol) =>
        tol > 0 ? (Math.Round(x / tol), Math.Round(y / tol)) : (x == 0 ? 0 : x, y == 0 ? 0 : y); // -0 == +0

    private static void AddOwner<TKey>(Dictionary<TKey, List<int>> map, TKey key, int owner) where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = new List<int>(2);
        if (list.Count == 0 || list[^1] != owner) list.Add(owner); // owners arrive polygon by polygon
    }

    private static void AddPairs(List<int> owners, HashSet<(int, int)> pairs)
    {
        for (var a = 0; a < owners.Count; a++)
            for (var b = a + 1; b < owners.Count; b++)
                pairs.Add(Order(owners[a], owners[b]));
    }

    private static (int, int) Order(int a, int b) => a < b ? (a, b) : (b, a);
}
