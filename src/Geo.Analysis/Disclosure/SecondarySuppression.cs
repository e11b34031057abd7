namespace Geo.Analysis.Disclosure;

/// <summary>
/// Disclosure control of linked tables: primary suppression of counts from 1 to k − 1, then complementary (secondary)
/// suppression until no hidden small count can be determined from what is shown (see <see cref="DisclosureAudit"/>).
/// STUB (issue 14 skeleton): primary suppression and forced cells only; the disclosure helper replaces it.
/// </summary>
public static class SecondarySuppression
{
    /// <summary>The protected pattern of <paramref name="tables"/> for threshold <paramref name="threshold"/> (k ≥ 2).</summary>
    public static SuppressionPattern Protect(LinkedTables tables, int threshold, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentOutOfRangeException.ThrowIfLessThan(threshold, 2);
        var status = new CellStatus[tables.Count];
        for (var i = 0; i < status.Length; i++)
        {
            var v = tables.Value(i);
            status[i] = v > 0 && v < threshold ? CellStatus.Small : tables.IsForced(i) ? CellStatus.Secondary : CellStatus.Published;
        }
        return new SuppressionPattern(threshold, status);
    }
}
