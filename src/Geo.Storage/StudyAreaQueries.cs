using Npgsql;
using NpgsqlTypes;

namespace Geo.Storage;

/// <summary>
/// What the HTTP API reads of a study area's loaded data, in WGS 84: the study areas with their bounding boxes, an area
/// set's areas and the resources as points. Plain parameterised SQL (<c>Sql/study_area_extents.sql</c>, <c>area_list.sql</c>,
/// <c>resource_points.sql</c>).
/// </summary>
public sealed class StudyAreaQueries(GeoDatabase database)
{
    /// <summary>Every study area (or only <paramref name="code"/> when given) with its bounding box in WGS 84, by code.</summary>
    public async Task<IReadOnlyList<StudyAreaExtent>> ExtentsAsync(string? code = null, CancellationToken ct = default)
    {
        await using var cmd = database.DataSource.CreateCommand(SqlResources.Get("study_area_extents"));
        cmd.Parameters.Add(new NpgsqlParameter { Value = (object?)code ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var list = new List<StudyAreaExtent>();
        while (await r.ReadAsync(ct).ConfigureAwait(false))
            list.Add(new StudyAreaExtent(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetString(3),
                [r.GetDouble(4), r.GetDouble(5), r.GetDouble(6), r.GetDouble(7)]));
        return list;
    }

    /// <summary>The areas of one area set, by code (empty when the set does not exist).</summary>
    public async Task<IReadOnlyList<AreaListItem>> AreasAsync(string studyAreaCode, string areaSet, CancellationToken ct = default)
    {
        await using var cmd = database.DataSource.CreateCommand(SqlResources.Get("area_list"));
        cmd.Parameters.Add(new NpgsqlParameter { Value = studyAreaCode, NpgsqlDbType = NpgsqlDbType.Text });
        cmd.Parameters.Add(new NpgsqlParameter { Value = areaSet, NpgsqlDbType = NpgsqlDbType.Text });
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var list = new List<AreaListItem>();
        while (await r.ReadAsync(ct).ConfigureAwait(false))
            list.Add(new AreaListItem(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : r.GetInt32(2)));
        return list;
    }

    /// <summary>The resources of a study area (of one type when given) as points in WGS 84, by id.</summary>
    public async Task<IReadOnlyList<ResourcePoint>> ResourcesAsync(string studyAreaCode, string? type, CancellationToken ct = default)
    {
        await using var cmd = database.DataSource.CreateCommand(SqlResources.Get("resource_points"));
        cmd.Parameters.Add(new NpgsqlParameter { Value = studyAreaCode, NpgsqlDbType = NpgsqlDbType.Text });
        cmd.Parameters.Add(new NpgsqlParameter { Value = (object?)type ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var list = new List<ResourcePoint>();
        while (await r.ReadAsync(ct).ConfigureAwait(false))
            list.Add(new ResourcePoint(r.GetInt64(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3),
                r.IsDBNull(4) ? null : r.GetString(4), r.GetDouble(5), r.GetDouble(6)));
        return list;
    }
}
