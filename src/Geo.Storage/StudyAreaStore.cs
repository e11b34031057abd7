using Geo.Core.Domain;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using Npgsql;

namespace Geo.Storage;

/// <summary>Reads study areas through the EF Core model and writes them with one SQL upsert (which repairs invalid boundaries).</summary>
/// <param name="database">The Geo database.</param>
public sealed class StudyAreaStore(GeoDatabase database)
{
    /// <summary>
    /// Inserts or updates a study area. The boundary is an NTS parameter in its own SRID (the study area's SRID when it has
    /// none; another SRID is refused by the database); an invalid boundary is made valid with ST_MakeValid and stored as a
    /// MultiPolygon.
    /// </summary>
    public async Task<StudyAreaUpsertResult> UpsertAsync(StudyArea studyArea, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(studyArea);
        var boundary = studyArea.Boundary;
        if (boundary.SRID == 0)
        {
            boundary = (MultiPolygon)boundary.Copy();
            boundary.SRID = studyArea.Srid;
        }
        await using var cmd = database.DataSource.CreateCommand(SqlResources.Get("study_area_upsert"));
        cmd.Parameters.Add(new NpgsqlParameter("code", studyArea.Code));
        cmd.Parameters.Add(new NpgsqlParameter("boundary", boundary));
        cmd.Parameters.Add(new NpgsqlParameter("name", studyArea.Name));
        cmd.Parameters.Add(new NpgsqlParameter("srid", studyArea.Srid));
        cmd.Parameters.Add(new NpgsqlParameter("time_zone", studyArea.TimeZone));
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        await r.ReadAsync(ct).ConfigureAwait(false);
        return new StudyAreaUpsertResult(r.GetFieldValue<bool>(r.GetOrdinal("created")), r.GetFieldValue<bool>(r.GetOrdinal("repaired")));
    }

    /// <summary>
    /// The study area with this code, or null: one SQL statement (see the connection overload), because the commands that
    /// read it (imports, geo analyze) otherwise need no EF Core and would pay its first use for this one read.
    /// </summary>
    public async Task<StudyArea?> GetAsync(string code, CancellationToken ct = default)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        return await GetAsync(connection, code, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// The study area with this code, or null, read with one SQL statement (<c>Sql/study_area_get.sql</c>) on an open
    /// connection: for imports, which otherwise never use EF Core and would pay its first use (service provider, model,
    /// query compilation: 0.6-0.8 s on 2 cores, ReadyToRun included) for this one read. The same record as <see cref="GetAsync(string, CancellationToken)"/>.
    /// </summary>
    public static async Task<StudyArea?> GetAsync(NpgsqlConnection connection, string code, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var cmd = new NpgsqlCommand(SqlResources.Get("study_area_get"), connection) { Parameters = { new() { Value = code } } };
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        if (!await r.ReadAsync(ct).ConfigureAwait(false)) return null;
        return new StudyArea(r.GetString(r.GetOrdinal("code")), r.GetString(r.GetOrdinal("name")),
            r.GetFieldValue<MultiPolygon>(r.GetOrdinal("boundary")), r.GetInt32(r.GetOrdinal("srid")), r.GetString(r.GetOrdinal("time_zone")));
    }

    /// <summary>Every study area with its area and row counts, by code.</summary>
    public async Task<IReadOnlyList<StudyAreaInfo>> ListAsync(CancellationToken ct = default)
    {
        await using var db = database.CreateDbContext();
        // Study areas have metric working CRSs (geo study-area add refuses others), so ST_Area is in m².
        return await db.StudyAreas.AsNoTracking().OrderBy(s => s.Code)
            .Select(s => new StudyAreaInfo(s.Code, s.Name, s.Srid, s.Boundary.Area / 1e6,
                db.Incidents.LongCount(i => i.StudyAreaCode == s.Code),
                db.Resources.LongCount(r => r.StudyAreaCode == s.Code),
                db.Areas.LongCount(a => a.StudyAreaCode == s.Code)))
            .ToListAsync(ct).ConfigureAwait(false);
    }

    /// <summary>
    /// What <paramref name="boundary"/> (in the study area's SRID) would leave outside of what is loaded: incidents and
    /// resources farther than <paramref name="toleranceMetres"/> from it, areas not covered by it grown by the tolerance.
    /// </summary>
    public async Task<OutsideCounts> CountOutsideAsync(string code, NetTopologySuite.Geometries.Geometry boundary, double toleranceMetres, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(boundary);
        await using var cmd = database.DataSource.CreateCommand(SqlResources.Get("study_area_outside"));
        cmd.CommandTimeout = 0;
        cmd.Parameters.Add(new NpgsqlParameter("code", code));
        cmd.Parameters.Add(new NpgsqlParameter("boundary", boundary));
        cmd.Parameters.Add(new NpgsqlParameter("tolerance", toleranceMetres));
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        await r.ReadAsync(ct).ConfigureAwait(false);
        return new OutsideCounts(r.GetInt64(r.GetOrdinal("incidents")), r.GetInt64(r.GetOrdinal("resources")), r.GetInt64(r.GetOrdinal("areas")));
    }
}
