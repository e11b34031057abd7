namespace Geo.Analysis.Disclosure;

/// <summary>The status of every cell of a <see cref="LinkedTables"/> after disclosure control with threshold <see cref="Threshold"/>.</summary>
public sealed class SuppressionPattern(int threshold, CellStatus[] status)
{
    /// <summary>k: counts from 1 to k − 1 are small.</summary>
    public int Threshold { get; } = threshold;

    /// <summary>The status of cell <paramref name="cell"/>.</summary>
    public CellStatus this[int cell] => status[cell];

    /// <summary>Number of cells.</summary>
    public int Count => status.Length;

    /// <summary>How many cells are small (primary suppression).</summary>
    public int Small => status.Count(s => s == CellStatus.Small);

    /// <summary>How many cells are hidden as complements or forced (secondary suppression).</summary>
    public int Secondary => status.Count(s => s == CellStatus.Secondary);
}
