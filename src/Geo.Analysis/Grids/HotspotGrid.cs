using Geo.Analysis.Weights;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;

namespace Geo.Analysis.Grids;

/// <summary>
/// A regular square or hexagonal grid over a study area, clipped to its boundary: only cells whose intersection with
/// the boundary has positive area (share above <see cref="MinShare"/>) are cells. Cells are numbered 0.. in row-major order (row 0 is the southernmost,
/// column 0 the westernmost), the numbering of <see cref="GridWeights"/>' masked grids.
/// </summary>
/// <remarks>
/// Square cell (c, r) is <c>[X0 + c·s, X0 + (c+1)·s) × [Y0 + r·s, Y0 + (r+1)·s)</c>. Hexagonal cell (c, r) is the
/// pointy-top hexagon of width s (circumradius R = s/√3) centred at <c>(X0 + s·(c + ½ + ½·(r mod 2)), Y0 + R + 1.5·R·r)</c>
/// (Red Blob Games, "Hexagonal Grids", odd-r offset coordinates). Clipping follows sfhotspot's <c>create_grid</c>
/// (cells are intersected with the boundary), but only cells that the boundary's segments reach are cut, each against
/// the part of the boundary near it; the other cells are wholly inside (kept as they are, share 1) or outside, decided
/// by a point-in-polygon test (<see cref="GridClipper"/>: time grows with cells + vertices, not their product).
/// </remarks>
public sealed record HotspotGrid
{
    private const long MaxLatticeCells = 50_000_000;

    /// <summary>
    /// Smallest in-boundary share of a kept cell: intersections below it are floating-point slivers of cells that
    /// only touch the boundary (hexagon vertices are irrational), not area.
    /// </summary>
    public const double MinShare = 1e-9;
    private readonly int[] _lookup;
    private readonly IPointOnGeometryLocator _boundaryLocator;

    private HotspotGrid(Geometry boundary, double originX, double originY, double cellSize, GridShape shape, int columns, int rows,
        (int Column, int Row)[] cells, IReadOnlyList<Geometry> polygons, double[] shares, int[] lookup, bool chosen, string rule, IPointOnGeometryLocator locator)
    {
        Boundary = boundary;
        OriginX = originX;
        OriginY = originY;
        CellSize = cellSize;
        Shape = shape;
        Columns = columns;
        Rows = rows;
        Cells = cells;
        CellPolygons = polygons;
        AreaShares = shares;
        _lookup = lookup;
        CellSizeWasChosen = chosen;
        CellSizeRule = rule;
        _boundaryLocator = locator;
    }

    /// <summary>The study-area boundary the grid is clipped to.</summary>
    public Geometry Boundary { get; }

    /// <summary>West edge of the lattice (x of column 0's west side).</summary>
    public double OriginX { get; }

    /// <summary>South edge of the lattice (y of row 0's south side).</summary>
    public double OriginY { get; }

    /// <summary>Cell size: square side, or hexagon flat-to-flat width.</summary>
    public double CellSize { get; }

    /// <summary>Cell shape.</summary>
    public GridShape Shape { get; }

    /// <summary>Columns of the full (unclipped) lattice.</summary>
    public int Columns { get; }

    /// <summary>Rows of the full (unclipped) lattice.</summary>
    public int Rows { get; }

    /// <summary>The active cells (column, row), cell i = <c>Cells[i]</c>, in row-major order.</summary>
    public IReadOnlyList<(int Column, int Row)> Cells { get; }

    /// <summary>
    /// Each cell's polygon clipped to the boundary (the whole cell when it lies inside). A cut cell's polygon is computed
    /// on first access (the overlay of the cell with the part of the boundary near it); shares do not need it.
    /// </summary>
    public IReadOnlyList<Geometry> CellPolygons { get; }

    /// <summary>Each cell's in-boundary area / full cell area, in (0, 1]: the exposure for edge-aware rates.</summary>
    public IReadOnlyList<double> AreaShares { get; }

    /// <summary>Whether the cell size was chosen automatically (<see cref="AutomaticCellSize"/>).</summary>
    public bool CellSizeWasChosen { get; }

    /// <summary>How the cell size was set, for the CLI to announce.</summary>
    public string CellSizeRule { get; }

    /// <summary>Number of active cells.</summary>
    public int Count => Cells.Count;

    /// <summary>Area of one full cell.</summary>
    public double CellArea => Shape == GridShape.Square ? CellSize * CellSize : Math.Sqrt(3) / 2 * CellSize * CellSize;

    /// <summary>Builds the grid of <paramref name="boundary"/> (a polygonal geometry in a projected CRS).</summary>
    /// <param name="boundary">Study area.</param>
    /// <param name="options">Cell size and shape.</param>
    /// <param name="points">Events, used only by the automatic cell size rule (those inside the boundary are counted).</param>
    public static HotspotGrid Build(Geometry boundary, GridOptions options, IReadOnlyList<Coordinate>? points = null)
    {
        ArgumentNullException.ThrowIfNull(boundary);
        ArgumentNullException.ThrowIfNull(options);
        if (boundary.IsEmpty || boundary.Area <= 0) throw new ArgumentException("the boundary must be a polygonal geometry with positive area.", nameof(boundary));
        var env = boundary.EnvelopeInternal;
        var locator = new IndexedPointInAreaLocator(boundary);

        double size;
        string rule;
        var chosen = options.CellSize is null;
        if (options.CellSize is { } given)
        {
            if (!(given > 0) || double.IsInfinity(given)) throw new ArgumentOutOfRangeException(nameof(options), $"cell size must be positive and finite, not {given}.");
            size = given;
            rule = FormattableString.Invariant($"cell size {size} m (given)");
        }
        else
        {
            var inside = 0;
            if (points is not null)
            {
                foreach (var p in points)
                    if (env.Contains(p) && locator.Locate(p) != Location.Exterior) inside++;
            }
            (size, rule) = AutomaticCellSize.Choose(boundary.Area, Math.Min(env.Width, env.Height), inside);
        }

        double ox, oy, stepY;
        int columns, rows;
        if (options.Shape == GridShape.Square)
        {
            ox = Math.Floor(env.MinX / size) * size;
            oy = Math.Floor(env.MinY / size) * size;
            stepY = size;
            columns = Math.Max(1, (int)Math.Ceiling((env.MaxX - ox) / size));
            rows = Math.Max(1, (int)Math.Ceiling((env.MaxY - oy) / size));
        }
        else if (options.Shape == GridShape.Hexagonal)
        {
            var r = size / Math.Sqrt(3);
            stepY = 1.5 * r;
            ox = env.MinX - size;
            oy = env.MinY - r;
            columns = (int)Math.Ceiling((env.MaxX - ox) / size) + 1;
            rows = (int)Math.Ceiling((env.MaxY - oy) / stepY) + 1;
        }
        else throw new ArgumentOutOfRangeException(nameof(options), $"unknown grid shape {options.Shape}.");
        if ((long)columns * rows > MaxLatticeCells)
            throw new ArgumentOutOfRangeException(nameof(options), $"a {columns} x {rows} lattice of {size} m cells is too large.");

        var lookup = new int[columns * rows];
        var cells = new List<(int, int)>();
        var polygons = new List<Geometry?>();
        var shares = new List<double>();
        var (clipper, clipped) = GridClipper.Clip(boundary, locator, options.Shape, ox, oy, size, columns, rows);
        for (var k = 0; k < clipped.Length; k++)
        {
            lookup[k] = -1;
            if (!(clipped[k].Share > 0)) continue;
            lookup[k] = cells.Count;
            cells.Add((k % columns, k / columns));
            polygons.Add(clipped[k].Polygon);
            shares.Add(clipped[k].Share);
        }
        (int, int)[] cellArray = [.. cells];
        var cellPolygons = new CellPolygonList(clipper, [.. polygons], cellArray);
        return new HotspotGrid(boundary, ox, oy, size, options.Shape, columns, rows, cellArray, cellPolygons, [.. shares], lookup, chosen, rule, locator);
    }

    /// <summary>
    /// The cell holding (x, y), or −1 when the point is outside every cell or outside the boundary. O(1) for points in
    /// cells wholly inside the boundary; in cells crossing it a point-in-polygon test on the boundary decides. Square
    /// cells are closed on their south and west sides; on hexagon edges the rounding of Red Blob Games' cube rounding decides.
    /// </summary>
    public int Locate(double x, double y)
    {
        var i = LatticeIndex(x, y);
        if (i < 0) return -1;
        if (AreaShares[i] < 1 && _boundaryLocator.Locate(new Coordinate(x, y)) == Location.Exterior) return -1;
        return i;
    }

    /// <summary>Centre of cell <paramref name="index"/> (of the unclipped cell).</summary>
    public Coordinate CellCentre(int index)
    {
        var (c, r) = Cells[index];
        return Centre(Shape, OriginX, OriginY, CellSize, c, r);
    }

    /// <summary>Contiguity weights of the active cells (location i = cell i); hexagons have six neighbours under either rule.</summary>
    public SpatialWeights Weights(ContiguityRule rule) => Shape switch
    {
        GridShape.Hexagonal => GridWeights.Hexagonal(Cells, HexOrientation.PointyTopOddRowsShifted),
        _ => rule switch
        {
            ContiguityRule.Queen => GridWeights.Queen(Cells),
            ContiguityRule.Rook => GridWeights.Rook(Cells),
            _ => throw new ArgumentOutOfRangeException(nameof(rule)),
        },
    };

    private int LatticeIndex(double x, double y)
    {
        int col, row;
        if (Shape == GridShape.Square)
        {
            var fc = Math.Floor((x - OriginX) / CellSize);
            var fr = Math.Floor((y - OriginY) / CellSize);
            if (!(fc >= 0 && fc < Columns && fr >= 0 && fr < Rows)) return -1;
            col = (int)fc;
            row = (int)fr;
        }
        else
        {
            // Red Blob Games pixel_to_pointy_hex + cube_round + axial_to_oddr, axial (0, 0) = offset cell (0, 0).
            var radius = CellSize / Math.Sqrt(3);
            var px = x - (OriginX + CellSize / 2);
            var py = y - (OriginY + radius);
            var q = (Math.Sqrt(3) / 3 * px - py / 3) / radius;
            var rr = 2.0 / 3 * py / radius;
            var s = -q - rr;
            double rq = Math.Round(q), rr2 = Math.Round(rr), rs = Math.Round(s);
            double dq = Math.Abs(rq - q), dr = Math.Abs(rr2 - rr), ds = Math.Abs(rs - s);
            if (dq > dr && dq > ds) rq = -rr2 - rs;
            else if (dr > ds) rr2 = -rq - rs;
            if (!(rr2 >= 0 && rr2 < Rows) || double.IsNaN(rq) || Math.Abs(rq) > int.MaxValue / 2) return -1;
            row = (int)rr2;
            var c = (long)rq + (row - (row & 1)) / 2;
            if (c < 0 || c >= Columns) return -1;
            col = (int)c;
        }
        return _lookup[row * Columns + col];
    }

    private static Coordinate Centre(GridShape shape, double ox, double oy, double size, int c, int r)
    {
        if (shape == GridShape.Square) return new Coordinate(ox + (c + 0.5) * size, oy + (r + 0.5) * size);
        var radius = size / Math.Sqrt(3);
        return new Coordinate(ox + size * (c + 0.5 + 0.5 * (r & 1)), oy + radius + 1.5 * radius * r);
    }
}
