using Npgsql;
using NpgsqlTypes;

namespace Geo.Storage;

/// <summary>
/// Resources near targets (hotspots, areas), computed in PostGIS: the nearest resource of each type (KNN <c>&lt;-&gt;</c> on
/// the resources' GiST index, <c>Sql/resource_nearest.sql</c>) and every resource within a distance (<c>ST_DWithin</c>,
/// <c>Sql/resource_within.sql</c>), with <c>ST_Distance</c> in the working CRS (metres).
/// </summary>
/// <param name="database">The Geo database.</param>
public sealed class ResourceProximityQueries(GeoDatabase database)
{
    /// <summary>
    /// For each target, the nearest resource of each type (of <paramref name="types"/>, or of every type present when null)
    /// with its distance; by target id, then type. Ties go to the lower resource id.
    /// </summary>
    public async Task<IReadOnlyList<ResourceDistance>> NearestByTypeAsync(string studyAreaCode, IReadOnlyList<ProximityTarget> targets,
        IReadOnlyCollection<string>? types = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(targets);
        if (targets.Count == 0) return [];
        await using var cmd = database.DataSource.CreateCommand(SqlResources.Get("resource_nearest"));
        cmd.CommandTimeout = 0;
        AddTargets(cmd, studyAreaCode, targets);
        cmd.Parameters.Add(new NpgsqlParameter { Value = (object?)types?.ToArray() ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        return await ReadAsync(cmd, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// For each target, every resource (of <paramref name="types"/>, or of any type when null) within
    /// <paramref name="distance"/> metres, with its distance; by target id, then distance, then resource id.
    /// </summary>
    public async Task<IReadOnlyList<ResourceDistance>> WithinAsync(string studyAreaCode, IReadOnlyList<ProximityTarget> targets, double distance,
        IReadOnlyCollection<string>? types = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentOutOfRangeException.ThrowIfNegative(distance);
        if (targets.Count == 0) return [];
        await using var cmd = database.DataSource.CreateCommand(SqlResources.Get("resource_within"));
        cmd.CommandTimeout = 0;
        AddTargets(cmd, studyAreaCode, targets);
        cmd.Parameters.Add(new NpgsqlParameter { Value = distance, NpgsqlDbType = NpgsqlDbType.Double });
        cmd.Parameters.Add(new NpgsqlParameter { Value = (object?)types?.ToArray() ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        return await ReadAsync(cmd, ct).ConfigureAwait(false);
    }

    private static void AddTargets(NpgsqlCommand cmd, string studyAreaCode, IReadOnlyList<ProximityTarget> targets)
    {
        cmd.Parameters.Add(new NpgsqlParameter { Value = studyAreaCode, NpgsqlDbType = NpgsqlDbType.Text });
        cmd.Parameters.Add(new NpgsqlParameter { Value = targets.Select(t => t.Id).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer });
        cmd.Parameters.Add(new NpgsqlParameter { Value = targets.Select(t => t.Geometry).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Geometry });
    }

    private static async Task<IReadOnlyList<ResourceDistance>> ReadAsync(NpgsqlCommand cmd, CancellationToken ct)
    {
        var list = new List<ResourceDistance>();
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await r.ReadAsync(ct).ConfigureAwait(false))
            list.Add(new ResourceDistance(r.GetInt32(0), r.GetInt64(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3),
                r.IsDBNull(4) ? null : r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5), r.GetDouble(6)));
        return list;
    }
}
