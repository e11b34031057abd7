using Geo.Core.Domain;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Operation.Distance;

namespace Geo.Import.Mapping;

/// <summary>
/// The study-area boundary prepared for many point tests: an envelope check, then a grid of cells over the envelope
/// classified once as inside, outside or near the boundary, and only for points in a cell near the boundary NTS's
/// <see cref="IndexedPointInAreaLocator"/> (an interval index over the boundary's edges, the technique of JTS's prepared
/// geometries); the distance to the boundary is computed only for points outside, with <see cref="IndexedFacetDistance"/>
/// (an STR-tree of boundary segments), built on first use.
/// </summary>
/// <remarks>
/// The grid gives the locator's answer, only faster (a municipality boundary has thousands of edges: the locator's index
/// query was a fifth of the mapping time of a profile-mapped file). A cell is "near the boundary" when a boundary point
/// falls in it or in one of its eight neighbours: segments are walked in steps of at most a cell, and the cells of each
/// step's bounding box plus one more on every side are marked. A coordinate's cell index is monotone in the coordinate,
/// so the straight line from a point to the centre of its cell, when that cell is not marked, meets no boundary point
/// (such a point would have the same cell index): the point lies on the same side of the boundary as the centre, and the
/// centres of a run of unmarked cells along a row lie on the same side as each other. The locator classifies the first
/// centre of each run.
/// </remarks>
internal sealed class StudyAreaExtent
{
    private const byte NearBoundary = 0, Inside = 1, Outside = 2, Marked = 255; // Marked: near the boundary, while building
    private readonly Envelope _envelope;
    private readonly IndexedPointInAreaLocator? _locator;
    private readonly Lazy<IPreparedGeometry>? _prepared;
    private readonly Lazy<IndexedFacetDistance>? _distance;
    private readonly GeometryFactory _factory;
    private readonly byte[]? _cells; // row-major, _columns × _rows; null: no grid (every point goes to the locator)
    private readonly int _columns, _rows;
    private readonly double _cellWidth, _cellHeight;

    public StudyAreaExtent(StudyArea area, GeometryFactory factory)
    {
        Code = area.Code;
        _factory = factory;
        var boundary = area.Boundary;
        IsUnbounded = boundary.IsEmpty;
        _envelope = boundary.EnvelopeInternal;
        if (IsUnbounded) return;
        _locator = new IndexedPointInAreaLocator(boundary);
        _prepared = new Lazy<IPreparedGeometry>(() => PreparedGeometryFactory.Prepare(boundary));
        _distance = new Lazy<IndexedFacetDistance>(() => new IndexedFacetDistance(boundary));

        // About four cells per boundary segment, at most 1024 × 1024; no grid for a degenerate envelope or cells so small
        // that rounding of the coordinates would matter (a metric CRS has cells of metres).
        var segments = Math.Max(1, boundary.NumPoints);
        var side = (int)Math.Clamp(Math.Sqrt(segments) * 2, 16, 1024);
        _cellWidth = _envelope.Width / side;
        _cellHeight = _envelope.Height / side;
        var magnitude = Math.Max(Math.Max(Math.Abs(_envelope.MinX), Math.Abs(_envelope.MaxX)), Math.Max(Math.Abs(_envelope.MinY), Math.Abs(_envelope.MaxY)));
        if (!(Math.Min(_cellWidth, _cellHeight) > magnitude * 1e-9)) return;
        _columns = _rows = side;
        _cells = new byte[side * side];
        MarkBoundaryCells(boundary);
        ClassifyOtherCells();
    }

    /// <summary>Study-area code, for messages.</summary>
    public string Code { get; }

    /// <summary>Cells per side of the grid (0: no grid, every point goes to the locator).</summary>
    internal int GridSide => _cells is null ? 0 : _columns;

    /// <summary>True when the study area has an empty boundary: nothing is checked.</summary>
    public bool IsUnbounded { get; }

    /// <summary>True when (x, y) lies in or on the boundary.</summary>
    public bool Covers(double x, double y)
    {
        if (IsUnbounded) return true;
        if (!_envelope.Covers(x, y)) return false;
        if (_cells is not null)
        {
            var cell = _cells[Row(y) * _columns + Column(x)];
            if (cell != NearBoundary) return cell == Inside;
        }
        return _locator!.Locate(new Coordinate(x, y)) != Location.Exterior;
    }

    /// <summary>Distance in CRS units from (x, y) to the study area (0 inside).</summary>
    public double DistanceTo(double x, double y) =>
        Covers(x, y) ? 0 : _distance!.Value.Distance(_factory.CreatePoint(new Coordinate(x, y)));

    /// <summary>Distance from a geometry to the study area (0 when they intersect).</summary>
    public double DistanceTo(Geometry g) =>
        IsUnbounded || _prepared!.Value.Intersects(g) ? 0 : _distance!.Value.Distance(g);

    private int Column(double x) => Math.Clamp((int)((x - _envelope.MinX) / _cellWidth), 0, _columns - 1);

    private int Row(double y) => Math.Clamp((int)((y - _envelope.MinY) / _cellHeight), 0, _rows - 1);

    /// <summary>Marks every cell within one cell of a boundary segment (see the remarks).</summary>
    private void MarkBoundaryCells(Geometry boundary)
    {
        for (var g = 0; g < boundary.NumGeometries; g++)
        {
            if (boundary.GetGeometryN(g) is not Polygon polygon) continue;
            MarkRing(polygon.ExteriorRing.CoordinateSequence);
            foreach (var hole in polygon.InteriorRings) MarkRing(hole.CoordinateSequence);
        }
    }

    private void MarkRing(CoordinateSequence ring)
    {
        for (var i = 1; i < ring.Count; i++)
        {
            double x0 = ring.GetX(i - 1), y0 = ring.GetY(i - 1), x1 = ring.GetX(i), y1 = ring.GetY(i);
            // Steps of at most a cell: each step's bounding box then spans few cells.
            var steps = (int)Math.Min(1_000_000, Math.Ceiling(Math.Max(Math.Abs(x1 - x0) / _cellWidth, Math.Abs(y1 - y0) / _cellHeight))) + 1;
            double px = x0, py = y0;
            for (var s = 1; s <= steps; s++)
            {
                var t = (double)s / steps;
                double qx = s == steps ? x1 : x0 + (x1 - x0) * t, qy = s == steps ? y1 : y0 + (y1 - y0) * t;
                MarkBox(Math.Min(px, qx), Math.Min(py, qy), Math.Max(px, qx), Math.Max(py, qy));
                (px, py) = (qx, qy);
            }
        }
    }

    /// <summary>Marks the cells the box touches and one more on every side.</summary>
    private void MarkBox(double minX, double minY, double maxX, double maxY)
    {
        int c0 = Column(minX) - 1, c1 = Column(maxX) + 1, r0 = Row(minY) - 1, r1 = Row(maxY) + 1;
        for (var r = Math.Max(r0, 0); r <= Math.Min(r1, _rows - 1); r++)
            Array.Fill(_cells!, Marked, r * _columns + Math.Max(c0, 0), Math.Min(c1, _columns - 1) - Math.Max(c0, 0) + 1);
    }

    /// <summary>Locates the centre of the first cell of each run of unmarked cells in a row; the run shares its answer.</summary>
    private void ClassifyOtherCells()
    {
        var cells = _cells!;
        for (var r = 0; r < _rows; r++)
        {
            var runClass = NearBoundary;
            for (var c = 0; c < _columns; c++)
            {
                ref var cell = ref cells[r * _columns + c];
                if (cell == Marked)
                {
                    cell = NearBoundary;
                    runClass = NearBoundary;
                    continue;
                }
                if (runClass == NearBoundary)
                {
                    var centre = new Coordinate(_envelope.MinX + (c + 0.5) * _cellWidth, _envelope.MinY + (r + 0.5) * _cellHeight);
                    runClass = _locator!.Locate(centre) == Location.Exterior ? Outside : Inside;
                }
                cell = runClass;
            }
        }
    }
}
