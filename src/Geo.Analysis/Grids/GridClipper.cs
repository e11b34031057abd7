using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;

namespace Geo.Analysis.Grids;

/// <summary>
/// Clips the cells of a regular square or hexagonal lattice to a polygonal boundary, in time that grows with the
/// number of cells plus the boundary's vertices times a logarithm, not with their product.
/// </summary>
/// <remarks>
/// <para>1. Every boundary segment marks the lattice cells whose (closed, slightly enlarged) envelope it meets: the
/// lattice itself is the spatial index. A cell no segment reaches lies wholly inside or wholly outside the boundary.</para>
/// <para>2. Unmarked cells are decided by one point-in-polygon test of a centre (<see cref="IndexedPointInAreaLocator"/>)
/// per run of unmarked cells in a row: neighbours in a row share an edge no segment meets, so they lie on the same side.</para>
/// <para>3. Marked cells are intersected with the part of the boundary near them: the boundary is clipped once to the
/// lattice's blocks, recursively halved (a k-d split of the columns and rows holding marked cells), each block's piece
/// clipped from its parent's (OverlayNG, which clips rings to the rectangle before noding). The clip rectangles are the
/// blocks' cell envelopes enlarged by a quarter cell, so the vertices a clip adds never lie on a cell's edge, and a
/// cell's intersection with its block's piece equals its intersection with the whole boundary. A marked cell the piece
/// contains is kept whole with share 1, as a cell the boundary contains.</para>
/// </remarks>
internal sealed class GridClipper
{
    private const int LeafCells = 4;
    private const int LeafVertices = 96;

    private readonly GeometryFactory _factory;
    private readonly GridShape _shape;
    private readonly double _ox, _oy, _size, _radius, _eps;
    private readonly int _columns, _rows;

    private GridClipper(GeometryFactory factory, GridShape shape, double ox, double oy, double size, int columns, int rows)
    {
        _factory = factory;
        _shape = shape;
        _ox = ox;
        _oy = oy;
        _size = size;
        _radius = size / Math.Sqrt(3);
        _columns = columns;
        _rows = rows;
        _eps = size * 1e-9;
    }

    /// <summary>One lattice cell's fate: outside (null polygon), or its clipped polygon and in-boundary share.</summary>
    internal readonly record struct ClippedCell(Geometry? Polygon, double Share);

    /// <summary>Each lattice cell (row-major) clipped to <paramref name="boundary"/>; cells outside have a null polygon.</summary>
    internal static ClippedCell[] Clip(Geometry boundary, IPointOnGeometryLocator locator, GridShape shape, double ox, double oy,
        double size, int columns, int rows)
    {
        var clipper = new GridClipper(boundary.Factory, shape, ox, oy, size, columns, rows);
        return clipper.Run(boundary, locator);
    }

    private ClippedCell[] Run(Geometry boundary, IPointOnGeometryLocator locator)
    {
        var crossing = new bool[_columns * _rows];
        MarkCrossingCells(boundary, crossing);
        var result = new ClippedCell[crossing.Length];
        var marked = new List<int>();
        for (var row = 0; row < _rows; row++)
        {
            var runInside = false;
            var inRun = false;
            for (var col = 0; col < _columns; col++)
            {
                var k = row * _columns + col;
                if (crossing[k])
                {
                    marked.Add(k);
                    inRun = false;
                    continue;
                }
                if (!inRun)
                {
                    runInside = locator.Locate(Centre(col, row)) != Location.Exterior;
                    inRun = true;
                }
                if (runInside) result[k] = new ClippedCell(CellPolygon(col, row), 1);
            }
        }
        if (marked.Count > 0)
        {
            var polygonal = Polygonal(boundary);
            ClipBlock(polygonal, 0, _columns, 0, _rows, marked, result);
        }
        return result;
    }

    /// <summary>The cell polygon of lattice cell (c, r), as <see cref="HotspotGrid"/> defines it.</summary>
    internal Polygon CellPolygon(int c, int r)
    {
        if (_shape == GridShape.Square)
        {
            double x0 = _ox + c * _size, y0 = _oy + r * _size, x1 = x0 + _size, y1 = y0 + _size;
            return _factory.CreatePolygon([new(x0, y0), new(x1, y0), new(x1, y1), new(x0, y1), new(x0, y0)]);
        }
        var centre = Centre(c, r);
        var ring = new Coordinate[7];
        for (var i = 0; i < 6; i++)
        {
            var angle = Math.PI / 180 * (60 * i - 30);
            ring[i] = new Coordinate(centre.X + _radius * Math.Cos(angle), centre.Y + _radius * Math.Sin(angle));
        }
        ring[6] = ring[0].Copy();
        return _factory.CreatePolygon(ring);
    }

    /// <summary>Centre of lattice cell (c, r).</summary>
    internal Coordinate Centre(int c, int r) => _shape == GridShape.Square
        ? new Coordinate(_ox + (c + 0.5) * _size, _oy + (r + 0.5) * _size)
        : new Coordinate(_ox + _size * (c + 0.5 + 0.5 * (r & 1)), _oy + _radius + 1.5 * _radius * r);

    private void MarkCrossingCells(Geometry boundary, bool[] crossing)
    {
        for (var g = 0; g < boundary.NumGeometries; g++)
        {
            if (boundary.GetGeometryN(g) is not Polygon polygon) continue;
            MarkRing(polygon.ExteriorRing.CoordinateSequence, crossing);
            foreach (var hole in polygon.InteriorRings) MarkRing(hole.CoordinateSequence, crossing);
        }
    }

    private void MarkRing(CoordinateSequence seq, bool[] crossing)
    {
        for (var i = 1; i < seq.Count; i++)
            MarkSegment(seq.GetX(i - 1), seq.GetY(i - 1), seq.GetX(i), seq.GetY(i), crossing);
    }

    private void MarkSegment(double ax, double ay, double bx, double by, bool[] crossing)
    {
        double xmin = Math.Min(ax, bx) - _eps, xmax = Math.Max(ax, bx) + _eps;
        double ymin = Math.Min(ay, by) - _eps, ymax = Math.Max(ay, by) + _eps;
        if (_shape == GridShape.Square)
        {
            var c0 = Clamp(Math.Floor((xmin - _ox) / _size) - 1, _columns);
            var c1 = Clamp(Math.Floor((xmax - _ox) / _size) + 1, _columns);
            var r0 = Clamp(Math.Floor((ymin - _oy) / _size) - 1, _rows);
            var r1 = Clamp(Math.Floor((ymax - _oy) / _size) + 1, _rows);
            for (var r = r0; r <= r1; r++)
            {
                var y0 = _oy + r * _size;
                for (var c = c0; c <= c1; c++)
                {
                    var k = r * _columns + c;
                    if (crossing[k]) continue;
                    var x0 = _ox + c * _size;
                    if (SegmentMeetsBox(ax, ay, bx, by, x0 - _eps, y0 - _eps, x0 + _size + _eps, y0 + _size + _eps)) crossing[k] = true;
                }
            }
        }
        else
        {
            var half = _size / 2;
            var step = 1.5 * _radius;
            var r0 = Clamp(Math.Floor((ymin - _oy - 2 * _radius) / step) - 1, _rows);
            var r1 = Clamp(Math.Floor((ymax - _oy) / step) + 1, _rows);
            for (var r = r0; r <= r1; r++)
            {
                var shift = 0.5 * (r & 1);
                var c0 = Clamp(Math.Floor((xmin - half - _ox) / _size - 0.5 - shift) - 1, _columns);
                var c1 = Clamp(Math.Floor((xmax + half - _ox) / _size - 0.5 - shift) + 1, _columns);
                var cy = _oy + _radius + step * r;
                for (var c = c0; c <= c1; c++)
                {
                    var k = r * _columns + c;
                    if (crossing[k]) continue;
                    var cx = _ox + _size * (c + 0.5 + shift);
                    if (SegmentMeetsBox(ax, ay, bx, by, cx - half - _eps, cy - _radius - _eps, cx + half + _eps, cy + _radius + _eps)) crossing[k] = true;
                }
            }
        }
    }

    private static int Clamp(double v, int count) => (int)Math.Clamp(v, 0, count - 1);

    /// <summary>Whether segment a–b meets the closed box (Liang–Barsky parameter clipping).</summary>
    private static bool SegmentMeetsBox(double ax, double ay, double bx, double by, double x0, double y0, double x1, double y1)
    {
        double t0 = 0, t1 = 1;
        double dx = bx - ax, dy = by - ay;
        return Slab(-dx, ax - x0, ref t0, ref t1) && Slab(dx, x1 - ax, ref t0, ref t1)
            && Slab(-dy, ay - y0, ref t0, ref t1) && Slab(dy, y1 - ay, ref t0, ref t1);
    }

    private static bool Slab(double p, double q, ref double t0, ref double t1)
    {
        if (p == 0) return q >= 0;
        var t = q / p;
        if (p < 0)
        {
            if (t > t1) return false;
            if (t > t0) t0 = t;
        }
        else
        {
            if (t < t0) return false;
            if (t < t1) t1 = t;
        }
        return true;
    }

    private void ClipBlock(Geometry piece, int c0, int c1, int r0, int r1, List<int> cells, ClippedCell[] result)
    {
        if (cells.Count == 0) return;
        if (piece.IsEmpty) return; // no boundary near these cells: none of them has area inside
        if (cells.Count <= LeafCells || piece.NumPoints <= LeafVertices || (c1 - c0 <= 1 && r1 - r0 <= 1))
        {
            foreach (var k in cells) result[k] = ClipCell(piece, k % _columns, k / _columns);
            return;
        }
        List<int> low = [], high = [];
        if (c1 - c0 >= r1 - r0)
        {
            var mid = (c0 + c1) / 2;
            foreach (var k in cells) (k % _columns < mid ? low : high).Add(k);
            ClipBlock(Clip(piece, BlockEnvelope(c0, mid, r0, r1)), c0, mid, r0, r1, low, result);
            ClipBlock(Clip(piece, BlockEnvelope(mid, c1, r0, r1)), mid, c1, r0, r1, high, result);
        }
        else
        {
            var mid = (r0 + r1) / 2;
            foreach (var k in cells) (k / _columns < mid ? low : high).Add(k);
            ClipBlock(Clip(piece, BlockEnvelope(c0, c1, r0, mid)), c0, c1, r0, mid, low, result);
            ClipBlock(Clip(piece, BlockEnvelope(c0, c1, mid, r1)), c0, c1, mid, r1, high, result);
        }
    }

    /// <summary>The envelope of the cells in columns [c0, c1) and rows [r0, r1), enlarged by a quarter cell.</summary>
    private Envelope BlockEnvelope(int c0, int c1, int r0, int r1)
    {
        var margin = _size / 4;
        if (_shape == GridShape.Square)
            return new Envelope(_ox + c0 * _size - margin, _ox + c1 * _size + margin, _oy + r0 * _size - margin, _oy + r1 * _size + margin);
        var step = 1.5 * _radius;
        return new Envelope(_ox + c0 * _size - margin, _ox + (c1 + 0.5) * _size + margin,
            _oy + step * r0 - margin, _oy + 2 * _radius + step * (r1 - 1) + margin);
    }

    private Geometry Clip(Geometry piece, Envelope envelope)
    {
        var pieceEnvelope = piece.EnvelopeInternal;
        if (envelope.Covers(pieceEnvelope)) return piece;
        if (!envelope.Intersects(pieceEnvelope)) return _factory.CreatePolygon();
        return Intersect(piece, _factory.ToGeometry(envelope));
    }

    private ClippedCell ClipCell(Geometry piece, int c, int r)
    {
        var cell = CellPolygon(c, r);
        var clipped = Intersect(piece, cell);
        var cellArea = cell.Area;
        var area = clipped.Area;
        if (area > cellArea * (1 - 1e-6) && piece.Contains(cell)) return new ClippedCell(cell, 1);
        var share = Math.Min(1, area / cellArea);
        return share > HotspotGrid.MinShare ? new ClippedCell(clipped, share) : default;
    }

    /// <summary>
    /// The polygonal part of a ∩ b (OverlayNG in strict mode, so touching edges and points are not returned); on a
    /// robustness failure, OverlayNGRobust's snapping, polygons kept.
    /// </summary>
    internal static Geometry Intersect(Geometry a, Geometry b)
    {
        try
        {
            return new OverlayNG(a, b, SpatialFunction.Intersection) { StrictMode = true }.GetResult();
        }
        catch (TopologyException)
        {
            return Polygonal(OverlayNGRobust.Overlay(a, b, SpatialFunction.Intersection));
        }
    }

    private static Geometry Polygonal(Geometry g)
    {
        if (g is Polygon or MultiPolygon) return g;
        var polygons = PolygonExtracter.GetPolygons(g);
        return polygons.Count == 1 ? polygons[0] : g.Factory.BuildGeometry(polygons);
    }
}
