using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;

namespace Geo.Storage;

/// <summary>
/// What an evaluation of a measure at a place (<c>geo evaluate</c>) reads: the places by area code or stored hotspot
/// (EF Core), and the eight counts of the treated place, the control and their displacement buffers before and after
/// (one parameterised statement, <c>Sql/evaluation_counts.sql</c>).
/// </summary>
/// <param name="database">The Geo database.</param>
public sealed class EvaluationQueries(GeoDatabase database)
{
    /// <summary>The eight counts (see <c>Sql/evaluation_counts.sql</c>).</summary>
    public async Task<EvaluationCounts> CountsAsync(EvaluationRegionsQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var cmd = database.DataSource.CreateCommand(SqlResources.Get("evaluation_counts"));
        cmd.CommandTimeout = 0;
        cmd.Parameters.Add(new NpgsqlParameter("code", NpgsqlDbType.Text) { Value = query.StudyAreaCode });
        cmd.Parameters.Add(new NpgsqlParameter("treated", NpgsqlDbType.Geometry) { Value = query.Treated });
        cmd.Parameters.Add(new NpgsqlParameter("width", NpgsqlDbType.Double) { Value = query.BufferMetres });
        cmd.Parameters.Add(new NpgsqlParameter("control", NpgsqlDbType.Geometry) { Value = (object?)query.Control ?? DBNull.Value });
        cmd.Parameters.Add(new NpgsqlParameter("before_from", NpgsqlDbType.Date) { Value = query.BeforeFrom });
        cmd.Parameters.Add(new NpgsqlParameter("before_to", NpgsqlDbType.Date) { Value = query.BeforeTo });
        cmd.Parameters.Add(new NpgsqlParameter("after_from", NpgsqlDbType.Date) { Value = query.AfterFrom });
        cmd.Parameters.Add(new NpgsqlParameter("after_to", NpgsqlDbType.Date) { Value = query.AfterTo });
        cmd.Parameters.Add(new NpgsqlParameter("categories", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = (object?)query.Categories?.ToArray() ?? DBNull.Value });
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        if (!await r.ReadAsync(ct).ConfigureAwait(false)) throw new InvalidOperationException("evaluation_counts.sql returned no row.");
        return new EvaluationCounts(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4), r.GetInt64(5), r.GetInt64(6),
            r.GetInt64(7), r.GetInt64(8));
    }

    /// <summary>The areas of the study area with this code, in any area set (or only in <paramref name="areaSet"/>), by set.</summary>
    public async Task<IReadOnlyList<EvaluationArea>> AreasAsync(string studyAreaCode, string code, string? areaSet, CancellationToken ct = default)
    {
        await using var db = database.CreateDbContext();
        var q = db.Areas.AsNoTracking().Where(a => a.StudyAreaCode == studyAreaCode && a.Code == code);
        if (areaSet is not null) q = q.Where(a => a.AreaSet == areaSet);
        var rows = await q.OrderBy(a => a.AreaSet).ToListAsync(ct).ConfigureAwait(false);
        return [.. rows.Select(a => new EvaluationArea(a.AreaSet, a.Code, a.Name, a.Geom))];
    }

    /// <summary>The polygon of hotspot <paramref name="hotspotId"/> of run <paramref name="runId"/> with the run's study area, or null.</summary>
    public async Task<(string StudyAreaCode, MultiPolygon Geometry)?> HotspotAsync(long runId, int hotspotId, CancellationToken ct = default)
    {
        await using var db = database.CreateDbContext();
        var h = await db.RunHotspots.AsNoTracking().Where(x => x.RunId == runId && x.HotspotId == hotspotId)
            .Select(x => new { x.StudyAreaCode, x.Geom }).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        return h is null ? null : (h.StudyAreaCode, h.Geom);
    }
}
