using Geo.Core.Domain;
using Npgsql;

namespace Geo.Storage;

/// <summary>Writes import_batch rows (provenance of each load) on the caller's connection and transaction.</summary>
public static class ImportBatchStore
{
    /// <summary>
    /// Inserts a batch and returns its id (<c>draft.Id</c> is ignored). <c>started_at</c> is
    /// <c>draft.StartedAt</c>, or now when default; <c>imported_by</c> is <c>draft.ImportedBy</c>, or the OS
    /// user name when empty; an empty <c>Sha256</c> is stored as null.
    /// </summary>
    public static async Task<long> BeginAsync(NpgsqlConnection connection, ImportBatch draft, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(draft);
        await using var cmd = new NpgsqlCommand(SqlResources.Get("import_batch_begin"), connection);
        cmd.Parameters.Add(new NpgsqlParameter { Value = draft.StudyAreaCode });
        cmd.Parameters.Add(new NpgsqlParameter { Value = DbNames.Of(draft.Kind) });
        cmd.Parameters.Add(new NpgsqlParameter { Value = draft.FileName });
        cmd.Parameters.Add(new NpgsqlParameter { Value = string.IsNullOrWhiteSpace(draft.Sha256) ? DBNull.Value : draft.Sha256.Trim().ToLowerInvariant() });
        cmd.Parameters.Add(new NpgsqlParameter { Value = draft.Source });
        cmd.Parameters.Add(new NpgsqlParameter { Value = (object?)draft.Mapping ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        cmd.Parameters.Add(new NpgsqlParameter { Value = draft.RowsRead });
        cmd.Parameters.Add(new NpgsqlParameter { Value = draft.RowsLoaded });
        cmd.Parameters.Add(new NpgsqlParameter { Value = draft.RowsRejected });
        cmd.Parameters.Add(new NpgsqlParameter { Value = draft.StartedAt == default ? DBNull.Value : draft.StartedAt.ToUniversalTime(), NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.TimestampTz });
        cmd.Parameters.Add(new NpgsqlParameter { Value = string.IsNullOrWhiteSpace(draft.ImportedBy) ? Environment.UserName : draft.ImportedBy });
        return (long)(await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
    }

    /// <summary>Records the outcome of a batch and sets <c>finished_at</c> to now.</summary>
    public static async Task FinishAsync(NpgsqlConnection connection, long id, long rowsRead, long rowsLoaded, long rowsRejected, MergeCounts counts, long withoutLocation, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var cmd = new NpgsqlCommand(SqlResources.Get("import_batch_finish"), connection);
        foreach (var v in new[] { id, rowsRead, rowsLoaded, rowsRejected, counts.New, counts.Updated, counts.Unchanged, withoutLocation })
            cmd.Parameters.Add(new NpgsqlParameter { Value = v });
        if (await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false) != 1)
            throw new InvalidOperationException($"Import batch {id} does not exist.");
    }
}
