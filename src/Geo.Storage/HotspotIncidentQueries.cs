using Geo.Core.Domain;
using Npgsql;
using NpgsqlTypes;

namespace Geo.Storage;

/// <summary>
/// The incidents inside a stored run's hotspots (<c>Sql/run_hotspot_incidents.sql</c>): what the cause-analysis facts
/// need per hotspot × category group that the run does not store (its own peak window, change, trend and repeat places).
/// </summary>
/// <param name="database">The Geo database.</param>
public sealed class HotspotIncidentQueries(GeoDatabase database)
{
    /// <summary>
    /// The incidents of run <paramref name="runId"/>'s categories located to a point precisely enough for its grid (exact,
    /// address, street segment) that lie in the hotspots <paramref name="hotspotIds"/>, with a LOCAL date in
    /// [<paramref name="from"/>, <paramref name="to"/>] (both inclusive), by hotspot then time.
    /// </summary>
    public async Task<HotspotIncidents> InHotspotsAsync(long runId, IReadOnlyCollection<int> hotspotIds, DateOnly from, DateOnly to,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(hotspotIds);
        var hotspot = new List<int>();
        var category = new List<string>();
        var time = new List<DateTime>();
        var precision = new List<TimePrecision>();
        var x = new List<double>();
        var y = new List<double>();
        if (hotspotIds.Count > 0)
        {
            await using var cmd = database.DataSource.CreateCommand(SqlResources.Get("run_hotspot_incidents"));
            cmd.CommandTimeout = 0;
            cmd.Parameters.Add(new NpgsqlParameter { Value = runId, NpgsqlDbType = NpgsqlDbType.Bigint });
            cmd.Parameters.Add(new NpgsqlParameter { Value = hotspotIds.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer });
            cmd.Parameters.Add(new NpgsqlParameter { Value = from, NpgsqlDbType = NpgsqlDbType.Date });
            cmd.Parameters.Add(new NpgsqlParameter { Value = to, NpgsqlDbType = NpgsqlDbType.Date });
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
            while (await r.ReadAsync(ct).ConfigureAwait(false))
            {
                hotspot.Add(r.GetInt32(0));
                var c = r.GetString(1);
                if (!names.TryGetValue(c, out var known)) names[c] = known = c;
                category.Add(known);
                time.Add(DateTime.SpecifyKind(r.GetDateTime(2), DateTimeKind.Unspecified));
                precision.Add(Codes.TimePrecision.Parse(r.GetString(3)));
                x.Add(r.GetDouble(4));
                y.Add(r.GetDouble(5));
            }
        }
        return new HotspotIncidents(hotspot.Count, [.. hotspot], [.. category], [.. time], [.. precision], [.. x], [.. y]);
    }
}
