using Geo.Core.Domain;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;

namespace Geo.Storage;

/// <summary>Reads and writes study areas.</summary>
/// <param name="dataSource">The Geo database.</param>
public sealed class StudyAreaStore(NpgsqlDataSource dataSource)
{
    /// <summary>
    /// Inserts or updates a study area. The boundary is sent as EWKB in its own SRID (the study area's
    /// SRID when it has none; another SRID is refused by the database); an invalid boundary is made
    /// valid with ST_MakeValid and stored as a MultiPolygon.
    /// </summary>
    public async Task<StudyAreaUpsertResult> UpsertAsync(StudyArea studyArea, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(studyArea);
        await using var cmd = dataSource.CreateCommand(SqlResources.Get("study_area_upsert"));
        cmd.Parameters.Add(new NpgsqlParameter { Value = studyArea.Code });
        cmd.Parameters.Add(new NpgsqlParameter { Value = Ewkb.Write(studyArea.Boundary, studyArea.Srid), NpgsqlDbType = NpgsqlDbType.Bytea });
        cmd.Parameters.Add(new NpgsqlParameter { Value = studyArea.Name });
        cmd.Parameters.Add(new NpgsqlParameter { Value = studyArea.Srid });
        cmd.Parameters.Add(new NpgsqlParameter { Value = studyArea.TimeZone });
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        await r.ReadAsync(ct).ConfigureAwait(false);
        return new StudyAreaUpsertResult(r.GetBoolean(0), r.GetBoolean(1));
    }

    /// <summary>The study area with this code, or null.</summary>
    public async Task<StudyArea?> GetAsync(string code, CancellationToken ct = default)
    {
        await using var cmd = dataSource.CreateCommand("SELECT name, ST_AsEWKB(boundary), srid, time_zone FROM study_area WHERE code = $1");
        cmd.Parameters.Add(new NpgsqlParameter { Value = code });
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        if (!await r.ReadAsync(ct).ConfigureAwait(false)) return null;
        var boundary = Ewkb.Read(r.GetFieldValue<byte[]>(1)) as MultiPolygon
                       ?? throw new InvalidDataException($"Study area {code}: boundary is not a MultiPolygon.");
        return new StudyArea(code, r.GetString(0), boundary, r.GetInt32(2), r.GetString(3));
    }

    /// <summary>Every study area with its area and row counts, by code.</summary>
    public async Task<IReadOnlyList<StudyAreaInfo>> ListAsync(CancellationToken ct = default)
    {
        await using var cmd = dataSource.CreateCommand(SqlResources.Get("study_area_list"));
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var list = new List<StudyAreaInfo>();
        while (await r.ReadAsync(ct).ConfigureAwait(false))
            list.Add(new StudyAreaInfo(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetDouble(3), r.GetInt64(4), r.GetInt64(5), r.GetInt64(6)));
        return list;
    }
}
