using Geo.Core.Domain;
using Npgsql;

namespace Geo.Storage.Tests;

/// <summary>Runs whole loads the way an importer does: batch, loader, merge, finish, commit.</summary>
internal static class Loads
{
    public static ImportBatch Draft(StudyArea sa, ImportKind kind, string source = "test") =>
        new(0, sa.Code, kind, "file.csv", new string('a', 64), source, null, 0, 0, 0, DateTimeOffset.UtcNow, null, "");

    public static async Task<MergeCounts> IncidentsAsync(GeoDatabase db, StudyArea sa, IEnumerable<Incident> incidents) =>
        (await LoadAsync(db, sa, ImportKind.Incidents, async (c, _) => await IncidentLoader.BeginAsync(c, sa), incidents)).Counts;

    public static async Task<(MergeCounts Counts, long Repaired)> ResourcesAsync(GeoDatabase db, StudyArea sa, IEnumerable<Resource> resources)
    {
        var (counts, loader) = await LoadAsync(db, sa, ImportKind.Resources, async (c, _) => await ResourceLoader.BeginAsync(c, sa), resources);
        return (counts, ((ResourceLoader)loader).Repaired);
    }

    public static async Task<(MergeCounts Counts, long Repaired)> AreasAsync(GeoDatabase db, StudyArea sa, AreaSet set, IEnumerable<Area> areas)
    {
        var (counts, loader) = await LoadAsync(db, sa, ImportKind.Areas, async (c, tx) => await AreaLoader.BeginAsync(c, tx, sa, set), areas);
        return (counts, ((AreaLoader)loader).Repaired);
    }

    private static async Task<(MergeCounts Counts, StagingLoader<T> Loader)> LoadAsync<T>(GeoDatabase db, StudyArea sa, ImportKind kind,
        Func<NpgsqlConnection, NpgsqlTransaction, Task<StagingLoader<T>>> begin, IEnumerable<T> items) where T : class
    {
        await using var c = await db.DataSource.OpenConnectionAsync();
        await using var tx = await c.BeginTransactionAsync();
        var batch = await ImportBatchStore.BeginAsync(c, tx, Draft(sa, kind));
        await using var loader = await begin(c, tx);
        var row = 0L;
        foreach (var item in items) loader.Add(item, ++row);
        var counts = await loader.CompleteAndMergeAsync(batch);
        await ImportBatchStore.FinishAsync(c, tx, batch, row, row, 0, counts, (loader as IncidentLoader)?.WithoutLocation ?? 0);
        await tx.CommitAsync();
        return (counts, loader);
    }

    public static async Task<T> ScalarAsync<T>(GeoDatabase db, string sql, params object[] args)
    {
        await using var cmd = db.DataSource.CreateCommand(sql);
        foreach (var a in args) cmd.Parameters.Add(new NpgsqlParameter { Value = a });
        return (T)(await cmd.ExecuteScalarAsync())!;
    }
}
