namespace Geo.Analysis.Disclosure;

/// <summary>The smallest and largest value a hidden cell can take given everything shown (the linear relaxation).</summary>
public sealed record CellRange(int Cell, double Min, double Max)
{
    /// <summary>True when at most one whole number lies in the range: the cell is disclosed.</summary>
    public bool Determined => Math.Floor(Max + 1e-7) - Math.Ceiling(Min - 1e-7) < 1;
}
