using Geo.Core.Domain;
using Geo.Storage.Model;
using Npgsql;

namespace Geo.Storage;

/// <summary>Writes import_batch rows (provenance of each load) through the EF Core model, on the import's connection and transaction.</summary>
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
        await using var db = await GeoDbContext.OnConnectionAsync(connection, transaction, ct).ConfigureAwait(false);
        var row = new ImportBatchEntity
        {
            StudyAreaCode = draft.StudyAreaCode,
            Kind = draft.Kind,
            FileName = draft.FileName,
            Sha256 = string.IsNullOrWhiteSpace(draft.Sha256) ? null : draft.Sha256.Trim().ToLowerInvariant(),
            Source = draft.Source,
            Mapping = draft.Mapping,
            RowsRead = draft.RowsRead,
            RowsLoaded = draft.RowsLoaded,
            RowsRejected = draft.RowsRejected,
            StartedAt = draft.StartedAt == default ? DateTimeOffset.UtcNow : draft.StartedAt.ToUniversalTime(),
            ImportedBy = string.IsNullOrWhiteSpace(draft.ImportedBy) ? Environment.UserName : draft.ImportedBy,
        };
        db.ImportBatches.Add(row);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return row.Id;
    }

    /// <summary>Records the outcome of a batch, the file's SHA-256 when given, and sets <c>finished_at</c> to now.</summary>
    /// <exception cref="InvalidOperationException">The batch does not exist.</exception>
    public static async Task FinishAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long id, long rowsRead, long rowsLoaded,
        long rowsRejected, MergeCounts counts, long withoutLocation, string? sha256 = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var db = await GeoDbContext.OnConnectionAsync(connection, transaction, ct).ConfigureAwait(false);
        var row = await db.ImportBatches.FindAsync([id], ct).ConfigureAwait(false)
                  ?? throw new InvalidOperationException($"Import batch {id} does not exist.");
        row.RowsRead = rowsRead;
        row.RowsLoaded = rowsLoaded;
        row.RowsRejected = rowsRejected;
        row.RowsNew = counts.New;
        row.RowsUpdated = counts.Updated;
        row.RowsUnchanged = counts.Unchanged;
        row.RowsWithoutLocation = withoutLocation;
        row.FinishedAt = DateTimeOffset.UtcNow;
        if (!string.IsNullOrWhiteSpace(sha256)) row.Sha256 = sha256.Trim().ToLowerInvariant();
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }
}
