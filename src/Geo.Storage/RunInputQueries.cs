using Geo.Core.Domain;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;

namespace Geo.Storage;

/// <summary>
/// What an analysis run reads from the database: its incidents (parallel arrays, local times), the sources' coverage,
/// the areas and area sets, and the resources. Plain parameterised SQL (<c>Sql/run_*.sql</c>) read with typed getters:
/// fast, and without EF Core's first use on the path of <c>geo analyze</c>.
/// </summary>
/// <param name="database">The Geo database.</param>
public sealed class RunInputQueries(GeoDatabase database)
{
    private static readonly RunIncidents Empty = new(0, [], [], [], [], [], [], [], [], []);

    /// <summary>
    /// The incidents whose LOCAL date (in the study area's time zone) lies in [<paramref name="from"/>, <paramref name="to"/>]
    /// (both inclusive), of the given category codes (null: all), ordered by (source, source id).
    /// </summary>
    public async Task<RunIncidents> IncidentsAsync(string studyAreaCode, DateOnly from, DateOnly to, IReadOnlyList<string>? categories,
        CancellationToken ct = default)
    {
        await using var c = await database.DataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        DateTime fromInstant, toInstant;
        string timeZone;
        await using (var window = new NpgsqlCommand(SqlResources.Get("run_incidents_window"), c))
        {
            window.Parameters.Add(new NpgsqlParameter { Value = studyAreaCode, NpgsqlDbType = NpgsqlDbType.Text });
            window.Parameters.Add(new NpgsqlParameter { Value = from, NpgsqlDbType = NpgsqlDbType.Date });
            window.Parameters.Add(new NpgsqlParameter { Value = to, NpgsqlDbType = NpgsqlDbType.Date });
            await using var w = await window.ExecuteReaderAsync(ct).ConfigureAwait(false);
            if (!await w.ReadAsync(ct).ConfigureAwait(false)) return Empty;
            (fromInstant, toInstant, timeZone) = (w.GetDateTime(0), w.GetDateTime(1), w.GetString(2));
        }
        await using var cmd = new NpgsqlCommand(SqlResources.Get("run_incidents"), c) { CommandTimeout = 0 };
        cmd.Parameters.Add(new NpgsqlParameter { Value = studyAreaCode, NpgsqlDbType = NpgsqlDbType.Text });
        cmd.Parameters.Add(new NpgsqlParameter { Value = fromInstant, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        cmd.Parameters.Add(new NpgsqlParameter { Value = toInstant, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        cmd.Parameters.Add(new NpgsqlParameter { Value = timeZone, NpgsqlDbType = NpgsqlDbType.Text });
        cmd.Parameters.Add(new NpgsqlParameter { Value = (object?)categories?.ToArray() ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });

        var capacity = 4096;
        var source = new string[capacity];
        var sourceId = new string[capacity];
        var category = new string[capacity];
        var time = new DateTime[capacity];
        var tp = new TimePrecision[capacity];
        var lp = new LocationPrecision[capacity];
        var x = new double[capacity];
        var y = new double[capacity];
        var batch = new long[capacity];
        var n = 0;
        // Sources and categories repeat: one string instance each.
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        string Intern(string s)
        {
            if (names.TryGetValue(s, out var known)) return known;
            names[s] = s;
            return s;
        }

        await using (var r = await cmd.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess, ct).ConfigureAwait(false))
        {
            while (await r.ReadAsync(ct).ConfigureAwait(false))
            {
                if (n == capacity)
                {
                    capacity *= 2;
                    Array.Resize(ref source, capacity);
                    Array.Resize(ref sourceId, capacity);
                    Array.Resize(ref category, capacity);
                    Array.Resize(ref time, capacity);
                    Array.Resize(ref tp, capacity);
                    Array.Resize(ref lp, capacity);
                    Array.Resize(ref x, capacity);
                    Array.Resize(ref y, capacity);
                    Array.Resize(ref batch, capacity);
                }
                source[n] = Intern(r.GetString(0));
                sourceId[n] = r.GetString(1);
                category[n] = Intern(r.GetString(2));
                time[n] = DateTime.SpecifyKind(r.GetDateTime(3), DateTimeKind.Unspecified);
                tp[n] = Codes.TimePrecision.Parse(r.GetString(4));
                lp[n] = Codes.LocationPrecision.Parse(r.GetString(5));
                x[n] = r.IsDBNull(6) ? double.NaN : r.GetDouble(6);
                y[n] = r.IsDBNull(7) ? double.NaN : r.GetDouble(7);
                batch[n] = r.IsDBNull(8) ? 0 : r.GetInt64(8);
                n++;
            }
        }
        Array.Resize(ref source, n);
        Array.Resize(ref sourceId, n);
        Array.Resize(ref category, n);
        Array.Resize(ref time, n);
        Array.Resize(ref tp, n);
        Array.Resize(ref lp, n);
        Array.Resize(ref x, n);
        Array.Resize(ref y, n);
        Array.Resize(ref batch, n);
        return new RunIncidents(n, source, sourceId, category, time, tp, lp, x, y, batch);
    }

    /// <summary>Per source, the first and last local date of its incidents and their count, by source.</summary>
    public async Task<IReadOnlyList<SourceCoverage>> CoverageAsync(string studyAreaCode, CancellationToken ct = default)
    {
        await using var cmd = database.DataSource.CreateCommand(SqlResources.Get("run_coverage"));
        cmd.CommandTimeout = 0;
        cmd.Parameters.Add(new NpgsqlParameter { Value = studyAreaCode });
        var list = new List<SourceCoverage>();
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await r.ReadAsync(ct).ConfigureAwait(false))
            list.Add(new SourceCoverage(r.GetString(0), r.GetFieldValue<DateOnly>(1), r.GetFieldValue<DateOnly>(2), r.GetInt64(3)));
        return list;
    }

    /// <summary>The areas of an area set, by code.</summary>
    public async Task<IReadOnlyList<RunArea>> AreasAsync(string studyAreaCode, string areaSet, CancellationToken ct = default)
    {
        await using var cmd = database.DataSource.CreateCommand(SqlResources.Get("run_areas"));
        cmd.Parameters.Add(new NpgsqlParameter { Value = studyAreaCode });
        cmd.Parameters.Add(new NpgsqlParameter { Value = areaSet });
        var list = new List<RunArea>();
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await r.ReadAsync(ct).ConfigureAwait(false))
            list.Add(new RunArea(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : r.GetInt32(2),
                r.GetFieldValue<MultiPolygon>(3)));
        return list;
    }

    /// <summary>
    /// Every area set of the study area with its area count, areas with population, total population and mean area size,
    /// by name.
    /// </summary>
    public async Task<IReadOnlyList<AreaSetPopulation>> AreaSetsWithPopulationAsync(string studyAreaCode, CancellationToken ct = default)
    {
        await using var cmd = database.DataSource.CreateCommand(SqlResources.Get("run_area_sets"));
        cmd.Parameters.Add(new NpgsqlParameter { Value = studyAreaCode });
        var list = new List<AreaSetPopulation>();
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await r.ReadAsync(ct).ConfigureAwait(false))
            list.Add(new AreaSetPopulation(r.GetString(0), r.GetString(1), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4),
                r.IsDBNull(5) ? null : r.GetDouble(5)));
        return list;
    }

    /// <summary>Every resource of the study area, by id.</summary>
    public async Task<IReadOnlyList<RunResource>> ResourcesAsync(string studyAreaCode, CancellationToken ct = default)
    {
        await using var cmd = database.DataSource.CreateCommand(SqlResources.Get("run_resources"));
        cmd.Parameters.Add(new NpgsqlParameter { Value = studyAreaCode });
        var list = new List<RunResource>();
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await r.ReadAsync(ct).ConfigureAwait(false))
            list.Add(new RunResource(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3),
                r.IsDBNull(4) ? null : r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5), r.IsDBNull(6) ? null : r.GetString(6),
                r.GetFieldValue<Geometry>(7)));
        return list;
    }
}
