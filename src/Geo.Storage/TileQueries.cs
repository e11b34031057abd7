using Npgsql;
using NpgsqlTypes;

namespace Geo.Storage;

/// <summary>
/// Mapbox vector tiles made by PostGIS (<c>ST_TileEnvelope</c>, <c>ST_AsMVTGeom</c>, <c>ST_AsMVT</c>): one parameterised
/// statement per layer in <c>Sql/tile_&lt;layer&gt;.sql</c>, the run's geometries transformed from the study area's CRS to
/// EPSG:3857 in the query and selected through their GiST index with the tile's envelope transformed the other way.
/// </summary>
public sealed class TileQueries(GeoDatabase database)
{
    /// <summary>The layers there is a statement for (<c>Sql/tile_&lt;layer&gt;.sql</c>).</summary>
    public static readonly IReadOnlySet<string> Layers =
        new HashSet<string>(["boundary", "areas", "cells", "density", "hotspots", "resources", "incidents"], StringComparer.Ordinal);

    /// <summary>The run's tile information, or null when there is no run <paramref name="runId"/>.</summary>
    public async Task<TileRunInfo?> RunAsync(long runId, CancellationToken ct = default)
    {
        await using var cmd = database.DataSource.CreateCommand(SqlResources.Get("tile_run"));
        cmd.Parameters.Add(new NpgsqlParameter { Value = runId, NpgsqlDbType = NpgsqlDbType.Bigint });
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        if (!await r.ReadAsync(ct).ConfigureAwait(false)) return null;
        return new TileRunInfo(runId, r.GetString(0), r.GetString(1), r.GetDateTime(2), r.GetInt32(3),
            r.GetDouble(4), r.GetDouble(5), r.GetDouble(6), r.GetDouble(7), r.GetFieldValue<string[]>(8));
    }

    /// <summary>
    /// The tile <paramref name="z"/>/<paramref name="x"/>/<paramref name="y"/> of <paramref name="layer"/> of the run (an
    /// empty array when no feature falls in it). Counts from 1 to <paramref name="suppressBelow"/> − 1 are left out
    /// (0: none); <paramref name="group"/> is the category group of the areas and hotspots layers.
    /// </summary>
    /// <exception cref="ArgumentException">An unknown layer.</exception>
    public Task<byte[]> TileAsync(TileRunInfo run, string layer, int z, int x, int y, int suppressBelow, string group, CancellationToken ct = default) =>
        TileAsync(run, layer, z, x, y, suppressBelow, group, [], [], ct);

    /// <summary>
    /// As the other overload, and the features of the areas, hotspots and cells layers whose id (area code, hotspot id,
    /// cell id as text) is in <paramref name="hidden"/> have their count left out as a small one ($13), those in
    /// <paramref name="hiddenCompare"/> their comparison count ($14): the complements of the run's protected release.
    /// </summary>
    public async Task<byte[]> TileAsync(TileRunInfo run, string layer, int z, int x, int y, int suppressBelow, string group,
        IReadOnlyList<string> hidden, IReadOnlyList<string> hiddenCompare, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(hidden);
        ArgumentNullException.ThrowIfNull(hiddenCompare);
        ArgumentNullException.ThrowIfNull(run);
        if (!Layers.Contains(layer)) throw new ArgumentException($"There is no tile layer '{layer}'.", nameof(layer));
        await using var cmd = database.DataSource.CreateCommand(SqlResources.Get("tile_" + layer));
        cmd.Parameters.Add(new NpgsqlParameter { Value = run.StudyAreaCode, NpgsqlDbType = NpgsqlDbType.Text });
        cmd.Parameters.Add(new NpgsqlParameter { Value = run.RunId, NpgsqlDbType = NpgsqlDbType.Bigint });
        cmd.Parameters.Add(new NpgsqlParameter { Value = run.Srid, NpgsqlDbType = NpgsqlDbType.Integer });
        cmd.Parameters.Add(new NpgsqlParameter { Value = z, NpgsqlDbType = NpgsqlDbType.Integer });
        cmd.Parameters.Add(new NpgsqlParameter { Value = x, NpgsqlDbType = NpgsqlDbType.Integer });
        cmd.Parameters.Add(new NpgsqlParameter { Value = y, NpgsqlDbType = NpgsqlDbType.Integer });
        cmd.Parameters.Add(new NpgsqlParameter { Value = suppressBelow, NpgsqlDbType = NpgsqlDbType.Integer });
        cmd.Parameters.Add(new NpgsqlParameter { Value = group, NpgsqlDbType = NpgsqlDbType.Text });
        cmd.Parameters.Add(new NpgsqlParameter { Value = run.WindowXMin, NpgsqlDbType = NpgsqlDbType.Double });
        cmd.Parameters.Add(new NpgsqlParameter { Value = run.WindowYMin, NpgsqlDbType = NpgsqlDbType.Double });
        cmd.Parameters.Add(new NpgsqlParameter { Value = run.WindowXMax, NpgsqlDbType = NpgsqlDbType.Double });
        cmd.Parameters.Add(new NpgsqlParameter { Value = run.WindowYMax, NpgsqlDbType = NpgsqlDbType.Double });
        if (layer is "areas" or "hotspots" or "cells")
        {
            cmd.Parameters.Add(new NpgsqlParameter { Value = hidden.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            cmd.Parameters.Add(new NpgsqlParameter { Value = hiddenCompare.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        }
        var result = await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false);
        return result as byte[] ?? [];
    }
}
