using System.Runtime.CompilerServices;
using Npgsql;
using NpgsqlTypes;

namespace Geo.Storage;

/// <summary>
/// What <c>geo export</c> and the API's exports read of a stored run, one parameterised statement each in
/// <c>Sql/export_&lt;table&gt;.sql</c> with the run id as <c>$1</c>, streamed one row at a time (a run's million grid cells
/// never sit in memory): its indicators, hotspots, cells, priorities, newest plan's rows, the areas of every set of its
/// study area with their geometries, the import batches it read and the labels of the category groups.
/// </summary>
public sealed class ExportQueries(GeoDatabase database)
{
    /// <summary>The statements there are (<c>Sql/export_&lt;name&gt;.sql</c>).</summary>
    public static readonly IReadOnlySet<string> Names = new HashSet<string>(
        ["run", "indicators", "hotspots", "cells", "priorities", "plan", "areas", "batches", "groups"], StringComparer.Ordinal);

    /// <summary>The rows of <c>Sql/export_<paramref name="name"/>.sql</c> for run <paramref name="runId"/>, streamed.</summary>
    /// <exception cref="ArgumentException">An unknown statement.</exception>
    public async IAsyncEnumerable<ExportRecord> StreamAsync(string name, long runId, [EnumeratorCancellation] CancellationToken ct = default)
    {
        if (!Names.Contains(name)) throw new ArgumentException($"there is no export query '{name}'.", nameof(name));
        await using var connection = await database.DataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var cmd = new NpgsqlCommand(SqlResources.Get("export_" + name), connection);
        cmd.Parameters.Add(new NpgsqlParameter { Value = runId, NpgsqlDbType = NpgsqlDbType.Bigint });
        await using var r = await cmd.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess, ct).ConfigureAwait(false);
        var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < r.FieldCount; i++) ordinals[r.GetName(i)] = i;
        while (await r.ReadAsync(ct).ConfigureAwait(false))
        {
            var values = new object?[r.FieldCount];
            for (var i = 0; i < values.Length; i++)
            {
                var v = await r.IsDBNullAsync(i, ct).ConfigureAwait(false) ? null : r.GetValue(i);
                values[i] = v;
            }
            yield return new ExportRecord(ordinals, values);
        }
    }

    /// <summary>Every row of <c>Sql/export_<paramref name="name"/>.sql</c> (for the small tables).</summary>
    public async Task<IReadOnlyList<ExportRecord>> ListAsync(string name, long runId, CancellationToken ct = default)
    {
        var list = new List<ExportRecord>();
        await foreach (var r in StreamAsync(name, runId, ct).ConfigureAwait(false)) list.Add(r);
        return list;
    }
}
