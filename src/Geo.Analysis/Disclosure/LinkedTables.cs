namespace Geo.Analysis.Disclosure;

/// <summary>
/// A set of non-negative integer counts (cells) and the additive relations between them (a total equals the sum of its
/// parts): the rows, columns and margins of one or more tables that share cells (an area × category-group table with its
/// area totals and group totals, areas nested in coarser areas, the study-area total, hotspots as sums of grid cells).
/// Everything a receiver may combine is one <see cref="LinkedTables"/>. No I/O.
/// </summary>
public sealed class LinkedTables
{
    private readonly List<long> _values = [];
    private readonly List<bool> _forced = [];
    private readonly List<Relation> _relations = [];

    /// <summary>Number of cells.</summary>
    public int Count => _values.Count;

    /// <summary>The additive relations, in the order added.</summary>
    public IReadOnlyList<Relation> Relations => _relations;

    /// <summary>Adds a cell with its true count; <paramref name="forceHidden"/> hides it whatever its value (e.g. a differencing risk with an earlier release). Returns its index.</summary>
    public int AddCell(long value, bool forceHidden = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        _values.Add(value);
        _forced.Add(forceHidden);
        return _values.Count - 1;
    }

    /// <summary>Adds the relation total = Σ parts (cell indices).</summary>
    public void AddRelation(int total, IReadOnlyList<int> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        Check(total);
        foreach (var p in parts) Check(p);
        if (parts.Sum(p => _values[p]) != _values[total])
            throw new ArgumentException($"cell {total} ({_values[total]}) is not the sum of its {parts.Count} parts ({parts.Sum(p => _values[p])}).", nameof(parts));
        _relations.Add(new Relation(total, [.. parts]));
    }

    /// <summary>The true count of cell <paramref name="cell"/>.</summary>
    public long Value(int cell) => _values[cell];

    /// <summary>True when the cell is hidden whatever its value.</summary>
    public bool IsForced(int cell) => _forced[cell];

    /// <summary>Marks a cell hidden whatever its value.</summary>
    public void Force(int cell)
    {
        Check(cell);
        _forced[cell] = true;
    }

    private void Check(int cell) => ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)cell, (uint)_values.Count, nameof(cell));

    /// <summary>total = Σ parts.</summary>
    public sealed record Relation(int Total, IReadOnlyList<int> Parts);
}
