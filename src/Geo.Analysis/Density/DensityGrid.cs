namespace Geo.Analysis.Density;

/// <summary>
/// A regular output grid in metres: cell (c, r) covers [MinX + c·CellSize, MinX + (c+1)·CellSize) × [MinY + r·CellSize, …),
/// its centre is (MinX + (c + 0.5)·CellSize, MinY + (r + 0.5)·CellSize). Cells are stored row-major: index r·Columns + c.
/// </summary>
/// <param name="MinX">West edge in metres.</param>
/// <param name="MinY">South edge in metres.</param>
/// <param name="CellSize">Cell side in metres.</param>
/// <param name="Columns">Number of columns.</param>
/// <param name="Rows">Number of rows.</param>
public sealed record DensityGrid(double MinX, double MinY, double CellSize, int Columns, int Rows)
{
    /// <summary>Number of cells (Columns·Rows).</summary>
    public int Count => checked(Columns * Rows);

    /// <summary>Cell area in km² (coordinates in metres).</summary>
    public double CellAreaKm2 => CellSize * CellSize / 1e6;

    /// <summary>x of the centre of column <paramref name="column"/>.</summary>
    public double CentreX(int column) => MinX + (column + 0.5) * CellSize;

    /// <summary>y of the centre of row <paramref name="row"/>.</summary>
    public double CentreY(int row) => MinY + (row + 0.5) * CellSize;

    /// <summary>A study-area mask (true = inside) from a point-in-area test evaluated at each cell centre.</summary>
    public bool[] MaskFrom(Func<double, double, bool> inside)
    {
        ArgumentNullException.ThrowIfNull(inside);
        var mask = new bool[Count];
        for (var r = 0; r < Rows; r++)
            for (var c = 0; c < Columns; c++)
                mask[r * Columns + c] = inside(CentreX(c), CentreY(r));
        return mask;
    }

    internal void Validate()
    {
        if (!(CellSize > 0) || double.IsInfinity(CellSize)) throw new ArgumentOutOfRangeException(nameof(CellSize), "Cell size must be positive.");
        if (Columns <= 0 || Rows <= 0) throw new ArgumentOutOfRangeException(nameof(Columns), "Grid must have at least one row and column.");
        if (!double.IsFinite(MinX) || !double.IsFinite(MinY)) throw new ArgumentOutOfRangeException(nameof(MinX), "Grid origin must be finite.");
    }
}
