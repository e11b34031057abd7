using Geo.Storage;

namespace Geo.Planning.Exports.Release;

/// <summary>
/// The ledger rule (docs/disclosure.md, "Releases and the ledger"): a count of a new release is forced hidden when an
/// earlier release of the same study area, categories and threshold holds the same count (area set, area, group)
/// for the SAME period and hid it (consistency), or for a period that NESTS with this one (one contains the other) and
/// published it while the two differ by 1 to k − 1 (the difference, a count of the difference period, would be small).
/// </summary>
public static class ReleaseLedger
{
    /// <summary>Status text of a published count in the ledger.</summary>
    public const string Published = "published";

    /// <summary>True when a count <paramref name="value"/> of period [<paramref name="from"/>, <paramref name="to"/>] must be hidden because of the earlier count <paramref name="earlier"/>.</summary>
    public static bool MustHide(DateOnly from, DateOnly to, int value, LedgerCell earlier, int threshold)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        if (earlier.PeriodFrom == from && earlier.PeriodTo == to) return earlier.Status != Published;
        var nests = (earlier.PeriodFrom <= from && to <= earlier.PeriodTo) || (from <= earlier.PeriodFrom && earlier.PeriodTo <= to);
        if (!nests || earlier.Status != Published) return false;
        var difference = Math.Abs((long)value - earlier.Value);
        return difference >= 1 && difference <= threshold - 1;
    }

    /// <summary>Forces hidden every count of <paramref name="tables"/> the earlier cells require; returns how many (of those not small anyway).</summary>
    internal static int Force(ReleaseAreaTables tables, IReadOnlyList<LedgerCell> earlier, int threshold)
    {
        var byKey = earlier.ToLookup(e => (e.AreaSet, e.AreaCode, e.Group));
        var forced = 0;
        for (var i = 0; i < tables.Counts.Count; i++)
        {
            var c = tables.Counts[i];
            var (from, to) = tables.Dates(c.Period);
            if (!byKey[(c.AreaSet, c.AreaCode, c.Group)].Any(e => MustHide(from, to, c.Value, e, threshold))) continue;
            tables.Tables.Force(i);
            if (c.Value == 0 || c.Value >= threshold) forced++;
        }
        return forced;
    }
}
