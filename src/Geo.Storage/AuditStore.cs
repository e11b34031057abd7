using Geo.Storage.Model;
using Npgsql;
using NpgsqlTypes;

namespace Geo.Storage;

/// <summary>
/// The audit log (<c>audit_log</c>, migration 0007): append-only, written in batches with binary COPY (one round trip per
/// batch) by the HTTP service's audit writer, and usable by the CLI for its exports.
/// </summary>
/// <param name="database">The Geo database.</param>
public sealed class AuditStore(GeoDatabase database)
{
    /// <summary>Appends <paramref name="entries"/> in one COPY (their <see cref="AuditLogEntity.Id"/> is ignored: the table assigns it).</summary>
    public async Task AppendAsync(IReadOnlyList<AuditLogEntity> entries, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0) return;
        await using var connection = await database.DataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var imp = await connection.BeginBinaryImportAsync(
            "COPY audit_log (at, key_id, key_name, role, method, path, what, rows, status) FROM STDIN (FORMAT BINARY)", ct).ConfigureAwait(false);
        foreach (var e in entries)
        {
            await imp.StartRowAsync(ct).ConfigureAwait(false);
            await imp.WriteAsync(e.At.ToUniversalTime(), NpgsqlDbType.TimestampTz, ct).ConfigureAwait(false);
            await WriteAsync(imp, e.KeyId, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
            await WriteAsync(imp, e.KeyName, NpgsqlDbType.Text, ct).ConfigureAwait(false);
            await WriteAsync(imp, e.Role, NpgsqlDbType.Text, ct).ConfigureAwait(false);
            await imp.WriteAsync(e.Method, NpgsqlDbType.Text, ct).ConfigureAwait(false);
            await imp.WriteAsync(e.Path, NpgsqlDbType.Text, ct).ConfigureAwait(false);
            await WriteAsync(imp, e.What, NpgsqlDbType.Text, ct).ConfigureAwait(false);
            await WriteAsync(imp, e.Rows, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
            await imp.WriteAsync(e.Status, NpgsqlDbType.Integer, ct).ConfigureAwait(false);
        }
        await imp.CompleteAsync(ct).ConfigureAwait(false);
    }

    private static Task WriteAsync<T>(NpgsqlBinaryImporter imp, T? value, NpgsqlDbType type, CancellationToken ct) =>
        value is null ? imp.WriteNullAsync(ct) : imp.WriteAsync(value, type, ct);
}
