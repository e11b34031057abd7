namespace Geo.Analysis.Weights;

/// <summary>
/// A uniform grid bucket index over points (cells of side <c>cellSize</c>, points of a cell stored contiguously,
/// counting-sort layout), for fixed-radius and k-nearest searches (Bentley, Stanat &amp; Williams 1977, "The complexity
/// of finding fixed-radius near neighbors"; the cell-list method).
/// </summary>
internal sealed class PointBuckets
{
    private readonly int[] _start;
    private readonly int[] _points;

    public PointBuckets(IReadOnlyList<(double X, double Y)> points, double cellSize)
    {
        Points = points;
        var n = points.Count;
        MinX = double.PositiveInfinity;
        MinY = double.PositiveInfinity;
        double maxX = double.NegativeInfinity, maxY = double.NegativeInfinity;
        for (var i = 0; i < n; i++)
        {
            var (x, y) = points[i];
            if (!double.IsFinite(x) || !double.IsFinite(y)) throw new ArgumentException($"point {i} has a non-finite coordinate.", nameof(points));
            MinX = Math.Min(MinX, x);
            MinY = Math.Min(MinY, y);
            maxX = Math.Max(maxX, x);
            maxY = Math.Max(maxY, y);
        }
        if (n == 0) MinX = MinY = maxX = maxY = 0;
        // keep the cell count near or below n (and the arithmetic within int)
        var extent = Math.Max(maxX - MinX, maxY - MinY);
        var limit = Math.Max(1, Math.Sqrt(Math.Max(n, 1)) * 2);
        CellSize = cellSize > 0 && double.IsFinite(cellSize) ? Math.Max(cellSize, extent / limit) : Math.Max(extent / limit, 1);
        if (CellSize == 0 || !double.IsFinite(CellSize)) CellSize = 1;
        Columns = (int)Math.Floor((maxX - MinX) / CellSize) + 1;
        Rows = (int)Math.Floor((maxY - MinY) / CellSize) + 1;
        _start = new int[Columns * Rows + 1];
        var cellOf = new int[n];
        for (var i = 0; i < n; i++)
        {
            cellOf[i] = CellIndex(points[i].X, points[i].Y);
            _start[cellOf[i] + 1]++;
        }
        for (var c = 0; c < Columns * Rows; c++) _start[c + 1] += _start[c];
        _points = new int[n];
        var fill = (int[])_start.Clone();
        for (var i = 0; i < n; i++) _points[fill[cellOf[i]]++] = i; // ascending index within a cell
    }

    public IReadOnlyList<(double X, double Y)> Points { get; }
    public double MinX { get; }
    public double MinY { get; }
    public double CellSize { get; }
    public int Columns { get; }
    public int Rows { get; }

    public int Column(double x) => Math.Clamp((int)Math.Floor((x - MinX) / CellSize), 0, Columns - 1);
    public int Row(double y) => Math.Clamp((int)Math.Floor((y - MinY) / CellSize), 0, Rows - 1);
    private int CellIndex(double x, double y) => Row(y) * Columns + Column(x);

    /// <summary>The points of cell (column, row); empty outside the grid.</summary>
    public ReadOnlySpan<int> Cell(int column, int row)
    {
        if (column < 0 || row < 0 || column >= Columns || row >= Rows) return [];
        var c = row * Columns + column;
        return _points.AsSpan(_start[c], _start[c + 1] - _start[c]);
    }
}
