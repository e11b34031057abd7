using System.Text.Json;
using Geo.Storage;
using Geo.Testing;

namespace Geo.Cli.Tests.Hostile;

[CollectionDefinition("hostile")]
public sealed class HostileCollection : ICollectionFixture<PostGisFixture>;

/// <summary>
/// Every input of <see cref="HostileCorpus"/> through the real command (in process, sequentially): the exit code, a message
/// or report line naming the file, row and field, and an unchanged database (counts and content hashes of every table) or
/// exactly the reported change (which is then removed again, so each case starts from the same database).
/// </summary>
[Collection("hostile")]
public sealed class HostileInputTests(PostGisFixture fixture) : IAsyncLifetime
{
    private static readonly string Dir = Directory.CreateTempSubdirectory("geo-hostile-").FullName;
    private static readonly Lazy<Dictionary<string, HostileCase>> Corpus = new(() => HostileCorpus.Build(Dir).ToDictionary(c => c.Name));
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private GeoDatabase _db = null!;
    private string _home = "";

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var name in Corpus.Value.Keys) data.Add(name);
        return data;
    }

    public async Task InitializeAsync()
    {
        _db = await fixture.CreateDatabaseAsync();
        _home = Directory.CreateTempSubdirectory("geo-hostile-home-").FullName;
        var (exit, _, err) = await RunAsync(["study-area", "add", HostileCorpus.Code, "--boundary", HostileCorpus.Boundary(_home)]);
        Assert.True(exit == 0, err);
        // Something loaded before, so that "unchanged" is checked against a database that holds rows.
        var baseline = Path.Combine(_home, "baseline.csv");
        File.WriteAllText(baseline, "source_id,occurred_at,category,x,y\nbase1,2024-01-01T10:00,violence.assault,800500,7270500\nbase2,2024-01-02T10:00,theft.bicycle,800600,7270600\n");
        (exit, _, err) = await RunAsync(["import", "incidents", baseline, "--study-area", HostileCorpus.Code]);
        Assert.True(exit == 0, err);
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        Directory.Delete(_home, true);
    }

    [Fact]
    public void The_corpus_has_at_least_150_hostile_inputs_of_every_kind_and_format()
    {
        var cases = Corpus.Value.Values.ToList();
        Assert.True(cases.Count >= 150, $"{cases.Count} cases");
        foreach (var kind in new[] { "incidents", "resources", "areas" }) Assert.Contains(cases, c => c.Kind == kind);
        foreach (var ext in new[] { ".csv", ".geojson", ".gpkg", ".gz" }) Assert.Contains(cases, c => c.File.EndsWith(ext, StringComparison.Ordinal));
        foreach (var outcome in Enum.GetValues<HostileOutcome>()) Assert.Contains(cases, c => c.Outcome == outcome);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Hostile_input_is_refused_or_reported_and_never_half_loaded(string name)
    {
        var c = Corpus.Value[name];
        var before = await SnapshotAsync();
        var maxBatch = await ScalarAsync("SELECT coalesce(max(id), 0) FROM import_batch");
        var before3 = await CountsAsync();
        var report = Path.Combine(_home, "reports", name + ".rejects.csv");
        if (File.Exists(report)) File.Delete(report);
        var args = new List<string> { "import", c.Kind, c.File, "--study-area", HostileCorpus.Code, "--json" };
        if (!c.Args.Contains("--reject-report")) args.AddRange(["--reject-report", report]);
        args.AddRange(c.Args);
        var (exit, stdout, stderr) = await RunAsync([.. args]);
        var context = $"{name}: exit {exit}\nstderr: {stderr}\nstdout: {stdout[..Math.Min(stdout.Length, 2000)]}";
        Assert.DoesNotContain("   at ", stderr); // never a stack trace
        Assert.DoesNotContain("Exception", stderr);
        switch (c.Outcome)
        {
            case HostileOutcome.Refused:
                Assert.True(exit is 1 or 2, context);
                Assert.Contains("error:", stderr);
                foreach (var m in c.Mentions) Assert.True(stderr.Contains(m, StringComparison.OrdinalIgnoreCase), $"the message lacks '{m}'. {context}");
                if (c.Row is { } r) Assert.True(stderr.Contains($"row {r}", StringComparison.Ordinal), $"the message does not name row {r}. {context}");
                Assert.Equal(before, await SnapshotAsync());
                break;
            case HostileOutcome.TooManyRejects:
                Assert.True(exit == 3, context);
                Assert.Contains("nothing was loaded", stderr);
                AssertReport(report, c, context);
                Assert.Equal(before, await SnapshotAsync());
                break;
            case HostileOutcome.Loaded:
                Assert.True(exit == 0, context);
                using (var json = JsonDocument.Parse(stdout))
                    Assert.Equal(c.Loaded, json.RootElement.GetProperty("new").GetInt64());
                var after = await CountsAsync();
                Assert.Equal(c.Loaded, after.Rows - before3.Rows);
                if (c.Row is not null) AssertReport(report, c, context);
                await RemoveBatchesAfterAsync(maxBatch);
                Assert.Equal(before, await SnapshotAsync());
                break;
        }
    }

    /// <summary>The report names the file, the case's row and field, with a reason holding the mentions.</summary>
    private static void AssertReport(string report, HostileCase c, string context)
    {
        Assert.True(File.Exists(report), $"no reject report. {context}");
        var csv = TestCsv.Read(report);
        Assert.Equal(["file", "row", "field", "value", "reason", "action"], csv.Header);
        var lines = csv.Rows.Where(r => c.Row is null || r[1] == c.Row.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(lines.Count > 0, $"the report has no line for row {c.Row}: {string.Join(" | ", csv.Rows.Take(5).Select(r => string.Join(",", r)))}. {context}");
        var line = lines.FirstOrDefault(r => c.Field is null or "" || string.Equals(r[2], c.Field, StringComparison.OrdinalIgnoreCase)) ?? lines[0];
        Assert.True(line[0] == Path.GetFileName(c.File), $"the report names file '{line[0]}'. {context}");
        if (c.Field is { Length: > 0 } f) Assert.True(string.Equals(line[2], f, StringComparison.OrdinalIgnoreCase), $"the report names field '{line[2]}', not '{f}'. {context}");
        foreach (var m in c.Mentions) Assert.True(line[4].Contains(m, StringComparison.OrdinalIgnoreCase), $"the reason '{line[4]}' lacks '{m}'. {context}");
        Assert.DoesNotContain(lines, r => r[4].Contains("Exception", StringComparison.Ordinal) || r[4].Contains("   at ", StringComparison.Ordinal));
    }

    private async Task<(int Exit, string Out, string Err)> RunAsync(string[] args)
    {
        await Gate.WaitAsync();
        var (stdout, stderr) = (Console.Out, Console.Error);
        using var o = new StringWriter();
        using var e = new StringWriter();
        Environment.SetEnvironmentVariable(GeoSettings.DatabaseUrlVariable, _db.DataSource.ConnectionString);
        Environment.SetEnvironmentVariable(GeoSettings.HomeVariable, _home);
        Environment.SetEnvironmentVariable("CI", "true");
        try
        {
            Console.SetOut(o);
            Console.SetError(e);
            var exit = await GeoCli.RunAsync(args);
            return (exit, o.ToString(), e.ToString());
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
            Gate.Release();
        }
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var cmd = _db.DataSource.CreateCommand(sql);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<(long Rows, long Batches)> CountsAsync() =>
        (await ScalarAsync("SELECT (SELECT count(*) FROM incident) + (SELECT count(*) FROM resource) + (SELECT count(*) FROM area)"),
         await ScalarAsync("SELECT count(*) FROM import_batch"));

    /// <summary>Counts and content hashes of every table an import can write.</summary>
    private async Task<string> SnapshotAsync()
    {
        await using var cmd = _db.DataSource.CreateCommand("""
            SELECT concat_ws('|',
              (SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) FROM incident t),
              (SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) FROM resource t),
              (SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) FROM area t),
              (SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) FROM area_set t),
              (SELECT count(*) FROM import_batch),
              (SELECT md5(string_agg(code || name || ST_AsText(boundary), ',' ORDER BY code)) FROM study_area),
              (SELECT count(*) FROM category), (SELECT count(*) FROM category_mapping))
            """);
        return (string)(await cmd.ExecuteScalarAsync())!;
    }

    /// <summary>Removes what the case loaded (its batches' rows, the area sets it made, the batches), back to the snapshot.</summary>
    private async Task RemoveBatchesAfterAsync(long maxBatch)
    {
        await using var batch = _db.DataSource.CreateBatch();
        foreach (var sql in new[]
                 {
                     "DELETE FROM incident WHERE import_batch_id > $1",
                     "DELETE FROM resource WHERE import_batch_id > $1",
                     "DELETE FROM area WHERE import_batch_id > $1",
                     "DELETE FROM area_set s WHERE NOT EXISTS (SELECT 1 FROM area a WHERE a.study_area_code = s.study_area_code AND a.area_set = s.name)",
                     "DELETE FROM import_batch WHERE id > $1",
                 })
        {
            var command = new Npgsql.NpgsqlBatchCommand(sql);
            if (sql.Contains("$1", StringComparison.Ordinal)) command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = maxBatch });
            batch.BatchCommands.Add(command);
        }
        await batch.ExecuteNonQueryAsync();
    }
}
