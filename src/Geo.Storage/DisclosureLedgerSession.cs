using Npgsql;
using NpgsqlTypes;

namespace Geo.Storage;

/// <summary>
/// A transaction on the disclosure ledger holding one study area's release lock (see <see cref="DisclosureStore.BeginAsync"/>):
/// read a recorded release or the earlier ones, record a new one (header and cells with binary COPY), commit. Disposing
/// without <see cref="CommitAsync"/> rolls back.
/// </summary>
public sealed class DisclosureLedgerSession : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;

    internal DisclosureLedgerSession(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
    }

    /// <summary>The recorded release of <paramref name="runId"/> at <paramref name="threshold"/>, or null.</summary>
    public Task<(LedgerRelease Release, IReadOnlyList<LedgerCell> Cells)?> ReleaseAsync(long runId, int threshold, CancellationToken ct = default) =>
        ReadAsync(_connection, _transaction, runId, threshold, ct);

    /// <summary>Every cell of the other releases of the same study area, categories and threshold.</summary>
    public async Task<IReadOnlyList<LedgerCell>> EarlierCellsAsync(string studyAreaCode, string categoriesKey, int threshold, long runId, CancellationToken ct = default)
    {
        await using var cmd = new NpgsqlCommand(SqlResources.Get("disclosure_earlier_cells"), _connection, _transaction);
        cmd.Parameters.Add(new NpgsqlParameter { Value = studyAreaCode, NpgsqlDbType = NpgsqlDbType.Text });
        cmd.Parameters.Add(new NpgsqlParameter { Value = categoriesKey, NpgsqlDbType = NpgsqlDbType.Text });
        cmd.Parameters.Add(new NpgsqlParameter { Value = threshold, NpgsqlDbType = NpgsqlDbType.Integer });
        cmd.Parameters.Add(new NpgsqlParameter { Value = runId, NpgsqlDbType = NpgsqlDbType.Bigint });
        return await ReadCellsAsync(cmd, ct).ConfigureAwait(false);
    }

    /// <summary>Records a release: its header, then its cells with binary COPY (all cells must be of <paramref name="release"/>'s run and threshold).</summary>
    public async Task RecordAsync(LedgerRelease release, IReadOnlyList<LedgerCell> cells, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(release);
        ArgumentNullException.ThrowIfNull(cells);
        await using (var cmd = new NpgsqlCommand(SqlResources.Get("disclosure_release_insert"), _connection, _transaction))
        {
            cmd.Parameters.Add(new NpgsqlParameter { Value = release.StudyAreaCode, NpgsqlDbType = NpgsqlDbType.Text });
            cmd.Parameters.Add(new NpgsqlParameter { Value = release.RunId, NpgsqlDbType = NpgsqlDbType.Bigint });
            cmd.Parameters.Add(new NpgsqlParameter { Value = release.Threshold, NpgsqlDbType = NpgsqlDbType.Integer });
            cmd.Parameters.Add(new NpgsqlParameter { Value = release.CategoriesKey, NpgsqlDbType = NpgsqlDbType.Text });
            cmd.Parameters.Add(new NpgsqlParameter { Value = release.PeriodFrom, NpgsqlDbType = NpgsqlDbType.Date });
            cmd.Parameters.Add(new NpgsqlParameter { Value = release.PeriodTo, NpgsqlDbType = NpgsqlDbType.Date });
            cmd.Parameters.Add(new NpgsqlParameter { Value = (object?)release.CompareFrom ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Date });
            cmd.Parameters.Add(new NpgsqlParameter { Value = (object?)release.CompareTo ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Date });
            cmd.Parameters.Add(new NpgsqlParameter { Value = release.SmallCells, NpgsqlDbType = NpgsqlDbType.Integer });
            cmd.Parameters.Add(new NpgsqlParameter { Value = release.SecondaryCells, NpgsqlDbType = NpgsqlDbType.Integer });
            cmd.Parameters.Add(new NpgsqlParameter { Value = release.GeoVersion, NpgsqlDbType = NpgsqlDbType.Text });
            await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
        await using var imp = await _connection.BeginBinaryImportAsync(
            "COPY disclosure_release_cell (run_id, threshold, area_set, area_code, category_group, period_from, period_to, value, status) FROM STDIN (FORMAT BINARY)", ct)
            .ConfigureAwait(false);
        foreach (var c in cells)
        {
            if (c.RunId != release.RunId) throw new ArgumentException($"cell of run {c.RunId} in the release of run {release.RunId}.", nameof(cells));
            await imp.StartRowAsync(ct).ConfigureAwait(false);
            await imp.WriteAsync(c.RunId, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
            await imp.WriteAsync(release.Threshold, NpgsqlDbType.Integer, ct).ConfigureAwait(false);
            await imp.WriteAsync(c.AreaSet, NpgsqlDbType.Text, ct).ConfigureAwait(false);
            await imp.WriteAsync(c.AreaCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
            await imp.WriteAsync(c.Group, NpgsqlDbType.Text, ct).ConfigureAwait(false);
            await imp.WriteAsync(c.PeriodFrom, NpgsqlDbType.Date, ct).ConfigureAwait(false);
            await imp.WriteAsync(c.PeriodTo, NpgsqlDbType.Date, ct).ConfigureAwait(false);
            await imp.WriteAsync(c.Value, NpgsqlDbType.Integer, ct).ConfigureAwait(false);
            await imp.WriteAsync(c.Status, NpgsqlDbType.Text, ct).ConfigureAwait(false);
        }
        await imp.CompleteAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Commits what was recorded and releases the lock.</summary>
    public Task CommitAsync(CancellationToken ct = default) => _transaction.CommitAsync(ct);

    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync().ConfigureAwait(false);
        await _connection.DisposeAsync().ConfigureAwait(false);
    }

    internal static async Task<(LedgerRelease Release, IReadOnlyList<LedgerCell> Cells)?> ReadAsync(NpgsqlConnection c, NpgsqlTransaction? tx, long runId, int threshold,
        CancellationToken ct)
    {
        LedgerRelease release;
        await using (var cmd = new NpgsqlCommand(SqlResources.Get("disclosure_release_get"), c, tx))
        {
            cmd.Parameters.Add(new NpgsqlParameter { Value = runId, NpgsqlDbType = NpgsqlDbType.Bigint });
            cmd.Parameters.Add(new NpgsqlParameter { Value = threshold, NpgsqlDbType = NpgsqlDbType.Integer });
            await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
            if (!await r.ReadAsync(ct).ConfigureAwait(false)) return null;
            release = new LedgerRelease(r.GetString(0), r.GetInt64(1), r.GetInt32(2), r.GetString(3), r.GetFieldValue<DateOnly>(4), r.GetFieldValue<DateOnly>(5),
                r.IsDBNull(6) ? null : r.GetFieldValue<DateOnly>(6), r.IsDBNull(7) ? null : r.GetFieldValue<DateOnly>(7), r.GetInt32(8), r.GetInt32(9), r.GetString(10));
        }
        await using var cells = new NpgsqlCommand(SqlResources.Get("disclosure_release_cells"), c, tx);
        cells.Parameters.Add(new NpgsqlParameter { Value = runId, NpgsqlDbType = NpgsqlDbType.Bigint });
        cells.Parameters.Add(new NpgsqlParameter { Value = threshold, NpgsqlDbType = NpgsqlDbType.Integer });
        return (release, await ReadCellsAsync(cells, ct).ConfigureAwait(false));
    }

    private static async Task<IReadOnlyList<LedgerCell>> ReadCellsAsync(NpgsqlCommand cmd, CancellationToken ct)
    {
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var list = new List<LedgerCell>();
        while (await r.ReadAsync(ct).ConfigureAwait(false))
            list.Add(new LedgerCell(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetFieldValue<DateOnly>(4), r.GetFieldValue<DateOnly>(5),
                r.GetInt32(6), r.GetString(7)));
        return list;
    }
}
