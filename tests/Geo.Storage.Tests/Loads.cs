using Geo.Core.Domain;

namespace Geo.Storage.Tests;

/// <summary>Runs whole loads the way an importer does: batch, loader, merge, finish, commit.</summary>
internal static class Loads
{
    public static ImportBatch Draft(StudyArea sa, ImportKind kind, string source = "test") =>
        new(0, sa.Code, kind, "file.csv", new string('a', 64), source, null, 0, 0, 0, DateTimeOffset.UtcNow, null, "");

    public static async Task<MergeCounts> IncidentsAsync(GeoDatabase db, StudyArea sa, IEnumerable<Incident> incidents)
    {
        await using var c = await db.DataSource.OpenConnectionAsync();
        await using var tx = await c.BeginTransactionAsync();
        var batch = await ImportBatchStore.BeginAsync(c, Draft(sa, ImportKind.Incidents));
        await using var loader = await IncidentLoader.BeginAsync(c, sa);
        var row = 0L;
        foreach (var i in incidents) loader.Add(i, ++row);
        var counts = await loader.CompleteAndMergeAsync(batch);
        await ImportBatchStore.FinishAsync(c, batch, row, row, 0, counts, loader.WithoutLocation);
        await tx.CommitAsync();
        return counts;
    }

    public static async Task<(MergeCounts Counts, long Repaired)> ResourcesAsync(GeoDatabase db, StudyArea sa, IEnumerable<Resource> resources)
    {
        await using var c = await db.DataSource.OpenConnectionAsync();
        await using var tx = await c.BeginTransactionAsync();
        var batch = await ImportBatchStore.BeginAsync(c, Draft(sa, ImportKind.Resources));
        await using var loader = await ResourceLoader.BeginAsync(c, sa);
        var row = 0L;
        foreach (var r in resources) loader.Add(r, ++row);
        var counts = await loader.CompleteAndMergeAsync(batch);
        await ImportBatchStore.FinishAsync(c, batch, row, row, 0, counts, 0);
        await tx.CommitAsync();
        return (counts, loader.Repaired);
    }

    public static async Task<(MergeCounts Counts, long Repaired)> AreasAsync(GeoDatabase db, StudyArea sa, AreaSet set, IEnumerable<Area> areas)
    {
        await using var c = await db.DataSource.OpenConnectionAsync();
        await using var tx = await c.BeginTransactionAsync();
        var batch = await ImportBatchStore.BeginAsync(c, Draft(sa, ImportKind.Areas));
        await using var loader = await AreaLoader.BeginAsync(c, sa, set);
        var row = 0L;
        foreach (var a in areas) loader.Add(a, ++row);
        var counts = await loader.CompleteAndMergeAsync(batch);
        await ImportBatchStore.FinishAsync(c, batch, row, row, 0, counts, 0);
        await tx.CommitAsync();
        return (counts, loader.Repaired);
    }

    public static async Task<T> ScalarAsync<T>(GeoDatabase db, string sql, params object[] args)
    {
        await using var cmd = db.DataSource.CreateCommand(sql);
        foreach (var a in args) cmd.Parameters.Add(new Npgsql.NpgsqlParameter { Value = a });
        return (T)(await cmd.ExecuteScalarAsync())!;
    }
}
