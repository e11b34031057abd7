using Geo.Storage.Model;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Geo.Storage;

/// <summary>
/// Stores lägesbild analysis runs: creates a run (<c>running</c>), completes it with all its results in one transaction
/// (binary COPY of the result rows, then the run row) or marks it failed, and lists, reads and deletes runs. Writes are SQL
/// (<c>Sql/analysis_run_*.sql</c>) so that <c>geo analyze</c> never pays EF Core's first use; reads go through the model.
/// </summary>
/// <param name="database">The Geo database.</param>
public sealed class RunStore(GeoDatabase database)
{
    /// <summary>
    /// Inserts <paramref name="run"/> with status <c>running</c> (its Status, Id, CreatedAt and end fields are ignored) and
    /// returns its id; Id, Status and CreatedAt of <paramref name="run"/> are set.
    /// </summary>
    public async Task<long> CreateAsync(AnalysisRunEntity run, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        await using var cmd = database.DataSource.CreateCommand(SqlResources.Get("analysis_run_insert"));
        cmd.Parameters.Add(new NpgsqlParameter("study_area_code", NpgsqlDbType.Text) { Value = run.StudyAreaCode });
        cmd.Parameters.Add(new NpgsqlParameter("label", NpgsqlDbType.Text) { Value = (object?)run.Label ?? DBNull.Value });
        cmd.Parameters.Add(new NpgsqlParameter("period_from", NpgsqlDbType.Date) { Value = run.PeriodFrom });
        cmd.Parameters.Add(new NpgsqlParameter("period_to", NpgsqlDbType.Date) { Value = run.PeriodTo });
        cmd.Parameters.Add(new NpgsqlParameter("compare_from", NpgsqlDbType.Date) { Value = (object?)run.CompareFrom ?? DBNull.Value });
        cmd.Parameters.Add(new NpgsqlParameter("compare_to", NpgsqlDbType.Date) { Value = (object?)run.CompareTo ?? DBNull.Value });
        cmd.Parameters.Add(new NpgsqlParameter("area_set", NpgsqlDbType.Text) { Value = (object?)run.AreaSet ?? DBNull.Value });
        cmd.Parameters.Add(new NpgsqlParameter("categories", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = run.Categories });
        cmd.Parameters.Add(new NpgsqlParameter("cell_size", NpgsqlDbType.Double) { Value = run.CellSize });
        cmd.Parameters.Add(new NpgsqlParameter("parameters", NpgsqlDbType.Jsonb) { Value = run.Parameters });
        cmd.Parameters.Add(new NpgsqlParameter("notices", NpgsqlDbType.Jsonb) { Value = run.Notices });
        cmd.Parameters.Add(new NpgsqlParameter("geo_version", NpgsqlDbType.Text) { Value = run.GeoVersion });
        cmd.Parameters.Add(new NpgsqlParameter("created_by", NpgsqlDbType.Text) { Value = run.CreatedBy });
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        await r.ReadAsync(ct).ConfigureAwait(false);
        run.Id = r.GetInt64(0);
        run.CreatedAt = r.GetFieldValue<DateTimeOffset>(1);
        run.Status = "running";
        return run.Id;
    }

    /// <summary>
    /// Stores the results of a running run and marks it <c>completed</c>, in ONE transaction: binary COPY of the batches,
    /// area indicators, cells, hotspots and priorities, then the run row (finished_at now, and the fields of
    /// <paramref name="results"/>). When anything fails nothing is stored and the run stays <c>running</c> (call
    /// <see cref="FailAsync"/>).
    /// </summary>
    /// <exception cref="GeoStorageException">No running run <paramref name="runId"/> in <paramref name="studyAreaCode"/>.</exception>
    /// <exception cref="ArgumentException">A geometry has an SRID other than the study area's.</exception>
    public async Task CompleteAsync(string studyAreaCode, long runId, RunResults results, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(results);
        await using var c = await database.DataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var tx = await c.BeginTransactionAsync(ct).ConfigureAwait(false);
        int srid;
        await using (var lockCmd = new NpgsqlCommand(SqlResources.Get("analysis_run_lock"), c) { Parameters = { new() { Value = studyAreaCode }, new() { Value = runId } } })
        {
            var found = await lockCmd.ExecuteScalarAsync(ct).ConfigureAwait(false);
            srid = found is int s ? s : throw new GeoStorageException($"There is no running analysis run {runId} in the study area {studyAreaCode}.");
        }
        await new RunResultsCopy(c, studyAreaCode, runId, srid).WriteAsync(results, ct).ConfigureAwait(false);
        await using (var cmd = new NpgsqlCommand(SqlResources.Get("analysis_run_complete"), c))
        {
            cmd.Parameters.Add(new NpgsqlParameter("study_area_code", NpgsqlDbType.Text) { Value = studyAreaCode });
            cmd.Parameters.Add(new NpgsqlParameter("id", NpgsqlDbType.Bigint) { Value = runId });
            cmd.Parameters.Add(new NpgsqlParameter("input_fingerprint", NpgsqlDbType.Char) { Value = results.InputFingerprint });
            cmd.Parameters.Add(new NpgsqlParameter("incidents_read", NpgsqlDbType.Bigint) { Value = results.IncidentsRead });
            cmd.Parameters.Add(new NpgsqlParameter("steps", NpgsqlDbType.Jsonb) { Value = results.Steps });
            cmd.Parameters.Add(new NpgsqlParameter("notices", NpgsqlDbType.Jsonb) { Value = results.Notices });
            cmd.Parameters.Add(new NpgsqlParameter("data_quality", NpgsqlDbType.Jsonb) { Value = (object?)results.DataQuality ?? DBNull.Value });
            cmd.Parameters.Add(new NpgsqlParameter("reference", NpgsqlDbType.Jsonb) { Value = (object?)results.Reference ?? DBNull.Value });
            cmd.Parameters.Add(new NpgsqlParameter("parameters", NpgsqlDbType.Jsonb) { Value = (object?)results.Parameters ?? DBNull.Value });
            await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
        await tx.CommitAsync(ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Records the final step times of a completed run (its store step ends with the commit of <see cref="CompleteAsync"/>,
    /// so it can only be written after it). Nothing else of a completed run is ever changed.
    /// </summary>
    public async Task SetStepsAsync(long runId, string stepsJson, CancellationToken ct = default)
    {
        await using var cmd = database.DataSource.CreateCommand("UPDATE analysis_run SET steps = $2 WHERE id = $1 AND status = 'completed'");
        cmd.Parameters.Add(new NpgsqlParameter { Value = runId });
        cmd.Parameters.Add(new NpgsqlParameter { Value = stepsJson, NpgsqlDbType = NpgsqlDbType.Jsonb });
        await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Marks a running run <c>failed</c> with <paramref name="error"/>; returns false when there was no such running run.</summary>
    public async Task<bool> FailAsync(string studyAreaCode, long runId, string error, CancellationToken ct = default)
    {
        await using var cmd = database.DataSource.CreateCommand(SqlResources.Get("analysis_run_fail"));
        cmd.Parameters.Add(new NpgsqlParameter { Value = studyAreaCode });
        cmd.Parameters.Add(new NpgsqlParameter { Value = runId });
        cmd.Parameters.Add(new NpgsqlParameter { Value = error });
        return await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false) > 0;
    }

    /// <summary>The runs of one study area (or of all when null), newest first.</summary>
    public async Task<IReadOnlyList<AnalysisRunEntity>> ListAsync(string? studyAreaCode, CancellationToken ct = default)
    {
        await using var db = database.CreateDbContext();
        var q = db.AnalysisRuns.AsNoTracking();
        if (studyAreaCode is not null) q = q.Where(r => r.StudyAreaCode == studyAreaCode);
        return await q.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).ToListAsync(ct).ConfigureAwait(false);
    }

    /// <summary>The run with this id (ids are unique across study areas), or null.</summary>
    public async Task<AnalysisRunEntity?> GetAsync(long runId, CancellationToken ct = default)
    {
        await using var db = database.CreateDbContext();
        return await db.AnalysisRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId, ct).ConfigureAwait(false);
    }

    /// <summary>Deletes a run and (by cascade) all its results; false when there is no such run.</summary>
    public async Task<bool> DeleteAsync(long runId, CancellationToken ct = default)
    {
        await using var db = database.CreateDbContext();
        return await db.AnalysisRuns.Where(r => r.Id == runId).ExecuteDeleteAsync(ct).ConfigureAwait(false) > 0;
    }

    /// <summary>The import batches the run read, by batch id.</summary>
    public Task<IReadOnlyList<AnalysisRunBatchEntity>> BatchesAsync(long runId, CancellationToken ct = default) =>
        RowsAsync<AnalysisRunBatchEntity>(runId, q => q.OrderBy(x => x.ImportBatchId), ct);

    /// <summary>The run's area indicators, by area code and category group (the reference row <c>*</c> first).</summary>
    public Task<IReadOnlyList<RunAreaIndicatorEntity>> AreaIndicatorsAsync(long runId, CancellationToken ct = default) =>
        RowsAsync<RunAreaIndicatorEntity>(runId, q => q.OrderBy(x => x.AreaCode).ThenBy(x => x.CategoryGroup), ct);

    /// <summary>The run's area indicators of the areas <paramref name="areaCodes"/> only (every group), by area code and category group.</summary>
    public Task<IReadOnlyList<RunAreaIndicatorEntity>> AreaIndicatorsAsync(long runId, IReadOnlyCollection<string> areaCodes, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(areaCodes);
        var codes = areaCodes.ToArray();
        return RowsAsync<RunAreaIndicatorEntity>(runId, q => q.Where(x => codes.Contains(x.AreaCode)).OrderBy(x => x.AreaCode).ThenBy(x => x.CategoryGroup), ct);
    }

    /// <summary>The run's grid cells, by cell id.</summary>
    public Task<IReadOnlyList<RunCellEntity>> CellsAsync(long runId, CancellationToken ct = default) =>
        RowsAsync<RunCellEntity>(runId, q => q.OrderBy(x => x.CellId), ct);

    /// <summary>The run's significant grid cells (a Gi* confidence other than 0) and the cells of its hotspots, by cell id: what the maps draw.</summary>
    public Task<IReadOnlyList<RunCellEntity>> SignificantCellsAsync(long runId, CancellationToken ct = default) =>
        RowsAsync<RunCellEntity>(runId, q => q.Where(x => (x.GiConfidence != null && x.GiConfidence != 0) || x.HotspotId != null).OrderBy(x => x.CellId), ct);

    /// <summary>How many grid cells the run has (without reading their polygons).</summary>
    public async Task<int> CellCountAsync(long runId, CancellationToken ct = default)
    {
        await using var db = database.CreateDbContext();
        return await Of<RunCellEntity>(db, runId).CountAsync(ct).ConfigureAwait(false);
    }

    /// <summary>How many hotspots the run has (without reading their polygons).</summary>
    public async Task<int> HotspotCountAsync(long runId, CancellationToken ct = default)
    {
        await using var db = database.CreateDbContext();
        return await Of<RunHotspotEntity>(db, runId).CountAsync(ct).ConfigureAwait(false);
    }

    /// <summary>The run's hotspots, by hotspot id.</summary>
    public Task<IReadOnlyList<RunHotspotEntity>> HotspotsAsync(long runId, CancellationToken ct = default) =>
        RowsAsync<RunHotspotEntity>(runId, q => q.OrderBy(x => x.HotspotId), ct);

    /// <summary>The run's priorities: by kind (area, hotspot), then rank, then category group and target.</summary>
    public Task<IReadOnlyList<RunPriorityEntity>> PrioritiesAsync(long runId, CancellationToken ct = default) =>
        RowsAsync<RunPriorityEntity>(runId, q => q.OrderBy(x => x.TargetKind).ThenBy(x => x.Rank).ThenBy(x => x.CategoryGroup).ThenBy(x => x.TargetId), ct);

    /// <summary>The rows of one result table of a run (ids are unique across study areas; the key's study area comes from the run).</summary>
    private static IQueryable<T> Of<T>(GeoDbContext db, long runId) where T : class, IRunResultRow =>
        from r in db.AnalysisRuns
        where r.Id == runId
        join x in db.Set<T>() on new { r.StudyAreaCode, RunId = r.Id } equals new { x.StudyAreaCode, x.RunId }
        select x;

    private async Task<IReadOnlyList<T>> RowsAsync<T>(long runId, Func<IQueryable<T>, IOrderedQueryable<T>> order, CancellationToken ct)
        where T : class, IRunResultRow
    {
        await using var db = database.CreateDbContext();
        return await order(Of<T>(db, runId)).AsNoTracking().ToListAsync(ct).ConfigureAwait(false);
    }
}
