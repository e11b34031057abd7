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
        var vertexOwners = new Dictionary<(double, double), List<int>>();
        var edgeOwners = rule == ContiguityRule.Rook ? new Dictionary<((double, double), (double, double)), List<int>>() : null;
        for (var p = 0; p < n; p++)
        {
            var g = polygons[p] ?? throw new ArgumentException($"polygon {p} is null.", nameof(polygons));
            if (g.IsEmpty) continue;
            if (g is not (Polygon or MultiPolygon))
                throw new ArgumentException($"geometry {p} is a {g.GeometryType}, not a Polygon or MultiPolygon.", nameof(polygons));
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
