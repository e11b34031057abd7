namespace Geo.Core.Domain;

/// <summary>What a merge of staged rows into a table did.</summary>
/// <param name="New">Rows inserted.</param>
/// <param name="Updated">Existing rows whose content changed.</param>
/// <param name="Unchanged">Existing rows already identical.</param>
public readonly record struct MergeCounts(long New, long Updated, long Unchanged)
{
    public long Total => New + Updated + Unchanged;
}
