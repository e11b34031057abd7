using Npgsql;

namespace Geo.Storage;

/// <summary>
/// A temporary staging table (ON COMMIT DROP) fed by a binary COPY, then merged by one set-based
/// statement. Used by the loaders; needs the caller's open transaction.
/// </summary>
internal sealed class StagingCopy : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly string _table;
    private NpgsqlBinaryImporter? _importer;

    private StagingCopy(NpgsqlConnection connection, string table, NpgsqlBinaryImporter importer)
    {
        _connection = connection;
        _table = table;
        _importer = importer;
    }

    /// <summary>Creates the staging table with <c>Sql/&lt;createResource&gt;.sql</c> and starts the binary COPY.</summary>
    public static async Task<StagingCopy> BeginAsync(NpgsqlConnection connection, string table, string createResource, string columns, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (connection.FullState != System.Data.ConnectionState.Open)
            throw new InvalidOperationException("The loader needs an open connection with a transaction begun on it.");
        await using (var cmd = new NpgsqlCommand(SqlResources.Get(createResource), connection))
            await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        NpgsqlBinaryImporter importer;
        try
        {
            importer = await connection.BeginBinaryImportAsync($"COPY {table} ({columns}) FROM STDIN (FORMAT BINARY)", ct).ConfigureAwait(false);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            // ON COMMIT DROP outside a transaction block drops the table at once.
            throw new InvalidOperationException("The loader needs a transaction: call connection.BeginTransactionAsync() before BeginAsync.", e);
        }
        return new StagingCopy(connection, table, importer);
    }

    /// <summary>The open importer for <c>StartRow</c>/<c>Write</c>.</summary>
    public NpgsqlBinaryImporter Importer => _importer ?? throw new InvalidOperationException("The load has already been completed.");

    /// <summary>
    /// Ends the COPY, analyses the staging table, runs <paramref name="merge"/> with a larger work_mem
    /// (restored afterwards), then drops the staging table.
    /// </summary>
    public async Task<T> CompleteAndRunAsync<T>(Func<NpgsqlConnection, CancellationToken, Task<T>> merge, CancellationToken ct)
    {
        var importer = Importer;
        await importer.CompleteAsync(ct).ConfigureAwait(false);
        await importer.DisposeAsync().ConfigureAwait(false);
        _importer = null;
        await ExecAsync($"ANALYZE {_table}", ct).ConfigureAwait(false);
        string previous;
        await using (var get = new NpgsqlCommand("SELECT current_setting('work_mem')", _connection))
            previous = (string)(await get.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
        await ExecAsync("SELECT set_config('work_mem', '256MB', true)", ct).ConfigureAwait(false);
        var result = await merge(_connection, ct).ConfigureAwait(false);
        await using (var set = new NpgsqlCommand("SELECT set_config('work_mem', $1, true)", _connection) { Parameters = { new() { Value = previous } } })
            await set.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        await ExecAsync($"DROP TABLE {_table}", ct).ConfigureAwait(false);
        return result;
    }

    private async Task ExecAsync(string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, _connection) { CommandTimeout = 0 };
        await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Cancels an unfinished COPY (the caller's transaction is then rolled back by the caller).</summary>
    public async ValueTask DisposeAsync()
    {
        if (_importer is { } i)
        {
            _importer = null;
            try
            {
                await i.DisposeAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
            {
                // The COPY was already broken; the transaction is lost either way.
            }
        }
    }

    /// <summary>
    /// Repairs invalid staged geometries with <paramref name="repairSql"/> (returns how many), then refuses
    /// the load with the first offending row numbers when <paramref name="checkSql"/> (parameter: SRID)
    /// finds any.
    /// </summary>
    public static async Task<long> RepairAndCheckAsync(NpgsqlConnection c, string repairSql, string checkSql, int srid, string what, CancellationToken ct)
    {
        long repaired;
        await using (var cmd = new NpgsqlCommand(repairSql, c) { CommandTimeout = 0 })
            repaired = await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        var problems = new List<string>();
        await using (var cmd = new NpgsqlCommand(checkSql, c) { CommandTimeout = 0, Parameters = { new() { Value = srid } } })
        await using (var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false))
            while (await r.ReadAsync(ct).ConfigureAwait(false))
                problems.Add($"row {r.GetInt64(0)}: {r.GetString(1)}");
        if (problems.Count > 0)
            throw new GeoStorageException($"The {what} cannot be stored (first problems shown): {string.Join("; ", problems)}.");
        return repaired;
    }

    /// <summary>Runs a merge statement that returns one row (new, updated, distinct staged) and converts it.</summary>
    public static async Task<Core.Domain.MergeCounts> MergeCountsAsync(NpgsqlConnection c, string sql, CancellationToken ct, params object[] args)
    {
        await using var cmd = new NpgsqlCommand(sql, c) { CommandTimeout = 0 };
        foreach (var a in args) cmd.Parameters.Add(new NpgsqlParameter { Value = a });
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        await r.ReadAsync(ct).ConfigureAwait(false);
        long n = r.GetInt64(0), u = r.GetInt64(1), distinct = r.GetInt64(2);
        return new Core.Domain.MergeCounts(n, u, distinct - n - u);
    }
}
