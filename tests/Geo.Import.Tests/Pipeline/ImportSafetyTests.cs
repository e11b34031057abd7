using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Geo.Core.Domain;
using Geo.Formats;
using Geo.Import.Pipeline;
using Geo.Storage;
using Geo.Testing;
using Npgsql;

namespace Geo.Import.Tests.Pipeline;

/// <summary>
/// An import loads a whole file or nothing, never loses a file, and says what was wrong: cut-short files, reject reports
/// that would overwrite an input or cannot be written, repeated ids, files that are not regular files, gzip bombs, numeric
/// options that make no sense, and another import holding the study area.
/// </summary>
[Collection("postgis")]
public sealed class ImportSafetyTests(PostGisFixture fixture) : PipelineDatabaseTest(fixture, "geo-safety-")
{
    private ImportRequest Request(string path, string? report = null, DuplicatePolicy duplicates = DuplicatePolicy.Reject, double maxRejectRate = 0.01,
        TimeSpan? wait = null) =>
        new(ImportKind.Incidents, path, PipelineTestData.Code, MaxRejectRate: maxRejectRate,
            RejectReportPath: report ?? Path.Combine(Dir, Path.GetFileNameWithoutExtension(path) + ".rejects.csv"), Duplicates: duplicates, Wait: wait);

    private Task<ImportSummary> Import(ImportRequest request, IProgress<ImportProgress>? progress = null) =>
        new ImportRunner(Db).RunAsync(request, progress);

    private async Task<long> IncidentsAsync() => await ScalarAsync<long>("SELECT count(*) FROM incident");

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var cmd = Db.DataSource.CreateCommand(sql);
        return (T)(await cmd.ExecuteScalarAsync())!;
    }

    private static string Gzip(string path)
    {
        var gz = path + ".gz";
        using (var input = File.OpenRead(path))
        using (var output = new GZipStream(File.Create(gz), CompressionLevel.Optimal))
            input.CopyTo(output);
        return gz;
    }

    [Fact]
    public async Task A_gzip_file_cut_in_the_middle_loads_nothing()
    {
        var gz = Gzip(PipelineTestData.Write(Dir, "cut.csv", 1, 2000));
        var bytes = File.ReadAllBytes(gz);
        File.WriteAllBytes(gz, bytes[..(bytes.Length / 2)]);
        var e = await Assert.ThrowsAsync<InputFormatException>(() => Import(Request(gz)));
        Assert.Contains("truncated or corrupt", e.Message);
        Assert.Contains("cut.csv.gz", e.Message);
        Assert.Equal(0, await IncidentsAsync());
        // The whole file loads.
        var whole = Gzip(PipelineTestData.Write(Dir, "whole.csv", 1, 2000));
        Assert.Equal(2000, (await Import(Request(whole))).Loaded);
    }

    [Fact]
    public async Task A_csv_cut_in_the_middle_of_its_last_row_loads_nothing()
    {
        var path = PipelineTestData.Write(Dir, "cut.csv", 1, 100, tail: "101,2024-05-02T10:15,vandalism,8000");
        var e = await Assert.ThrowsAsync<InputFormatException>(() => Import(Request(path)));
        Assert.Equal(101, e.Row);
        Assert.Contains("ends in the middle of this row (4 of 5 fields", e.Message);
        Assert.Equal(0, await IncidentsAsync());
        // A complete last row without a final line break is fine.
        var fine = PipelineTestData.Write(Dir, "fine.csv", 1, 100, tail: "101,2024-05-02T10:15,vandalism,800010,7270010");
        Assert.Equal(101, (await Import(Request(fine))).Loaded);
    }

    [Fact]
    public async Task A_reject_report_that_is_the_input_a_directory_or_unwritable_is_refused_before_reading()
    {
        var path = PipelineTestData.Write(Dir, "in.csv", 1, 50);
        var before = File.ReadAllBytes(path);
        var input = await Assert.ThrowsAsync<ArgumentException>(() => Import(Request(path, report: path)));
        Assert.Contains("is the input file", input.Message);
        var link = Path.Combine(Dir, "link.csv");
        File.CreateSymbolicLink(link, path);
        var viaLink = await Assert.ThrowsAsync<ArgumentException>(() => Import(Request(path, report: link)));
        Assert.Contains("is the input file", viaLink.Message);
        Assert.Equal(before, File.ReadAllBytes(path));
        var dir = await Assert.ThrowsAsync<ArgumentException>(() => Import(Request(path, report: Dir)));
        Assert.Contains("is a directory", dir.Message);
        var blocked = Path.Combine(Dir, "in.csv", "sub", "r.csv"); // a "folder" that is a file
        var unwritable = await Assert.ThrowsAsync<ArgumentException>(() => Import(Request(path, report: blocked)));
        Assert.Contains("cannot be written", unwritable.Message);
        Assert.Equal(0, await IncidentsAsync());
        Assert.Equal(0, await ScalarAsync<long>("SELECT count(*) FROM import_batch"));
    }

    [Fact]
    public async Task A_reject_report_that_cannot_be_written_loads_nothing()
    {
        if (!File.Exists("/dev/full")) return; // Linux only: a device on which every write fails with ENOSPC.
        // Two rows with an unknown category: rejected (within the rate of 5%), so the report has lines to write.
        var path = PipelineTestData.Write(Dir, "full.csv", 1, 100, tail: "101,2024-05-02T10:15,nonsense,800010,7270010\n102,2024-05-02T10:15,nonsense,800010,7270010\n");
        await Assert.ThrowsAsync<IOException>(() => Import(Request(path, report: "/dev/full", maxRejectRate: 0.05)));
        Assert.Equal(0, await IncidentsAsync());
        Assert.Equal(0, await ScalarAsync<long>("SELECT count(*) FROM import_batch"));
    }

    [Fact]
    public async Task Repeated_ids_are_rejected_with_the_row_they_repeat_and_count_towards_the_reject_rate()
    {
        // Ids 1..100, then 20 rows repeating ids 1..20.
        var path = PipelineTestData.Write(Dir, "dups.csv", 1, 100);
        File.AppendAllText(path, string.Concat(Enumerable.Range(1, 20).Select(i => $"{i},2024-06-01T10:00,vandalism,800100,7270100\n")));
        var report = Path.Combine(Dir, "dups.rejects.csv");
        var over = await Assert.ThrowsAsync<ImportRejectedException>(() => Import(Request(path, report)));
        Assert.Equal(20, over.Summary.Duplicates);
        Assert.Equal(20, over.Summary.Rejected);
        Assert.Equal(0, await IncidentsAsync());
        var lines = TestCsv.Read(report);
        Assert.Equal(20, lines.Rows.Count);
        Assert.Equal(["dups.csv", "101", "source_id", "1"], lines.Rows[0][..4]);
        Assert.Contains("repeats row 1", lines.Rows[0][4]);

        var accepted = await Import(Request(path, duplicates: DuplicatePolicy.Reject, maxRejectRate: 0.2));
        Assert.Equal((100L, 20L, 0L, 100L), (accepted.Loaded, accepted.Duplicates, accepted.Collapsed, accepted.New));
        // The first row of a repeated id was kept: id 1 keeps its first time (May), not June.
        Assert.Equal(5, await ScalarAsync<int>("SELECT extract(month FROM occurred_at AT TIME ZONE 'Europe/Stockholm')::int FROM incident WHERE source_id = '1'"));
    }

    [Theory]
    [InlineData(DuplicatePolicy.KeepFirst, 5)]
    [InlineData(DuplicatePolicy.KeepLast, 6)]
    public async Task Repeated_ids_accepted_on_purpose_are_collapsed_and_counted(DuplicatePolicy policy, int month)
    {
        var path = PipelineTestData.Write(Dir, "dups.csv", 1, 100);
        File.AppendAllText(path, string.Concat(Enumerable.Range(1, 20).Select(i => $"{i},2024-06-01T10:00,vandalism,800100,7270100\n")));
        var s = await Import(Request(path, duplicates: policy));
        Assert.Equal((120L, 0L, 0L, 20L, 100L), (s.Read, s.Rejected, s.Duplicates, s.Collapsed, s.New));
        Assert.Equal(100, await IncidentsAsync());
        Assert.Equal(month, await ScalarAsync<int>("SELECT extract(month FROM occurred_at AT TIME ZONE 'Europe/Stockholm')::int FROM incident WHERE source_id = '1'"));
    }

    [Fact]
    public async Task Forty_thousand_rows_sharing_one_id_collapse_in_one_sort()
    {
        // Quadratic before (40k rows sharing one id: 133 s); a window function sorts once.
        var path = Path.Combine(Dir, "same.csv");
        var sb = new StringBuilder("source_id,occurred_at,category,x,y\n");
        for (var i = 0; i < 40_000; i++) sb.Append($"same,2024-05-01T10:{i % 60:00},vandalism,{800_010 + i % 5000},7270010\n");
        File.WriteAllText(path, sb.ToString());
        var clock = Stopwatch.StartNew();
        var s = await Import(Request(path, duplicates: DuplicatePolicy.KeepLast));
        Assert.Equal((1L, 39_999L), (s.New, s.Collapsed));
        Assert.Equal(1, await IncidentsAsync());
        var rejected = await Assert.ThrowsAsync<ImportRejectedException>(() => Import(Request(path)));
        Assert.Equal(39_999, rejected.Summary.Duplicates);
        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), $"took {clock.Elapsed}"); // a sanity bound, not a benchmark
    }

    [Fact]
    public async Task Directories_devices_pipes_and_empty_files_are_refused_at_once()
    {
        var dir = await Assert.ThrowsAsync<InputFormatException>(() => Import(Request(Dir)));
        Assert.Contains("is a directory", dir.Message);
        var empty = Path.Combine(Dir, "empty.csv");
        File.WriteAllText(empty, "");
        Assert.Contains("empty or not a regular file", (await Assert.ThrowsAsync<InputFormatException>(() => Import(Request(empty)))).Message);
        if (File.Exists("/dev/zero"))
            Assert.Contains("not a regular file", (await Assert.ThrowsAsync<InputFormatException>(() => Import(Request("/dev/zero")))).Message);
        var fifo = Path.Combine(Dir, "pipe.csv");
        using (var mk = Process.Start("mkfifo", fifo)) await mk.WaitForExitAsync();
        var refused = Import(Request(fifo));
        Assert.True(await Task.WhenAny(refused, Task.Delay(TimeSpan.FromSeconds(20))) == refused, "a FIFO must be refused, not read (it would block)");
        Assert.Contains("not a regular file", (await Assert.ThrowsAsync<InputFormatException>(() => refused)).Message);
        Assert.Equal(0, await ScalarAsync<long>("SELECT count(*) FROM import_batch"));
    }

    [Fact]
    public async Task A_gzip_bomb_is_refused_before_it_inflates_without_bound()
    {
        var bomb = Path.Combine(Dir, "bomb.csv.gz");
        using (var output = new GZipStream(File.Create(bomb), CompressionLevel.SmallestSize))
        {
            output.Write("source_id,occurred_at,category,x,y\n"u8);
            var filler = new byte[1 << 20];
            Array.Fill(filler, (byte)'a');
            for (var i = 0; i < 300; i++)
            {
                // 300 rows of 1 MiB each (a row below the tokenizer's 16 MiB limit): 300 MiB, about 300 KB compressed.
                output.Write(Encoding.ASCII.GetBytes($"{i},"));
                output.Write(filler);
                output.Write("\n"u8);
            }
        }
        var e = await Assert.ThrowsAsync<InputFormatException>(() => Import(Request(bomb)));
        Assert.Contains("decompression bomb", e.Message);
        Assert.Equal(0, await IncidentsAsync());
    }

    [Theory]
    [InlineData(double.NaN, 100)]
    [InlineData(-0.1, 100)]
    [InlineData(1.5, 100)]
    [InlineData(0.01, -100)]
    [InlineData(0.01, double.PositiveInfinity)]
    public void Numeric_options_that_make_no_sense_are_refused(double rate, double tolerance)
    {
        var r = new ImportRequest(ImportKind.Incidents, "x.csv", "T1", MaxRejectRate: rate, BoundaryToleranceMetres: tolerance);
        var e = Assert.Throws<ArgumentException>(r.Validate);
        Assert.Contains(double.IsFinite(rate) && rate is >= 0 and <= 1 ? "--tolerance" : "--max-reject-rate", e.Message);
    }

    [Fact]
    public async Task An_import_that_finds_another_one_running_says_who_and_gives_up_when_told()
    {
        var path = PipelineTestData.Write(Dir, "second.csv", 1, 50);
        await using var other = await Db.DataSource.OpenConnectionAsync();
        await using var tx = await other.BeginTransactionAsync();
        await using (var cmd = new NpgsqlCommand("SELECT set_config('application_name', 'geo import incidents first.csv by anna', true), " +
                                                 "pg_advisory_xact_lock(hashtextextended('geo.import.' || $1, 0))", other))
        {
            cmd.Parameters.Add(new NpgsqlParameter { Value = PipelineTestData.Code });
            await cmd.ExecuteNonQueryAsync();
        }
        var messages = new List<string>();
        var e = await Assert.ThrowsAsync<GeoStorageException>(() => Import(Request(path, wait: TimeSpan.FromSeconds(1)), new Sync(p => { if (p.Message is { } m) messages.Add(m); })));
        Assert.Contains("still running", e.Message);
        Assert.Contains("first.csv by anna", e.Message);
        var waiting = Assert.Single(messages);
        Assert.Contains($"waiting for the import into study area {PipelineTestData.Code} started at", waiting);
        await tx.RollbackAsync();
        Assert.Equal(50, (await Import(Request(path, wait: TimeSpan.FromSeconds(1)))).Loaded);
    }

    private sealed class Sync(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
