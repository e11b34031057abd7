using System.Collections;
using NetTopologySuite.Geometries;

namespace Geo.Analysis.Grids;

/// <summary>
/// The clipped cell polygons of a <see cref="HotspotGrid"/>: whole cells are stored; a cut cell's polygon (its
/// intersection with the part of the boundary near it) is computed on first access and kept (thread-safe), so building a
/// grid whose polygons are never written costs no overlay.
/// </summary>
internal sealed class CellPolygonList : IReadOnlyList<Geometry>
{
    private readonly GridClipper _clipper;
    private readonly Geometry?[] _polygons;
    private readonly (int Column, int Row)[] _cells;

    public CellPolygonList(GridClipper clipper, Geometry?[] polygons, (int Column, int Row)[] cells)
    {
        _clipper = clipper;
        _polygons = polygons;
        _cells = cells;
    }

    public Geometry this[int index]
    {
        get
        {
            if (_polygons[index] is { } done) return done;
            var (c, r) = _cells[index];
            var polygon = _clipper.Materialise(c, r);
            return Interlocked.CompareExchange(ref _polygons[index], polygon, null) ?? polygon;
        }
    }

    public int Count => _polygons.Length;

    public IEnumerator<Geometry> GetEnumerator()
    {
        for (var i = 0; i < _polygons.Length; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
