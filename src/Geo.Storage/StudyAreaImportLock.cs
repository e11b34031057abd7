using Npgsql;

namespace Geo.Storage;

/// <summary>
/// The lock that serialises the imports of one study area (a transaction-level advisory lock). When another import holds
/// it, the waiter is told who holds it and since when, and waits at most as long as it was told to.
/// </summary>
public static class StudyAreaImportLock
{
    /// <summary>Takes the lock for the caller's transaction.</summary>
    /// <param name="connection">The import's connection, with its transaction begun.</param>
    /// <param name="studyAreaCode">The study area.</param>
    /// <param name="wait">How long to wait for another import; null: as long as it takes.</param>
    /// <param name="onWaiting">Told once, when the lock is held by another import, who holds it.</param>
    /// <exception cref="GeoStorageException">The other import still held the lock after <paramref name="wait"/>.</exception>
    public static async Task AcquireAsync(NpgsqlConnection connection, string studyAreaCode, TimeSpan? wait, Action<string>? onWaiting, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (await TryAsync(connection, studyAreaCode, ct).ConfigureAwait(false)) return;
        var holder = await HolderAsync(connection, studyAreaCode, ct).ConfigureAwait(false);
        onWaiting?.Invoke($"waiting for the import into study area {studyAreaCode} {holder}" +
                          (wait is { } w ? $" (at most {w.TotalSeconds:0} s, --wait)" : " (as long as it takes; --wait SECONDS limits it)") + " ...");
        var ms = wait is { } limit ? Math.Max(1, (long)limit.TotalMilliseconds) : 0;
        await using (var set = new NpgsqlCommand($"SET LOCAL lock_timeout = {ms}", connection))
            await set.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        try
        {
            await using var cmd = new NpgsqlCommand(SqlResources.Get("study_area_import_lock"), connection) { CommandTimeout = 0 };
            cmd.Parameters.Add(new NpgsqlParameter { Value = studyAreaCode });
            await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.LockNotAvailable)
        {
            throw new GeoStorageException(
                $"Another import into study area {studyAreaCode} is still running ({holder}); gave up after waiting {wait!.Value.TotalSeconds:0} s. " +
                "Nothing was loaded: try again when it has finished, or wait longer with --wait SECONDS.", e);
        }
        await using (var reset = new NpgsqlCommand("SET LOCAL lock_timeout = 0", connection))
            await reset.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    private static async Task<bool> TryAsync(NpgsqlConnection connection, string code, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(SqlResources.Get("study_area_import_lock_try"), connection);
        cmd.Parameters.Add(new NpgsqlParameter { Value = code });
        return (bool)(await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
    }

    /// <summary>"started at 10:42 by geo import incidents x.csv by anna (process 123)", or what is known of the holder.</summary>
    private static async Task<string> HolderAsync(NpgsqlConnection connection, string code, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(SqlResources.Get("study_area_import_lock_holder"), connection);
        cmd.Parameters.Add(new NpgsqlParameter { Value = code });
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        if (!await r.ReadAsync(ct).ConfigureAwait(false)) return "(by another session)";
        var app = r.IsDBNull(r.GetOrdinal("application_name")) ? "" : r.GetString(r.GetOrdinal("application_name"));
        var user = r.IsDBNull(r.GetOrdinal("user_name")) ? "?" : r.GetString(r.GetOrdinal("user_name"));
        var started = r.IsDBNull(r.GetOrdinal("started")) ? (DateTimeOffset?)null : r.GetFieldValue<DateTimeOffset>(r.GetOrdinal("started"));
        var pid = r.GetInt32(r.GetOrdinal("pid"));
        var what = app.Length > 0 ? $"\"{app}\"" : $"database user {user}";
        return started is { } s
            ? $"started at {s.ToLocalTime():HH:mm} by {what}, server process {pid}"
            : $"by {what}, server process {pid}";
    }
}
