using Npgsql;
using NpgsqlTypes;

namespace Geo.Storage;

/// <summary>
/// What disclosure control reads and writes: the study area's threshold k (<c>study_area.suppress_below</c>), the counts
/// of a run that its release protects (area rows, the coarser area sets its areas nest in, hotspots, grid cells) and the
/// ledger of recorded releases (<c>disclosure_release</c>, <c>disclosure_release_cell</c>).
/// </summary>
public sealed class DisclosureStore(GeoDatabase database)
{
    /// <summary>The threshold k of study area <paramref name="code"/>, or null when there is no such study area.</summary>
    public async Task<int?> SuppressBelowAsync(string code, CancellationToken ct = default)
    {
        await using var cmd = database.DataSource.CreateCommand(SqlResources.Get("study_area_suppress_below_get"));
        cmd.Parameters.Add(new NpgsqlParameter { Value = code, NpgsqlDbType = NpgsqlDbType.Text });
        return await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false) is int k ? k : null;
    }

    /// <summary>Sets the threshold k of study area <paramref name="code"/>; false when there is no such study area.</summary>
    public async Task<bool> SetSuppressBelowAsync(string code, int k, CancellationToken ct = default)
    {
        await using var cmd = database.DataSource.CreateCommand(SqlResources.Get("study_area_suppress_below_set"));
        cmd.Parameters.Add(new NpgsqlParameter { Value = code, NpgsqlDbType = NpgsqlDbType.Text });
        cmd.Parameters.Add(new NpgsqlParameter { Value = k, NpgsqlDbType = NpgsqlDbType.Integer });
        return await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false) is int;
    }

    /// <summary>The completed run <paramref name="runId"/> with its study area's threshold, or null.</summary>
    public async Task<ReleaseRunInfo?> RunAsync(long runId, CancellationToken ct = default)
    {
        await using var cmd = Command("release_run", runId);
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        if (!await r.ReadAsync(ct).ConfigureAwait(false)) return null;
        return new ReleaseRunInfo(r.GetString(0), r.GetInt64(1), r.GetFieldValue<DateOnly>(2), r.GetFieldValue<DateOnly>(3),
            r.IsDBNull(4) ? null : r.GetFieldValue<DateOnly>(4), r.IsDBNull(5) ? null : r.GetFieldValue<DateOnly>(5),
            r.IsDBNull(6) ? null : r.GetString(6), r.GetFieldValue<string[]>(7), r.GetInt32(8));
    }

    /// <summary>Every area row of run <paramref name="runId"/> (area <c>*</c>: the study area), by area and group.</summary>
    public async Task<IReadOnlyList<ReleaseAreaRow>> AreaRowsAsync(long runId, CancellationToken ct = default)
    {
        await using var cmd = Command("release_area_rows", runId);
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var list = new List<ReleaseAreaRow>();
        while (await r.ReadAsync(ct).ConfigureAwait(false))
            list.Add(new ReleaseAreaRow(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetBoolean(2), r.IsDBNull(3) ? null : r.GetInt32(3),
                r.GetString(4), r.GetInt32(5), r.IsDBNull(6) ? null : r.GetInt32(6)));
        return list;
    }

    /// <summary>Where each area of set <paramref name="areaSet"/> falls in every other area set of the study area (<c>Sql/release_nesting.sql</c>).</summary>
    public async Task<IReadOnlyList<ReleaseNesting>> NestingAsync(string studyAreaCode, string areaSet, CancellationToken ct = default)
    {
        await using var cmd = database.DataSource.CreateCommand(SqlResources.Get("release_nesting"));
        cmd.Parameters.Add(new NpgsqlParameter { Value = studyAreaCode, NpgsqlDbType = NpgsqlDbType.Text });
        cmd.Parameters.Add(new NpgsqlParameter { Value = areaSet, NpgsqlDbType = NpgsqlDbType.Text });
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var list = new List<ReleaseNesting>();
        while (await r.ReadAsync(ct).ConfigureAwait(false))
            list.Add(new ReleaseNesting(r.GetString(0), r.GetInt32(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4),
                r.GetInt32(5), r.IsDBNull(6) ? null : r.GetDouble(6)));
        return list;
    }

    /// <summary>The hotspots of run <paramref name="runId"/>.</summary>
    public async Task<IReadOnlyList<ReleaseHotspotRow>> HotspotsAsync(long runId, CancellationToken ct = default)
    {
        await using var cmd = Command("release_hotspots", runId);
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var list = new List<ReleaseHotspotRow>();
        while (await r.ReadAsync(ct).ConfigureAwait(false))
            list.Add(new ReleaseHotspotRow(r.GetInt32(0), r.GetInt32(1), r.IsDBNull(2) ? null : r.GetInt32(2)));
        return list;
    }

    /// <summary>The grid cells of run <paramref name="runId"/> (counts only: four integers a cell).</summary>
    public async Task<IReadOnlyList<ReleaseCellRow>> CellsAsync(long runId, bool inHotspotsOnly, CancellationToken ct = default)
    {
        await using var cmd = Command(inHotspotsOnly ? "release_hotspot_cells" : "release_cells", runId);
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var list = new List<ReleaseCellRow>();
        while (await r.ReadAsync(ct).ConfigureAwait(false))
            list.Add(new ReleaseCellRow(r.GetInt32(0), r.IsDBNull(1) ? null : r.GetInt32(1), r.GetInt32(2), r.IsDBNull(3) ? null : r.GetInt32(3)));
        return list;
    }

    /// <summary>
    /// The run's grid cells in sums: how many, their counts' totals in both periods (the compare total null when a cell
    /// lacks one), and how many counts are from 1 to <paramref name="threshold"/> − 1 in each period.
    /// </summary>
    public async Task<ReleaseCellTotals> CellTotalsAsync(long runId, int threshold, CancellationToken ct = default)
    {
        await using var cmd = Command("release_cell_totals", runId);
        cmd.Parameters.Add(new NpgsqlParameter { Value = threshold, NpgsqlDbType = NpgsqlDbType.Integer });
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        await r.ReadAsync(ct).ConfigureAwait(false);
        return new ReleaseCellTotals(r.GetInt32(0), r.GetInt64(1), r.IsDBNull(2) ? null : r.GetInt64(2), r.GetInt32(3), r.GetInt32(4));
    }

    /// <summary>The recorded release of run <paramref name="runId"/> at threshold <paramref name="threshold"/> with its cells, or null.</summary>
    public async Task<(LedgerRelease Release, IReadOnlyList<LedgerCell> Cells)?> ReleaseAsync(long runId, int threshold, CancellationToken ct = default)
    {
        await using var c = await database.DataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        return await DisclosureLedgerSession.ReadAsync(c, null, runId, threshold, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Opens a transaction holding the study area's release lock: read the ledger, record a release and commit on it, so
    /// that two releases of one study area are never made from the same ledger.
    /// </summary>
    public async Task<DisclosureLedgerSession> BeginAsync(string studyAreaCode, CancellationToken ct = default)
    {
        var c = await database.DataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        try
        {
            var tx = await c.BeginTransactionAsync(ct).ConfigureAwait(false);
            await using (var cmd = new NpgsqlCommand(SqlResources.Get("disclosure_lock"), c, tx))
            {
                cmd.Parameters.Add(new NpgsqlParameter { Value = studyAreaCode, NpgsqlDbType = NpgsqlDbType.Text });
                await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }
            return new DisclosureLedgerSession(c, tx);
        }
        catch
        {
            await c.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private NpgsqlCommand Command(string sql, long runId)
    {
        var cmd = database.DataSource.CreateCommand(SqlResources.Get(sql));
        cmd.Parameters.Add(new NpgsqlParameter { Value = runId, NpgsqlDbType = NpgsqlDbType.Bigint });
        return cmd;
    }
}
