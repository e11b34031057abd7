using Geo.Storage.Model;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;

namespace Geo.Storage;

/// <summary>
/// Stores åtgärdsplaner (migration 0006) through the EF Core model: a draft is written in one transaction, a draft into an
/// existing plan changes only its untouched rows (version 1, status proposed) and adds rows, an edit writes the row and its
/// history events in one transaction with optimistic concurrency on the row's version. The follow-up's counts are SQL
/// (<c>Sql/plan_indicator_count.sql</c>).
/// </summary>
/// <param name="database">The Geo database.</param>
public sealed class PlanStore(GeoDatabase database)
{
    /// <summary>
    /// Inserts <paramref name="plan"/> and its <paramref name="rows"/> (numbered 1, 2, ... in the given order) in one
    /// transaction and returns the plan's id; the entities' ids are set.
    /// </summary>
    public async Task<long> CreateAsync(PlanEntity plan, IReadOnlyList<PlanRowEntity> rows, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(rows);
        await using var db = database.CreateDbContext();
        await using var tx = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        db.Plans.Add(plan);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        var n = 0L;
        foreach (var r in rows)
        {
            r.StudyAreaCode = plan.StudyAreaCode;
            r.PlanId = plan.Id;
            r.RowId = ++n;
            db.PlanRows.Add(r);
        }
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
        return plan.Id;
    }

    /// <summary>
    /// Drafts into existing plan <paramref name="planId"/> in one transaction: the plan is locked, its rows are read and
    /// handed to <paramref name="merge"/>, which may change the drafted fields of untouched rows (version 1, status
    /// <c>proposed</c>) and returns the rows to add (numbered after the plan's last row); the plan then refers to run
    /// <paramref name="runId"/>. A change to an edited row is refused and nothing is stored.
    /// </summary>
    /// <returns>False when there is no such plan.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="merge"/> changed a row the municipality has edited, or a row was edited meanwhile.</exception>
    public async Task<bool> DraftIntoAsync(long planId, long runId, Func<IReadOnlyList<PlanRowEntity>, IReadOnlyList<PlanRowEntity>> merge,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(merge);
        await using var db = database.CreateDbContext();
        await using var tx = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        var plan = await db.Plans.FromSql($"SELECT * FROM plan WHERE id = {planId} FOR UPDATE").FirstOrDefaultAsync(ct).ConfigureAwait(false);
        if (plan is null) return false;
        var rows = await db.PlanRows.Where(r => r.StudyAreaCode == plan.StudyAreaCode && r.PlanId == planId)
            .OrderBy(r => r.RowId).ToListAsync(ct).ConfigureAwait(false);
        var added = merge(rows);
        foreach (var entry in db.ChangeTracker.Entries<PlanRowEntity>().Where(e => e.State == EntityState.Modified))
        {
            var version = (int)entry.Property(x => x.Version).OriginalValue;
            var status = (string)entry.Property(x => x.Status).OriginalValue;
            if (version != 1 || status != "proposed" || entry.Property(x => x.Version).IsModified || entry.Property(x => x.Status).IsModified)
                throw new InvalidOperationException(
                    $"plan {planId} row {entry.Entity.RowId}: a draft may not change a row the municipality has edited (version {version}, status {status}); nothing was stored.");
        }
        var next = rows.Count == 0 ? 0 : rows.Max(r => r.RowId);
        foreach (var r in added)
        {
            r.StudyAreaCode = plan.StudyAreaCode;
            r.PlanId = planId;
            r.RowId = ++next;
            db.PlanRows.Add(r);
        }
        plan.RunId = runId;
        try
        {
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException e)
        {
            throw new InvalidOperationException($"plan {planId}: a row was edited while the draft was stored; nothing was stored, draft again.", e);
        }
        await tx.CommitAsync(ct).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// Edits row <paramref name="rowId"/> of plan <paramref name="planId"/>: <paramref name="edit"/> changes the editable
    /// fields of the row and returns one event per changed field (field, old and new value); when it returns any, the
    /// row's version goes up by one, <c>updated_at/by</c> are set and the row and its events are written in one
    /// transaction, provided nobody changed the row meanwhile (the version is the concurrency token).
    /// </summary>
    /// <returns>The row after the edit, or null when there is no such row.</returns>
    /// <exception cref="InvalidOperationException">The row was changed by someone else meanwhile.</exception>
    public async Task<PlanRowEntity?> UpdateRowAsync(long planId, long rowId, Func<PlanRowEntity, IReadOnlyList<PlanRowEventEntity>> edit, string by,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        await using var db = database.CreateDbContext();
        var row = await db.PlanRows.FirstOrDefaultAsync(r => r.PlanId == planId && r.RowId == rowId, ct).ConfigureAwait(false);
        if (row is null) return null;
        var events = edit(row);
        if (events.Count == 0) return row;
        row.Version++;
        row.UpdatedAt = Now();
        row.UpdatedBy = by;
        foreach (var e in events)
        {
            e.StudyAreaCode = row.StudyAreaCode;
            e.PlanId = planId;
            e.RowId = rowId;
            e.Version = row.Version;
            e.ChangedBy = by;
            e.ChangedAt = row.UpdatedAt;
            db.PlanRowEvents.Add(e);
        }
        try
        {
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException e)
        {
            throw new InvalidOperationException($"plan {planId} row {rowId} was changed by someone else meanwhile; nothing was stored: show the plan again and repeat the edit.", e);
        }
        return row;
    }

    /// <summary>The current time at PostgreSQL's precision (microseconds), so that a written row equals the row read back.</summary>
    public static DateTimeOffset Now()
    {
        var now = DateTimeOffset.UtcNow;
        return now.AddTicks(-(now.Ticks % 10));
    }

    /// <summary>The plan with this id (ids are unique across study areas), or null.</summary>
    public async Task<PlanEntity?> GetAsync(long planId, CancellationToken ct = default)
    {
        await using var db = database.CreateDbContext();
        return await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId, ct).ConfigureAwait(false);
    }

    /// <summary>The plans of one study area (or of all when null), newest first.</summary>
    public async Task<IReadOnlyList<PlanEntity>> ListAsync(string? studyAreaCode, CancellationToken ct = default)
    {
        await using var db = database.CreateDbContext();
        var q = db.Plans.AsNoTracking();
        if (studyAreaCode is not null) q = q.Where(p => p.StudyAreaCode == studyAreaCode);
        return await q.OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id).ToListAsync(ct).ConfigureAwait(false);
    }

    /// <summary>The rows of a plan, by position, then row id.</summary>
    public async Task<IReadOnlyList<PlanRowEntity>> RowsAsync(long planId, CancellationToken ct = default)
    {
        await using var db = database.CreateDbContext();
        return await db.PlanRows.AsNoTracking().Where(r => r.PlanId == planId)
            .OrderBy(r => r.Position).ThenBy(r => r.RowId).ToListAsync(ct).ConfigureAwait(false);
    }

    /// <summary>The edit history of a plan: by time, row, version and field.</summary>
    public async Task<IReadOnlyList<PlanRowEventEntity>> EventsAsync(long planId, CancellationToken ct = default)
    {
        await using var db = database.CreateDbContext();
        return await db.PlanRowEvents.AsNoTracking().Where(e => e.PlanId == planId)
            .OrderBy(e => e.ChangedAt).ThenBy(e => e.RowId).ThenBy(e => e.Version).ThenBy(e => e.Field).ToListAsync(ct).ConfigureAwait(false);
    }

    /// <summary>The ids of the plans drafted from run <paramref name="runId"/>, ascending.</summary>
    public async Task<IReadOnlyList<long>> PlansOfRunAsync(long runId, CancellationToken ct = default)
    {
        await using var db = database.CreateDbContext();
        return await db.Plans.AsNoTracking().Where(p => p.RunId == runId).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(ct).ConfigureAwait(false);
    }

    /// <summary>
    /// The incidents of category main group <paramref name="categoryGroup"/> (<c>total</c>: all) located within
    /// <paramref name="polygon"/> (in the study area's SRID) whose local date lies in [<paramref name="from"/>,
    /// <paramref name="to"/>], by local hour of the week; <paramref name="excludeAreaCentroids"/> (for a hotspot's polygon) leaves
    /// out incidents placed at an area centroid and uses the grid's half-open cell edges, as the run does.
    /// </summary>
    public async Task<IndicatorCounts> IndicatorCountsAsync(string studyAreaCode, DateOnly from, DateOnly to, string categoryGroup, Geometry polygon,
        bool excludeAreaCentroids, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(polygon);
        await using var cmd = database.DataSource.CreateCommand(SqlResources.Get("plan_indicator_count"));
        cmd.Parameters.Add(new NpgsqlParameter { Value = studyAreaCode, NpgsqlDbType = NpgsqlDbType.Text });
        cmd.Parameters.Add(new NpgsqlParameter { Value = from, NpgsqlDbType = NpgsqlDbType.Date });
        cmd.Parameters.Add(new NpgsqlParameter { Value = to, NpgsqlDbType = NpgsqlDbType.Date });
        cmd.Parameters.Add(new NpgsqlParameter { Value = categoryGroup, NpgsqlDbType = NpgsqlDbType.Text });
        cmd.Parameters.Add(new NpgsqlParameter { Value = polygon });
        cmd.Parameters.Add(new NpgsqlParameter { Value = excludeAreaCentroids, NpgsqlDbType = NpgsqlDbType.Boolean });
        var hours = new int[168];
        var unknown = 0;
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await r.ReadAsync(ct).ConfigureAwait(false))
        {
            var how = r.GetInt32(0);
            if (how is >= 0 and < 168) hours[how] += r.GetInt32(1);
            else unknown += r.GetInt32(1);
        }
        return new IndicatorCounts(hours, unknown);
    }
}
