namespace Geo.Analysis.Weights;

/// <summary>
/// Binary contiguity weights of regular grids, built directly in CSR form in O(cells) (source: libpysal
/// <c>weights.lat2W</c> for square lattices, rook = 4 edge neighbours, queen = 8 edge or corner neighbours; hexagonal
/// neighbours after Red Blob Games, "Hexagonal Grids", offset coordinates, and libpysal <c>lat2W</c>'s hex option).
/// </summary>
/// <remarks>
/// Cell (column, row) of a full <c>columns × rows</c> grid is location <c>row * columns + column</c>. With an
/// <c>active</c> mask (length <c>columns * rows</c>, indexed the same way) inactive cells — outside the study area —
/// are not locations at all: the active cells are numbered 0.. in row-major order and are neighbours only of active
/// cells. The overloads taking a list of (column, row) cells number the cells in list order (location k is
/// <c>cells[k]</c>); column and row may be any integers, e.g. global grid coordinates.
/// </remarks>
public static class GridWeights
{
    private static readonly (int Dc, int Dr)[] RookStencil = [(0, -1), (-1, 0), (1, 0), (0, 1)];
    private static readonly (int Dc, int Dr)[] QueenStencil = [(-1, -1), (0, -1), (1, -1), (-1, 0), (1, 0), (-1, 1), (0, 1), (1, 1)];
    // Red Blob Games offset-coordinate neighbours; pointy-top "odd-r" by row parity, flat-top "odd-q" by column parity.
    private static readonly (int Dc, int Dr)[] OddREven = [(-1, -1), (0, -1), (-1, 0), (1, 0), (-1, 1), (0, 1)];
    private static readonly (int Dc, int Dr)[] OddROdd = [(0, -1), (1, -1), (-1, 0), (1, 0), (0, 1), (1, 1)];
    private static readonly (int Dc, int Dr)[] OddQEven = [(-1, -1), (0, -1), (1, -1), (-1, 0), (1, 0), (0, 1)];
    private static readonly (int Dc, int Dr)[] OddQOdd = [(0, -1), (-1, 0), (1, 0), (-1, 1), (0, 1), (1, 1)];

    /// <summary>Queen (8-neighbour) weights of a <paramref name="columns"/> × <paramref name="rows"/> grid, optionally masked.</summary>
    public static SpatialWeights Queen(int columns, int rows, IReadOnlyList<bool>? active = null) =>
        FromMask(columns, rows, active, _ => QueenStencil);

    /// <summary>Rook (4-neighbour) weights of a <paramref name="columns"/> × <paramref name="rows"/> grid, optionally masked.</summary>
    public static SpatialWeights Rook(int columns, int rows, IReadOnlyList<bool>? active = null) =>
        FromMask(columns, rows, active, _ => RookStencil);

    /// <summary>Queen weights of the given active cells, location k = <paramref name="cells"/>[k].</summary>
    public static SpatialWeights Queen(IReadOnlyList<(int Column, int Row)> cells) => FromCells(cells, _ => QueenStencil);

    /// <summary>Rook weights of the given active cells, location k = <paramref name="cells"/>[k].</summary>
    public static SpatialWeights Rook(IReadOnlyList<(int Column, int Row)> cells) => FromCells(cells, _ => RookStencil);

    /// <summary>
    /// Hexagonal (6-neighbour) weights of a grid in offset coordinates, indexed like the square grids
    /// (<c>row * columns + column</c>, or compact row-major with a mask). Pointy-top: odd rows are shifted half a cell
    /// towards increasing column, so cell (c, r) of an even row touches (c−1, r±1) and (c, r±1), of an odd row
    /// (c, r±1) and (c+1, r±1), plus (c±1, r). Flat-top: the same with columns and rows exchanged (odd columns shifted
    /// towards increasing row).
    /// </summary>
    public static SpatialWeights Hexagonal(int columns, int rows, HexOrientation orientation, IReadOnlyList<bool>? active = null) =>
        FromMask(columns, rows, active, HexStencil(orientation));

    /// <summary>Hexagonal weights of the given active cells in offset coordinates, location k = <paramref name="cells"/>[k].</summary>
    public static SpatialWeights Hexagonal(IReadOnlyList<(int Column, int Row)> cells, HexOrientation orientation) =>
        FromCells(cells, HexStencil(orientation));

    private static Func<(int Column, int Row), (int Dc, int Dr)[]> HexStencil(HexOrientation orientation) => orientation switch
    {
        HexOrientation.PointyTopOddRowsShifted => cell => (cell.Row & 1) == 0 ? OddREven : OddROdd,
        HexOrientation.FlatTopOddColumnsShifted => cell => (cell.Column & 1) == 0 ? OddQEven : OddQOdd,
        _ => throw new ArgumentOutOfRangeException(nameof(orientation)),
    };

    private static SpatialWeights FromMask(int columns, int rows, IReadOnlyList<bool>? active, Func<(int Column, int Row), (int Dc, int Dr)[]> stencil)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(columns);
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        var total = (long)columns * rows;
        if (total > Array.MaxLength / 8) throw new ArgumentOutOfRangeException(nameof(columns), $"grid of {total} cells is too large.");
        if (active is not null && active.Count != total)
            throw new ArgumentException($"active mask has {active.Count} entries, the grid {columns} x {rows} = {total} cells.", nameof(active));
        var lookup = new int[total];
        var count = 0;
        if (active is null)
            for (var i = 0; i < lookup.Length; i++) lookup[i] = i;
        else
            for (var i = 0; i < lookup.Length; i++) lookup[i] = active[i] ? count++ : -1;
        if (active is null) count = lookup.Length;

        // Direct CSR fill. Every stencil is ordered by (dr, dc), and locations are numbered in row-major order, so the
        // neighbours of a cell come out in ascending location order without sorting.
        var offsets = new int[count + 1];
        var idx = new int[Math.Min((long)count * 8, Array.MaxLength)];
        var p = 0;
        var k = 0;
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                if (lookup[r * columns + c] < 0) continue;
                foreach (var (dc, dr) in stencil((c, r)))
                {
                    int nc = c + dc, nr = r + dr;
                    if ((uint)nc >= (uint)columns || (uint)nr >= (uint)rows) continue;
                    var j = lookup[nr * columns + nc];
                    if (j >= 0) idx[p++] = j;
                }
                offsets[++k] = p;
            }
        }
        Array.Resize(ref idx, p);
        return WeightsBuilder.Binary(count, offsets, idx);
    }

    private static SpatialWeights FromCells(IReadOnlyList<(int Column, int Row)> cells, Func<(int Column, int Row), (int Dc, int Dr)[]> stencil)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var n = cells.Count;
        var cellCol = new int[n];
        var cellRow = new int[n];
        var index = new Dictionary<(int, int), int>(n);
        for (var k = 0; k < n; k++)
        {
            (cellCol[k], cellRow[k]) = cells[k];
            if (!index.TryAdd(cells[k], k)) throw new ArgumentException($"cell ({cells[k].Column}, {cells[k].Row}) is listed twice (locations {index[cells[k]]} and {k}).", nameof(cells));
        }
        return Build(n, cellCol, cellRow, (c, r) => index.TryGetValue((c, r), out var k) ? k : -1, stencil);
    }

    private static SpatialWeights Build(int n, int[] cellCol, int[] cellRow, Func<int, int, int> locationAt,
        Func<(int Column, int Row), (int Dc, int Dr)[]> stencil)
    {
        var offsets = new int[n + 1];
        var buffer = new List<int>(n * 8);
        Span<int> row = stackalloc int[8];
        for (var i = 0; i < n; i++)
        {
            var c = cellCol[i];
            var r = cellRow[i];
            var m = 0;
            foreach (var (dc, dr) in stencil((c, r)))
            {
                var j = locationAt(c + dc, r + dr);
                if (j >= 0) row[m++] = j;
            }
            var span = row[..m];
            span.Sort();
            foreach (var j in span) buffer.Add(j);
            offsets[i + 1] = buffer.Count;
        }
        return WeightsBuilder.Binary(n, offsets, buffer.ToArray());
    }
}
