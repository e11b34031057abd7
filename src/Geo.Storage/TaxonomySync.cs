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
        if (await IsUpToDateAsync(c, cats, maps, ct).ConfigureAwait(false)) return;
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

    /// <summary>
    /// True when the tables already hold exactly the built-in categories and, for the built-in sources, exactly their
    /// mappings (other sources' mappings are not the sync's business): then the sync would change nothing, and every
    /// command that opens the database skips its transaction of array upserts (one read of a few hundred rows instead).
    /// </summary>
    private static async Task<bool> IsUpToDateAsync(NpgsqlConnection c, Category[] categories,
        (string Source, string Code, string Category)[] mappings, CancellationToken ct)
    {
        var expectedCategories = categories.Select(x => (x.Code, x.Parent, x.LabelSv, x.LabelEn)).ToHashSet();
        var expectedMappings = mappings.ToHashSet();
        var builtInSources = SourceMapping.BuiltIn.Values.Select(m => m.Source).ToHashSet(StringComparer.Ordinal);
        var storedCategories = new HashSet<(string, string?, string, string)>();
        var storedMappings = new HashSet<(string, string, string)>();
        await using var cmd = new NpgsqlCommand("""
            SELECT 'category' AS row_kind, code AS a, parent AS b, label_sv AS c, label_en AS d FROM category
            UNION ALL
            SELECT 'mapping', source, source_code, category, NULL FROM category_mapping
            """, c);
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        int kind = r.GetOrdinal("row_kind"), a = r.GetOrdinal("a"), b = r.GetOrdinal("b"), cc = r.GetOrdinal("c"), d = r.GetOrdinal("d");
        while (await r.ReadAsync(ct).ConfigureAwait(false))
        {
            if (r.GetString(kind) == "category")
                storedCategories.Add((r.GetString(a), r.IsDBNull(b) ? null : r.GetString(b), r.GetString(cc), r.GetString(d)));
            else if (builtInSources.Contains(r.GetString(a)))
                storedMappings.Add((r.GetString(a), r.GetString(b), r.GetString(cc)));
        }
        return storedCategories.SetEquals(expectedCategories) && storedMappings.SetEquals(expectedMappings);
    }
}
