using Npgsql;

namespace Geo.Storage;

/// <summary>
/// Applies the embedded migrations in name order, each in its own transaction and recorded in
/// schema_migration. A session-level advisory lock serialises concurrent starts.
/// </summary>
internal static class Migrator
{
    /// <summary>Advisory lock key: "geo-migr" read as ASCII.</summary>
    private const long LockKey = 0x67656F2D6D696772;

    public static async Task<IReadOnlyList<string>> MigrateAsync(NpgsqlDataSource dataSource, Action<string> log, CancellationToken ct)
    {
        await using var c = await dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        await ExecAsync(c, "SELECT pg_advisory_lock($1)", ct, LockKey).ConfigureAwait(false);
        try
        {
            await ExecAsync(c, SqlResources.Get("schema_migration_create"), ct).ConfigureAwait(false);
            var applied = (await ReadAppliedAsync(c, ct).ConfigureAwait(false)).Keys.ToHashSet(StringComparer.Ordinal);
            var done = new List<string>();
            foreach (var (name, sql) in SqlResources.Migrations())
            {
                if (applied.Contains(name)) continue;
                log($"Applying migration {name}.");
                await using var tx = await c.BeginTransactionAsync(ct).ConfigureAwait(false);
                await using (var cmd = new NpgsqlCommand(sql, c, tx) { CommandTimeout = 0 })
                    await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                await using (var rec = new NpgsqlCommand("INSERT INTO schema_migration (name) VALUES ($1)", c, tx) { Parameters = { new() { Value = name } } })
                    await rec.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                await tx.CommitAsync(ct).ConfigureAwait(false);
                done.Add(name);
            }
            if (done.Count > 0) await c.ReloadTypesAsync(ct).ConfigureAwait(false);
            await TaxonomySync.SyncAsync(c, ct).ConfigureAwait(false);
            return done;
        }
        finally
        {
            await ExecAsync(c, "SELECT pg_advisory_unlock($1)", CancellationToken.None, LockKey).ConfigureAwait(false);
        }
    }

    public static async Task<IReadOnlyList<MigrationInfo>> StatusAsync(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        await using var c = await dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var exists = new NpgsqlCommand("SELECT to_regclass('schema_migration') IS NOT NULL", c);
        var applied = (bool)(await exists.ExecuteScalarAsync(ct).ConfigureAwait(false))!
            ? await ReadAppliedAsync(c, ct).ConfigureAwait(false)
            : new Dictionary<string, DateTimeOffset>();
        var known = SqlResources.Migrations().Select(m => m.Name).ToList();
        // Migrations recorded by a newer Geo are listed too, as applied.
        return known.Union(applied.Keys).Order(StringComparer.Ordinal)
            .Select(n => applied.TryGetValue(n, out var at) ? new MigrationInfo(n, true, at) : new MigrationInfo(n, false, null))
            .ToArray();
    }

    private static async Task<Dictionary<string, DateTimeOffset>> ReadAppliedAsync(NpgsqlConnection c, CancellationToken ct)
    {
        var d = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        await using var cmd = new NpgsqlCommand("SELECT name, applied_at FROM schema_migration", c);
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        int name = r.GetOrdinal("name"), appliedAt = r.GetOrdinal("applied_at");
        while (await r.ReadAsync(ct).ConfigureAwait(false))
            d[r.GetString(name)] = r.GetFieldValue<DateTimeOffset>(appliedAt);
        return d;
    }

    private static async Task ExecAsync(NpgsqlConnection c, string sql, CancellationToken ct, params object[] args)
    {
        await using var cmd = new NpgsqlCommand(sql, c);
        foreach (var a in args) cmd.Parameters.Add(new NpgsqlParameter { Value = a });
        await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }
}
