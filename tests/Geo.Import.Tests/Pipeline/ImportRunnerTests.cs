using Geo.Core.Domain;
using Geo.Import.Pipeline;
using Geo.Storage;
using Geo.Testing;
using Npgsql;
using Geo.Formats;

namespace Geo.Import.Tests.Pipeline;

[Collection("postgis")]
public sealed class ImportRunnerTests(PostGisFixture fixture) : PipelineDatabaseTest(fixture, "geo-pipeline-")
{
    private Task<ImportSummary> Import(string path, double maxRejectRate = 0.01, CancellationToken ct = default, IProgress<ImportProgress>? progress = null) =>
        new ImportRunner(Db).RunAsync(
            new ImportRequest(ImportKind.Incidents, path, PipelineTestData.Code, MaxRejectRate: maxRejectRate,
                RejectReportPath: Path.Combine(Dir, Path.GetFileNameWithoutExtension(path) + ".rejects.csv")), progress, ct);

    private async Task<(long Incidents, long Batches)> CountsAsync()
    {
        await using var cmd = Db.DataSource.CreateCommand("SELECT (SELECT count(*) FROM incident), (SELECT count(*) FROM import_batch)");
        await using var r = await cmd.ExecuteReaderAsync();
        await r.ReadAsync();
        return (r.GetInt64(0), r.GetInt64(1));
    }

    [Fact]
    public async Task ReimportOfTheSameFileChangesNothing()
    {
        var file = PipelineTestData.Write(Dir, "a.csv", 1, 500);
        var first = await Import(file);
        Assert.Equal((500L, 500L, 500L, 0L, 0L), (first.Read, first.Loaded, first.New, first.Updated, first.Unchanged));
        var second = await Import(file);
        Assert.Equal((0L, 0L, 500L), (second.New, second.Updated, second.Unchanged));
        Assert.Equal((500L, 2L), await CountsAsync());
    }

    [Fact]
    public async Task OverlappingExtractCountsNewUpdatedAndUnchanged()
    {
        await Import(PipelineTestData.Write(Dir, "a.csv", 1, 300));
        // Rows 201..400: 201..300 overlap; the odd/even category flips for those with variant 1.
        var overlap = await Import(PipelineTestData.Write(Dir, "b.csv", 201, 400, variant: 1));
        Assert.Equal(100, overlap.New);
        Assert.Equal(100, overlap.Updated);
        Assert.Equal(0, overlap.Unchanged);
        Assert.Equal(400, (await CountsAsync()).Incidents);
    }

    [Fact]
    public async Task FatalErrorAfterNinetyPercentLeavesTablesUnchanged()
    {
        await Import(PipelineTestData.Write(Dir, "base.csv", 1, 10));
        var before = await CountsAsync();
        // 900 good rows, then an unterminated quote: the reader fails at the end of the file.
        var broken = PipelineTestData.Write(Dir, "broken.csv", 1000, 1899, tail: "9999,\"2024-05-01T10:00,violence.assault,800100,7270100\n");
        await Assert.ThrowsAsync<InputFormatException>(() => Import(broken));
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task CancellationAfterNinetyPercentLeavesTablesUnchanged()
    {
        var before = await CountsAsync();
        var file = PipelineTestData.Write(Dir, "big.csv", 1, 40_000);
        using var cts = new CancellationTokenSource();
        var progress = new SyncProgress(p => { if (p.Stage == "loading" && p.Rows >= 36_000) cts.Cancel(); });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Import(file, ct: cts.Token, progress: progress));
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task TooManyRejectsLoadsNothingAndWritesTheReport()
    {
        var sb = new System.Text.StringBuilder("source_id,occurred_at,category,x,y\n");
        for (var i = 1; i <= 100; i++)
            sb.Append(i % 10 == 0 ? $"{i},not a date,violence.assault,800100,7270100\n" : $"{i},2024-05-01T10:00,violence.assault,800100,7270100\n");
        var file = Path.Combine(Dir, "rejects.csv");
        await File.WriteAllTextAsync(file, sb.ToString());
        var e = await Assert.ThrowsAsync<ImportRejectedException>(() => Import(file));
        Assert.Equal(10, e.Summary.Rejected);
        Assert.Equal((0L, 0L), await CountsAsync());
        var report = await File.ReadAllLinesAsync(e.Summary.RejectReport!);
        Assert.Equal("file,row,field,value,reason,action", report[0]);
        Assert.Equal(11, report.Length);
        Assert.StartsWith("rejects.csv,10,occurred_at,not a date,", report[1]);

        // With a higher threshold the same file loads its 90 good rows.
        var ok = await Import(file, maxRejectRate: 0.2);
        Assert.Equal((90L, 10L), (ok.Loaded, ok.Rejected));
    }

    [Fact]
    public async Task WithheldCoordinatesAreKeptWithoutLocation()
    {
        var file = Path.Combine(Dir, "withheld.csv");
        await File.WriteAllTextAsync(file, "source_id,occurred_at,category,x,y\n1,2024-05-01T10:00,violence.assault,,\n2,2024-05-01T10:00,violence.assault,800100,7270100\n");
        var s = await Import(file);
        Assert.Equal((2L, 1L, 0L), (s.Loaded, s.WithoutLocation, s.Rejected));
        await using var cmd = Db.DataSource.CreateCommand("SELECT count(*) FROM incident WHERE geom IS NULL");
        Assert.Equal(1L, (long)(await cmd.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task BatchRecordsProvenance()
    {
        var file = PipelineTestData.Write(Dir, "prov.csv", 1, 20);
        var s = await Import(file);
        await using var cmd = Db.DataSource.CreateCommand("SELECT file_name, sha256, rows_read, rows_loaded, rows_new FROM import_batch WHERE id = $1");
        cmd.Parameters.Add(new NpgsqlParameter { Value = s.BatchId!.Value });
        await using var r = await cmd.ExecuteReaderAsync();
        Assert.True(await r.ReadAsync());
        Assert.Equal("prov.csv", r.GetString(0));
        Assert.Equal(await FileHash.Sha256Async(file, default), r.GetString(1).Trim());
        Assert.Equal((20L, 20L, 20L), (r.GetInt64(2), r.GetInt64(3), r.GetInt64(4)));
    }

    [Fact]
    public async Task UnknownStudyAreaIsAClearError()
    {
        var file = PipelineTestData.Write(Dir, "x.csv", 1, 2);
        var e = await Assert.ThrowsAsync<ArgumentException>(() => new ImportRunner(Db)
            .RunAsync(new ImportRequest(ImportKind.Incidents, file, "NOPE")));
        Assert.Contains("NOPE", e.Message);
        Assert.Contains("geo study-area add", e.Message);
    }

    /// <summary>IProgress that reports synchronously on the caller's thread (Progress&lt;T&gt; posts to the pool).</summary>
    private sealed class SyncProgress(Action<ImportProgress> action) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => action(value);
    }
}
