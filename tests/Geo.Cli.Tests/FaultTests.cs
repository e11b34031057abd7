using System.Diagnostics;
using System.Globalization;
using System.Text;
using Geo.Storage;
using Geo.Testing;
using Npgsql;

namespace Geo.Cli.Tests;

[CollectionDefinition("faults")]
public sealed class FaultCollection : ICollectionFixture<PostGisFixture>;

/// <summary>
/// Fault injection on the real geo command and its own PostGIS cluster: kill -9 in each phase of a large import (COPY,
/// merge, index rebuild), the server stopped in the middle of an import, two imports into one study area at once. The
/// database is as before or as after, never in between; no server work outlives its client by more than a few seconds;
/// the next import succeeds.
/// </summary>
[Collection("faults")]
public sealed class FaultTests(PostGisFixture fixture) : IAsyncLifetime, IDisposable
{
    private const string Code = "F1";
    private const int Rows = 300_000;
    private readonly string _home = Directory.CreateTempSubdirectory("geo-faults-").FullName;
    private GeoDatabase _db = null!;
    private string Url => _db.DataSource.ConnectionString;

    public async Task InitializeAsync()
    {
        _db = await fixture.CreateDatabaseAsync();
        var boundary = Path.Combine(_home, "boundary.geojson");
        File.WriteAllText(boundary, """{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::3006"}},"features":[{"type":"Feature","properties":{"code":"F1","name":"Fault"},"geometry":{"type":"Polygon","coordinates":[[[800000,7270000],[820000,7270000],[820000,7290000],[800000,7290000],[800000,7270000]]]}}]}""");
        var add = await CliRun.RunAsync(Url, _home, "study-area", "add", Code, "--boundary", boundary);
        Assert.True(add.Exit == 0, add.Err);
    }

    public async Task DisposeAsync()
    {
        if (fixture.Cluster is { } cluster) await cluster.UpAsync(); // in case a test left it stopped
        await _db.DisposeAsync();
    }

    public void Dispose() => Directory.Delete(_home, true);

    /// <summary>A native incident file of <paramref name="rows"/> rows with ids first.. (inside the study area).</summary>
    private string Incidents(string name, int first, int rows)
    {
        var path = Path.Combine(_home, name);
        using var w = new StreamWriter(path, false, new UTF8Encoding(false));
        w.Write("source_id,occurred_at,category,x,y\n");
        for (var i = first; i < first + rows; i++)
            w.Write(string.Create(CultureInfo.InvariantCulture,
                $"{i},2024-{1 + i % 12:00}-{1 + i % 28:00}T{i % 24:00}:{i % 60:00},{(i % 3 == 0 ? "violence.assault" : "vandalism.graffiti")},{800_005 + i % 19_990},{7_270_005 + i / 19 % 19_990}\n"));
        return path;
    }

    /// <summary>Counts and a content hash of every table an import writes.</summary>
    private async Task<string> SnapshotAsync()
    {
        await using var cmd = _db.DataSource.CreateCommand("""
            SELECT concat_ws('|',
              (SELECT count(*) FROM incident), (SELECT md5(coalesce(string_agg(source || '/' || source_id || '/' || category || '/' || occurred_at || '/' || coalesce(ST_AsText(geom), ''), ',' ORDER BY source, source_id), '')) FROM incident),
              (SELECT count(*) FROM import_batch), (SELECT count(*) FROM resource), (SELECT count(*) FROM area), (SELECT count(*) FROM area_set),
              (SELECT md5(string_agg(code || name || ST_AsText(boundary), ',' ORDER BY code)) FROM study_area),
              (SELECT count(*) FROM pg_indexes WHERE tablename = 'incident'))
            """);
        return (string)(await cmd.ExecuteScalarAsync())!;
    }

    /// <summary>The query text of the geo import's server session, or null when it has none.</summary>
    private async Task<string?> ImportQueryAsync()
    {
        await using var c = new NpgsqlConnection(fixture.ConnectionStringFor("postgres"));
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT query FROM pg_stat_activity WHERE application_name LIKE 'geo import%' AND state <> 'idle' LIMIT 1", c);
        return (string?)await cmd.ExecuteScalarAsync();
    }

    private async Task<int> ImportSessionsAsync()
    {
        await using var c = new NpgsqlConnection(fixture.ConnectionStringFor("postgres"));
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE application_name LIKE 'geo import%'", c);
        return (int)(long)(await cmd.ExecuteScalarAsync())!;
    }

    /// <summary>The statement without its leading SQL comments (Geo's .sql resources start with a comment).</summary>
    private static string Statement(string query) =>
        string.Join('\n', query.Split('\n').Where(l => !l.TrimStart().StartsWith("--", StringComparison.Ordinal))).TrimStart();

    /// <summary>Starts geo, waits until its import runs a statement starting with <paramref name="phase"/>, then kills it with SIGKILL.</summary>
    private async Task<bool> KillInPhaseAsync(string file, string phase)
    {
        using var p = Process.Start(CliRun.StartInfo(Url, _home, "import", "incidents", file, "--study-area", Code))!;
        var clock = Stopwatch.StartNew();
        var seen = false;
        while (!p.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            var q = await ImportQueryAsync();
            if (q is not null && Statement(q).StartsWith(phase, StringComparison.OrdinalIgnoreCase))
            {
                p.Kill(entireProcessTree: true); // SIGKILL: no chance to clean up
                seen = true;
                break;
            }
            await Task.Delay(10);
        }
        await p.WaitForExitAsync();
        return seen;
    }

    private async Task AssertServerWorkStopsAsync()
    {
        var clock = Stopwatch.StartNew();
        while (await ImportSessionsAsync() > 0)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), "the killed import's server session still runs after 15 s");
            await Task.Delay(100);
        }
    }

    [Theory]
    [InlineData("COPY")]
    [InlineData("INSERT INTO incident")]
    [InlineData("CREATE INDEX")]
    public async Task Kill_9_in_a_phase_of_a_large_import_leaves_the_database_as_before(string phase)
    {
        // A first load, so that the database is not empty; then a second file of new rows large enough to rebuild the indexes.
        var first = await CliRun.RunAsync(Url, _home, "import", "incidents", Incidents("first.csv", 1, 1000), "--study-area", Code);
        Assert.True(first.Exit == 0, first.Err);
        var before = await SnapshotAsync();
        var big = Incidents("big.csv", 1_000_000, Rows);
        Assert.True(await KillInPhaseAsync(big, phase), $"the import finished before it reached {phase}");
        await AssertServerWorkStopsAsync();
        Assert.Equal(before, await SnapshotAsync());
        var again = await CliRun.RunAsync(Url, _home, "import", "incidents", big, "--study-area", Code, "--json");
        Assert.True(again.Exit == 0, again.Err);
        Assert.Contains($"\"new\": {Rows}", again.Out);
    }

    [Fact]
    public async Task The_server_stopped_in_the_middle_of_an_import_loses_nothing_and_says_so()
    {
        var cluster = fixture.Cluster;
        if (cluster is null) return; // against GEO_TEST_DATABASE_URL the server is not ours to stop
        var before = await SnapshotAsync();
        var big = Incidents("big.csv", 1, Rows);
        var run = CliRun.RunAsync(Url, _home, "import", "incidents", big, "--study-area", Code);
        var clock = Stopwatch.StartNew();
        while (await ImportQueryAsync() is not { } q || !Statement(q).StartsWith("COPY", StringComparison.Ordinal))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(1), "the import never reached its COPY");
            await Task.Delay(10);
        }
        NpgsqlConnection.ClearAllPools();
        await cluster.DownAsync();
        var (exit, _, err) = await run;
        await cluster.UpAsync();
        Assert.NotEqual(0, exit);
        Assert.Contains("connection to the database was lost", err);
        Assert.Contains("nothing was loaded", err);
        Assert.DoesNotContain("   at ", err); // no stack trace
        NpgsqlConnection.ClearAllPools();
        _db.DataSource.Clear(); // its pooled connections died with the server
        Assert.Equal(before, await SnapshotAsync());
        var again = await CliRun.RunAsync(Url, _home, "import", "incidents", big, "--study-area", Code);
        Assert.True(again.Exit == 0, again.Err);
    }

    [Fact]
    public async Task Two_imports_into_one_study_area_at_once_run_one_after_the_other()
    {
        var a = Incidents("a.csv", 1, 100_000);
        var b = Incidents("b.csv", 50_001, 100_000); // overlaps a in ids 50,001..100,000
        var first = CliRun.RunAsync(Url, _home, "import", "incidents", a, "--study-area", Code, "--json");
        var clock = Stopwatch.StartNew();
        while (await ImportQueryAsync() is null && clock.Elapsed < TimeSpan.FromSeconds(30)) await Task.Delay(10);
        var second = CliRun.RunAsync(Url, _home, "import", "incidents", b, "--study-area", Code, "--json");
        var results = await Task.WhenAll(first, second);
        Assert.All(results, r => Assert.True(r.Exit == 0, r.Err));
        Assert.Contains(results, r => r.Err.Contains("waiting for the import into study area F1", StringComparison.Ordinal));
        await using var cmd = _db.DataSource.CreateCommand("SELECT count(*) FROM incident");
        Assert.Equal(150_000L, (long)(await cmd.ExecuteScalarAsync())!);
    }
}
