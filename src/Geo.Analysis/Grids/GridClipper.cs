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
/// <para>3. Marked cells get their in-boundary area. Square cells: from one pass over the segments (Green's theorem
/// per column strip, <see cref="SquareAreas"/>). Hexagons: each ring of the boundary's nearby piece (step 4) clipped to
/// the cell (Sutherland–Hodgman), shoelace areas of shells minus holes. A marked cell whose area is the whole cell (to
/// 1e-12) is kept whole with share 1, as a cell the boundary contains; one with share ≤ <see cref="HotspotGrid.MinShare"/>
/// (touching the boundary along an edge or at a point) is dropped.</para>
/// <para>4. A cut cell's polygon is its NTS overlay with the part of the boundary near it, made when first asked for:
/// the boundary is clipped once to the lattice's blocks, recursively halved (a k-d split of the columns and rows holding
/// marked cells), each block's piece clipped from its parent's by clipping its rings to the block's rectangle
/// (Sutherland–Hodgman, as OverlayNG's own ring clipper does before noding; the full overlay when a clipped ring's
/// orientation would be ambiguous). The rectangles are the blocks' cell envelopes enlarged by a quarter cell, so the
/// vertices a clip adds never lie on a cell's edge, and a cell's intersection with its block's piece equals its
/// intersection with the whole boundary.</para>
/// </remarks>
internal sealed class GridClipper
{
    private const int LeafVertices = 48;

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

    /// <summary>
    /// One lattice cell's fate: outside (share 0); wholly inside (share 1, <paramref name="Polygon"/> the cell); or cut
    /// (share in (0, 1), no polygon yet: <see cref="Materialise"/> makes it when asked for).
    /// </summary>
    internal readonly record struct ClippedCell(Geometry? Polygon, double Share);

    /// <summary>Each lattice cell (row-major) clipped to <paramref name="boundary"/>; cells outside have a null polygon.</summary>
    internal static (GridClipper Clipper, ClippedCell[] Cells) Clip(Geometry boundary, IPointOnGeometryLocator locator, GridShape shape,
        double ox, double oy, double size, int columns, int rows)
    {
        var clipper = new GridClipper(boundary.Factory, shape, ox, oy, size, columns, rows);
        return (clipper, clipper.Run(boundary, locator));
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
        _boundary = boundary;
        _marked = marked;
        if (marked.Count == 0) return result;
        if (_shape == GridShape.Square)
        {
            // Shares from the strip integrals; the pieces for the cut cells' polygons are made when first asked for.
            var areas = SquareAreas(boundary);
            var cellArea = _size * _size;
            foreach (var k in marked)
            {
                var share = areas[k] / cellArea;
                if (share >= 1 - 1e-12) result[k] = new ClippedCell(CellPolygon(k % _columns, k / _columns), 1);
                else if (share > HotspotGrid.MinShare) result[k] = new ClippedCell(null, Math.Min(1, share));
            }
        }
        else
        {
            EnsurePieces();
            foreach (var k in marked)
                result[k] = _pieces![k] is { } piece ? ClipCell(piece, k % _columns, k / _columns) : default;
        }
        return result;
    }

    private Geometry? _boundary;
    private List<int>? _marked;
    private Geometry?[]? _pieces;
    private readonly Lock _piecesLock = new();

    /// <summary>The part of the boundary near each marked cell (the k-d block recursion), made once.</summary>
    private Geometry?[] EnsurePieces()
    {
        lock (_piecesLock)
        {
            if (_pieces is not null) return _pieces;
            var pieces = new Geometry?[_columns * _rows];
            if (_marked is { Count: > 0 }) ClipBlock(Polygonal(_boundary!), 0, _columns, 0, _rows, _marked, pieces);
            return _pieces = pieces;
        }
    }

    /// <summary>The clipped polygon of cut cell (c, r): its overlay with the part of the boundary near it.</summary>
    internal Geometry Materialise(int c, int r) =>
        EnsurePieces()[r * _columns + c] is { } piece ? Intersect(piece, CellPolygon(c, r)) : _factory.CreatePolygon();

    /// <summary>
    /// Area of the boundary in every square cell, in one pass over the boundary's segments (Green's theorem): for a ring
    /// with its interior on the left, area(P ∩ cell) = −∮ clamp(y − y₀, 0, s)·1[x in the cell's column] dx. A segment
    /// piece in a column adds s·dx to every cell wholly below it (a running sum down the column) and its exact integral
    /// to the few cells it passes through; cells above it get nothing. O(segments + column crossings + cells).
    /// </summary>
    private double[] SquareAreas(Geometry boundary)
    {
        var below = new double[_columns * _rows];
        var area = new double[_columns * _rows];
        for (var g = 0; g < boundary.NumGeometries; g++)
        {
            if (boundary.GetGeometryN(g) is not Polygon polygon) continue;
            RingIntegral(polygon.ExteriorRing.CoordinateSequence, true, below, area);
            foreach (var hole in polygon.InteriorRings) RingIntegral(hole.CoordinateSequence, false, below, area);
        }
        for (var c = 0; c < _columns; c++)
        {
            double acc = 0;
            for (var r = _rows - 1; r >= 0; r--)
            {
                var k = r * _columns + c;
                acc += below[k];
                area[k] += acc;
            }
        }
        return area;
    }

    private void RingIntegral(CoordinateSequence seq, bool shell, double[] below, double[] area)
    {
        if (seq.Count < 4) return;
        var ccw = NetTopologySuite.Algorithm.Area.OfRingSigned(seq) < 0;
        var ringSign = shell == ccw ? 1.0 : -1.0; // +1 when the interior is on the left
        for (var i = 1; i < seq.Count; i++)
        {
            double x1 = seq.GetX(i - 1), y1 = seq.GetY(i - 1), x2 = seq.GetX(i), y2 = seq.GetY(i);
            if (x1 == x2) continue;
            // −ringSign · (direction) · ∫ over increasing x.
            var sign = -ringSign * (x2 > x1 ? 1 : -1);
            if (x2 < x1) (x1, y1, x2, y2) = (x2, y2, x1, y1);
            var c0 = Math.Clamp((int)Math.Floor((x1 - _ox) / _size), 0, _columns - 1);
            var c1 = Math.Clamp((int)Math.Floor((x2 - _ox) / _size), 0, _columns - 1);
            var slope = (y2 - y1) / (x2 - x1);
            for (var c = c0; c <= c1; c++)
            {
                double xa = Math.Max(x1, _ox + c * _size), xb = Math.Min(x2, _ox + (c + 1) * _size);
                if (c == c1) xb = x2;
                if (c == c0) xa = x1;
                if (!(xb > xa)) continue;
                double ya = c == c0 ? y1 : y1 + slope * (xa - x1), yb = c == c1 ? y2 : y1 + slope * (xb - x1);
                var w = xb - xa;
                double lo = Math.Min(ya, yb), hi = Math.Max(ya, yb);
                var fullTop = (int)Math.Floor((lo - _oy) / _size) - 1; // rows 0..fullTop lie wholly below the piece
                if (fullTop >= 0) below[Math.Min(fullTop, _rows - 1) * _columns + c] += sign * _size * w;
                var rTop = Math.Min((int)Math.Floor((hi - _oy) / _size), _rows - 1);
                for (var r = Math.Max(fullTop + 1, 0); r <= rTop; r++)
                {
                    var y0 = _oy + r * _size;
                    area[r * _columns + c] += sign * w * MeanClamp(ya - y0, yb - y0, _size);
                }
            }
        }
    }

    /// <summary>Mean of clamp(u, 0, s) over u linear from ua to ub.</summary>
    private static double MeanClamp(double ua, double ub, double s)
    {
        if (Math.Abs(ub - ua) <= s * 1e-9) return Math.Clamp((ua + ub) / 2, 0, s);
        return (Antiderivative(ub, s) - Antiderivative(ua, s)) / (ub - ua);
    }

    private static double Antiderivative(double u, double s) => u <= 0 ? 0 : u < s ? u * u / 2 : s * s / 2 + s * (u - s);

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

    private void ClipBlock(Geometry piece, int c0, int c1, int r0, int r1, List<int> cells, Geometry?[] result)
    {
        if (cells.Count == 0) return;
        if (piece.IsEmpty) return; // no boundary near these cells: none of them has area inside (null piece)
        if ((c1 - c0 <= 1 && r1 - r0 <= 1) || piece.NumPoints <= LeafVertices)
        {
            foreach (var k in cells) result[k] = piece;
            return;
        }
        List<int> low = [], high = [];
        if (c1 - c0 >= r1 - r0)
        {
            var mid = (c0 + c1) / 2;
            foreach (var k in cells) (k % _columns < mid ? low : high).Add(k);
            ClipBlock(SafeClip(piece, BlockEnvelope(c0, mid, r0, r1)), c0, mid, r0, r1, low, result);
            ClipBlock(SafeClip(piece, BlockEnvelope(mid, c1, r0, r1)), mid, c1, r0, r1, high, result);
        }
        else
        {
            var mid = (r0 + r1) / 2;
            foreach (var k in cells) (k / _columns < mid ? low : high).Add(k);
            ClipBlock(SafeClip(piece, BlockEnvelope(c0, c1, r0, mid)), c0, c1, r0, mid, low, result);
            ClipBlock(SafeClip(piece, BlockEnvelope(c0, c1, mid, r1)), c0, c1, mid, r1, high, result);
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

    /// <summary>The piece clipped to the rectangle: ring clipping, or the full overlay when a clipped ring is degenerate.</summary>
    private Geometry SafeClip(Geometry piece, Envelope envelope)
    {
        try
        {
            return Clip(piece, envelope);
        }
        catch (DegenerateClipException)
        {
            return Polygonal(Intersect(piece, _factory.ToGeometry(envelope)));
        }
    }

    private Geometry Clip(Geometry piece, Envelope envelope)
    {
        var pieceEnvelope = piece.EnvelopeInternal;
        if (envelope.Covers(pieceEnvelope)) return piece;
        if (!envelope.Intersects(pieceEnvelope)) return _factory.CreatePolygon();
        var polygons = new List<Polygon>();
        for (var g = 0; g < piece.NumGeometries; g++)
        {
            if (piece.GetGeometryN(g) is not Polygon polygon) continue;
            var env = polygon.EnvelopeInternal;
            if (!envelope.Intersects(env)) continue;
            if (envelope.Covers(env))
            {
                polygons.Add(polygon);
                continue;
            }
            var shell = ClipRing(polygon.ExteriorRing.CoordinateSequence, envelope);
            if (shell is null) continue;
            var holes = new List<LinearRing>();
            foreach (var hole in polygon.InteriorRings)
            {
                var holeEnvelope = hole.EnvelopeInternal;
                if (!envelope.Intersects(holeEnvelope)) continue;
                if (envelope.Covers(holeEnvelope)) holes.Add((LinearRing)hole);
                else if (ClipRing(hole.CoordinateSequence, envelope) is { } clipped) holes.Add(clipped);
            }
            polygons.Add(_factory.CreatePolygon(shell, [.. holes]));
        }
        return _factory.CreateMultiPolygon([.. polygons]);
    }

    /// <summary>
    /// Sutherland–Hodgman clip of a ring to a rectangle (as OverlayNG's own ring clipper: the result may run along the
    /// rectangle's sides and back, which the overlay's noding merges). Null when nothing of positive area is left.
    /// </summary>
    private LinearRing? ClipRing(CoordinateSequence seq, Envelope e)
    {
        var n = seq.Count - 1; // without the closing point
        var xs = new List<double>(n + 8);
        var ys = new List<double>(n + 8);
        for (var i = 0; i < n; i++)
        {
            xs.Add(seq.GetX(i));
            ys.Add(seq.GetY(i));
        }
        for (var side = 0; side < 4 && xs.Count > 0; side++) (xs, ys) = ClipSide(xs, ys, side, e);
        var coords = new List<Coordinate>(xs.Count + 1);
        for (var i = 0; i < xs.Count; i++)
        {
            if (coords.Count > 0 && coords[^1].X == xs[i] && coords[^1].Y == ys[i]) continue;
            coords.Add(new Coordinate(xs[i], ys[i]));
        }
        while (coords.Count > 1 && coords[^1].Equals2D(coords[0])) coords.RemoveAt(coords.Count - 1);
        if (coords.Count < 3) return null;
        coords.Add(coords[0].Copy());
        var array = coords.ToArray();
        var signed = NetTopologySuite.Algorithm.Area.OfRingSigned(array);
        if (Math.Abs(signed) <= _size * _size * 1e-15) return null;
        // The overlay labels a ring's sides by Orientation.IsCCW, which a ring running back along a side can fool.
        if (NetTopologySuite.Algorithm.Orientation.IsCCW(array) != signed < 0) throw new DegenerateClipException();
        return _factory.CreateLinearRing(array);
    }

    private static (List<double>, List<double>) ClipSide(List<double> xs, List<double> ys, int side, Envelope e)
    {
        var ox = new List<double>(xs.Count + 4);
        var oy = new List<double>(ys.Count + 4);
        var n = xs.Count;
        double px = xs[n - 1], py = ys[n - 1];
        var pIn = Inside(px, py, side, e);
        for (var i = 0; i < n; i++)
        {
            double cx = xs[i], cy = ys[i];
            var cIn = Inside(cx, cy, side, e);
            if (cIn != pIn)
            {
                var (ix, iy) = Cross(px, py, cx, cy, side, e);
                ox.Add(ix);
                oy.Add(iy);
            }
            if (cIn)
            {
                ox.Add(cx);
                oy.Add(cy);
            }
            px = cx;
            py = cy;
            pIn = cIn;
        }
        return (ox, oy);
    }

    private static bool Inside(double x, double y, int side, Envelope e) => side switch
    {
        0 => x >= e.MinX,
        1 => x <= e.MaxX,
        2 => y >= e.MinY,
        _ => y <= e.MaxY,
    };

    private static (double, double) Cross(double ax, double ay, double bx, double by, int side, Envelope e)
    {
        switch (side)
        {
            case 0:
            case 1:
                {
                    var x = side == 0 ? e.MinX : e.MaxX;
                    return (x, ay + (by - ay) * (x - ax) / (bx - ax));
                }
            default:
                {
                    var y = side == 2 ? e.MinY : e.MaxY;
                    return (ax + (bx - ax) * (y - ay) / (by - ay), y);
                }
        }
    }

    private sealed class DegenerateClipException : Exception;

    private ClippedCell ClipCell(Geometry piece, int c, int r)
    {
        var cell = CellPolygon(c, r);
        var cellArea = cell.Area;
        var area = AreaInside(piece, cell.ExteriorRing.CoordinateSequence);
        // Contained in the boundary (closed) ⇔ the intersection is the whole cell: kept as the cell itself.
        if (area >= cellArea * (1 - 1e-12)) return new ClippedCell(cell, 1);
        var share = Math.Min(1, area / cellArea);
        return share > HotspotGrid.MinShare ? new ClippedCell(null, share) : default;
    }


    /// <summary>
    /// Area of piece ∩ convex cell: each ring clipped to the cell (Sutherland–Hodgman; the clipped ring's shoelace area is
    /// the area of the ring's interior in the cell, runs back along the cell's sides adding nothing), shells added, holes
    /// subtracted.
    /// </summary>
    private static double AreaInside(Geometry piece, CoordinateSequence cell)
    {
        double area = 0;
        var env = cell.ExpandEnvelope(new Envelope());
        for (var g = 0; g < piece.NumGeometries; g++)
        {
            if (piece.GetGeometryN(g) is not Polygon polygon || !env.Intersects(polygon.EnvelopeInternal)) continue;
            area += Math.Abs(ClippedRingArea(polygon.ExteriorRing, cell, env));
            foreach (var hole in polygon.InteriorRings) area -= Math.Abs(ClippedRingArea(hole, cell, env));
        }
        return Math.Max(0, area);
    }

    private static double ClippedRingArea(LineString ring, CoordinateSequence cell, Envelope env)
    {
        if (!env.Intersects(ring.EnvelopeInternal)) return 0;
        var seq = ring.CoordinateSequence;
        var n = seq.Count - 1;
        var xs = new List<double>(n + 8);
        var ys = new List<double>(n + 8);
        for (var i = 0; i < n; i++)
        {
            xs.Add(seq.GetX(i));
            ys.Add(seq.GetY(i));
        }
        // The cell ring is counter-clockwise: inside each edge a→b is its left side.
        for (var e = 0; e < cell.Count - 1 && xs.Count > 0; e++)
            (xs, ys) = ClipHalfPlane(xs, ys, cell.GetX(e), cell.GetY(e), cell.GetX(e + 1), cell.GetY(e + 1));
        double twice = 0;
        for (int i = 0, j = xs.Count - 1; i < xs.Count; j = i++) twice += (xs[j] - xs[i]) * (ys[j] + ys[i]);
        return twice / 2;
    }

    private static (List<double>, List<double>) ClipHalfPlane(List<double> xs, List<double> ys, double ax, double ay, double bx, double by)
    {
        var ox = new List<double>(xs.Count + 4);
        var oy = new List<double>(ys.Count + 4);
        double dx = bx - ax, dy = by - ay;
        var n = xs.Count;
        double px = xs[n - 1], py = ys[n - 1];
        var pd = dx * (py - ay) - dy * (px - ax);
        for (var i = 0; i < n; i++)
        {
            double cx = xs[i], cy = ys[i];
            var cd = dx * (cy - ay) - dy * (cx - ax);
            if ((cd >= 0) != (pd >= 0))
            {
                var t = pd / (pd - cd);
                ox.Add(px + (cx - px) * t);
                oy.Add(py + (cy - py) * t);
            }
            if (cd >= 0)
            {
                ox.Add(cx);
                oy.Add(cy);
            }
            px = cx;
            py = cy;
            pd = cd;
        }
        return (ox, oy);
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
