namespace Geo.Analysis.Disclosure;

/// <summary>
/// What a receiver can compute about the hidden cells of a <see cref="SuppressionPattern"/>: for each hidden cell, its
/// range given the shown cells, the relations, and what the marks say (a small cell lies in [1, k − 1], a secondary one
/// in [k, ∞)). STUB (issue 14 skeleton): the disclosure helper implements it.
/// </summary>
public static class DisclosureAudit
{
    /// <summary>The range of every hidden cell.</summary>
    public static IReadOnlyList<CellRange> Ranges(LinkedTables tables, SuppressionPattern pattern, CancellationToken ct = default) =>
        throw new NotImplementedException("DisclosureAudit is part of issue 14's disclosure work.");
}
