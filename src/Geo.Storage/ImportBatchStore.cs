using Geo.Core.Domain;
using Npgsql;

namespace Geo.Storage;

/// <summary>
/// Writes import_batch rows (provenance of each load) on the import's connection and transaction, with two SQL statements
/// (<c>Sql/import_batch_begin.sql</c>, <c>Sql/import_batch_finish.sql</c>); they are read through the EF Core model.
/// </summary>
/// <remarks>
/// Not through EF Core: these two writes are the only ones of an import, and a one-shot <c>geo import</c> process would pay
/// EF Core's first use for them (service provider, model, update pipeline: 0.6-0.8 s on 2 cores, ReadyToRun included).
/// </remarks>
public static class ImportBatchStore
{
    /// <summary>
    /// Inserts a batch and returns its id (<c>draft.Id</c> is ignored). <c>started_at</c> is <c>draft.StartedAt</c>, or now
    /// when default; <c>imported_by</c> is <c>draft.ImportedBy</c>, or the OS user name when empty; an empty <c>Sha256</c>
    /// is stored as null.
    /// </summary>
    public static async Task<long> BeginAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, ImportBatch draft, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(draft);
        await using var cmd = new NpgsqlCommand(SqlResources.Get("import_batch_begin"), connection, transaction);
        Add(cmd, draft.StudyAreaCode);
        Add(cmd, draft.Kind.Code());
        Add(cmd, draft.FileName);
        Add(cmd, string.IsNullOrWhiteSpace(draft.Sha256) ? null : draft.Sha256.Trim().ToLowerInvariant());
        Add(cmd, draft.Source);
        Add(cmd, draft.Mapping);
        Add(cmd, draft.RowsRead);
        Add(cmd, draft.RowsLoaded);
        Add(cmd, draft.RowsRejected);
        Add(cmd, draft.StartedAt == default ? DateTimeOffset.UtcNow : draft.StartedAt.ToUniversalTime());
        Add(cmd, string.IsNullOrWhiteSpace(draft.ImportedBy) ? Environment.UserName : draft.ImportedBy);
        return (long)(await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
    }

    /// <summary>Records the outcome of a batch, the file's SHA-256 when given, and sets <c>finished_at</c> to now.</summary>
    /// <exception cref="InvalidOperationException">The batch does not exist.</exception>
    public static async Task FinishAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long id, long rowsRead, long rowsLoaded,
        long rowsRejected, MergeCounts counts, long withoutLocation, string? sha256 = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var cmd = new NpgsqlCommand(SqlResources.Get("import_batch_finish"), connection, transaction);
        Add(cmd, id);
        Add(cmd, rowsRead);
        Add(cmd, rowsLoaded);
        Add(cmd, rowsRejected);
        Add(cmd, counts.New);
        Add(cmd, counts.Updated);
        Add(cmd, counts.Unchanged);
        Add(cmd, withoutLocation);
        Add(cmd, DateTimeOffset.UtcNow);
        Add(cmd, string.IsNullOrWhiteSpace(sha256) ? null : sha256.Trim().ToLowerInvariant());
        if (await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false) == 0)
            throw new InvalidOperationException($"Import batch {id} does not exist.");
    }

    private static void Add<T>(NpgsqlCommand cmd, T? value) =>
        cmd.Parameters.Add(value is null ? new NpgsqlParameter { Value = DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text } : new NpgsqlParameter<T> { TypedValue = value });
}
