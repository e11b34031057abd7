using Geo.Core.Taxonomy;
using Npgsql;

namespace Geo.Storage;

/// <summary>
/// Synchronises the category and category_mapping tables with <see cref="CategoryTaxonomy.BuiltIn"/>
/// and <see cref="SourceMapping.BuiltIn"/>: upserts; categories still in use are never deleted.
/// </summary>
internal static class TaxonomySync
{
    public static async Task SyncAsync(NpgsqlConnection c, CancellationToken ct)
    {
        var cats = CategoryTaxonomy.BuiltIn.All.OrderBy(x => x.Code, StringComparer.Ordinal).ToArray();
        var maps = SourceMapping.BuiltIn.Values
            .SelectMany(m => m.Entries.Select(e => (m.Source, Code: e.Key, Category: e.Value)))
            .ToArray();
        await using var tx = await c.BeginTransactionAsync(ct).ConfigureAwait(false);
        await using (var cmd = new NpgsqlCommand(SqlResources.Get("category_sync"), c, tx))
        {
            cmd.Parameters.Add(new NpgsqlParameter { Value = cats.Select(x => x.Code).ToArray() });
            cmd.Parameters.Add(new NpgsqlParameter { Value = cats.Select(x => x.Parent).ToArray(), NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text });
            cmd.Parameters.Add(new NpgsqlParameter { Value = cats.Select(x => x.LabelSv).ToArray() });
            cmd.Parameters.Add(new NpgsqlParameter { Value = cats.Select(x => x.LabelEn).ToArray() });
            await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
        await using (var cmd = new NpgsqlCommand(SqlResources.Get("category_mapping_sync"), c, tx))
        {
            cmd.Parameters.Add(new NpgsqlParameter { Value = maps.Select(x => x.Source).ToArray() });
            cmd.Parameters.Add(new NpgsqlParameter { Value = maps.Select(x => x.Code).ToArray() });
            cmd.Parameters.Add(new NpgsqlParameter { Value = maps.Select(x => x.Category).ToArray() });
            cmd.Parameters.Add(new NpgsqlParameter { Value = SourceMapping.BuiltIn.Keys.ToArray() });
            await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
        // Pruning looks at the incident table, so it only runs when some category is no longer built in.
        await using (var stale = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM category WHERE NOT (code = ANY ($1::text[])))", c, tx))
        {
            stale.Parameters.Add(new NpgsqlParameter { Value = cats.Select(x => x.Code).ToArray() });
            if ((bool)(await stale.ExecuteScalarAsync(ct).ConfigureAwait(false))!)
            {
                await using var cmd = new NpgsqlCommand(SqlResources.Get("category_prune"), c, tx) { CommandTimeout = 0 };
                cmd.Parameters.Add(new NpgsqlParameter { Value = cats.Select(x => x.Code).ToArray() });
                await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }
        }
        await tx.CommitAsync(ct).ConfigureAwait(false);
    }
}
