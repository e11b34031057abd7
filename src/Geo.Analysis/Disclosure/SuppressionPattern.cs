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

    /// <summary>Every cell's status, in cell order.</summary>
    public IReadOnlyList<CellStatus> Statuses => status;

    /// <summary>How many cells are small (primary suppression).</summary>
    public int Small => status.Count(s => s == CellStatus.Small);

    /// <summary>How many cells are hidden as complements or forced (secondary suppression).</summary>
    public int Secondary => status.Count(s => s == CellStatus.Secondary);

    /// <summary>True when cell <paramref name="cell"/> is not shown.</summary>
    public bool IsHidden(int cell) => status[cell] != CellStatus.Published;

    /// <summary>
    /// The information lost to secondary suppression: the sum of the counts hidden as <see cref="CellStatus.Secondary"/>
    /// (0 when the pattern was not made by <see cref="SecondarySuppression.Protect"/>).
    /// </summary>
    public long SecondaryValue { get; init; }

    /// <summary>How many complements <see cref="SecondarySuppression.Protect"/> chose (secondary cells that were not forced).</summary>
    public int Complements { get; init; }

    /// <summary>
    /// Small or forced cells that stay determined whatever else is hidden (their relation holds only hidden cells pinned by
    /// their own bounds, e.g. a total of 2 with two parts of 1 at k = 3, or no shown count ≥ k is linked to them). Empty
    /// for a pattern that protects everything; otherwise the caller must withhold these cells' tables.
    /// </summary>
    public IReadOnlyList<int> Unprotectable { get; init; } = [];

    /// <summary>How many rounds of <see cref="SecondarySuppression.Protect"/> ran the full audit.</summary>
    public int AuditRounds { get; init; }
}
