using System.Runtime.CompilerServices;
using Npgsql;
using NpgsqlTypes;

namespace Geo.Storage;

/// <summary>
/// What the HTTP API reads of a stored run besides its result tables: the category groups it has results for
/// (<c>Sql/run_groups.sql</c>) and the incidents of its window as points in WGS 84, streamed row by row
/// (<c>Sql/incident_points.sql</c>).
/// </summary>
public sealed class RunReadQueries(GeoDatabase database)
{
    /// <summary>The category groups run <paramref name="runId"/> has results for: <c>total</c> first, then by code.</summary>
    public async Task<IReadOnlyList<string>> GroupsAsync(long runId, CancellationToken ct = default)
    {
        await using var cmd = database.DataSource.CreateCommand(SqlResources.Get("run_groups"));
        cmd.Parameters.Add(new NpgsqlParameter { Value = runId, NpgsqlDbType = NpgsqlDbType.Bigint });
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var list = new List<string>();
        while (await r.ReadAsync(ct).ConfigureAwait(false)) list.Add(r.GetString(0));
        return list;
    }

    /// <summary>
    /// The incidents whose LOCAL date (in the study area's time zone) lies in [<paramref name="from"/>, <paramref name="to"/>],
    /// of the given category codes (null or empty: all), by time and id, read one row at a time.
    /// </summary>
    public async IAsyncEnumerable<IncidentPoint> IncidentsAsync(string studyAreaCode, DateOnly from, DateOnly to, IReadOnlyList<string>? categories,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var c = await database.DataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        DateTime fromInstant, toInstant;
        await using (var window = new NpgsqlCommand(SqlResources.Get("run_incidents_window"), c))
        {
            window.Parameters.Add(new NpgsqlParameter { Value = studyAreaCode, NpgsqlDbType = NpgsqlDbType.Text });
            window.Parameters.Add(new NpgsqlParameter { Value = from, NpgsqlDbType = NpgsqlDbType.Date });
            window.Parameters.Add(new NpgsqlParameter { Value = to, NpgsqlDbType = NpgsqlDbType.Date });
            await using var w = await window.ExecuteReaderAsync(ct).ConfigureAwait(false);
            if (!await w.ReadAsync(ct).ConfigureAwait(false)) yield break;
            (fromInstant, toInstant) = (w.GetDateTime(0), w.GetDateTime(1));
        }
        await using var cmd = new NpgsqlCommand(SqlResources.Get("incident_points"), c) { CommandTimeout = 0 };
        cmd.Parameters.Add(new NpgsqlParameter { Value = studyAreaCode, NpgsqlDbType = NpgsqlDbType.Text });
        cmd.Parameters.Add(new NpgsqlParameter { Value = fromInstant, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        cmd.Parameters.Add(new NpgsqlParameter { Value = toInstant, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        cmd.Parameters.Add(new NpgsqlParameter
        {
            Value = categories is { Count: > 0 } ? categories.ToArray() : DBNull.Value,
            NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text,
        });
        await using var r = await cmd.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess, ct).ConfigureAwait(false);
        while (await r.ReadAsync(ct).ConfigureAwait(false))
        {
            var id = r.GetInt64(0);
            var category = r.GetString(1);
            var at = r.GetFieldValue<DateTimeOffset>(2);
            double? lon = await r.IsDBNullAsync(3, ct).ConfigureAwait(false) ? null : r.GetDouble(3);
            double? lat = await r.IsDBNullAsync(4, ct).ConfigureAwait(false) ? null : r.GetDouble(4);
            yield return new IncidentPoint(id, category, at, lon, lat, r.GetString(5), r.GetString(6));
        }
    }
}
