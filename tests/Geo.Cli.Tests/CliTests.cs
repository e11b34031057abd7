using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Geo.Storage;
using Geo.Testing;

namespace Geo.Cli.Tests;

[Collection("postgis")]
public sealed class CliTests(PostGisFixture fixture) : IAsyncLifetime, IDisposable
{
    private readonly string _home = Directory.CreateTempSubdirectory("geo-cli-").FullName;
    private GeoDatabase _db = null!;
    private string Url => _db.DataSource.ConnectionString;

    public async Task InitializeAsync() => _db = await fixture.CreateDatabaseAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    public void Dispose() => Directory.Delete(_home, true);

    private Task<(int Exit, string Out, string Err)> Geo(params string[] args) => CliRun.RunAsync(Url, _home, args);

    [Fact]
    public void EveryCommandExplainsItself()
    {
        var all = new List<Command>();
        void Walk(Command c) { all.Add(c); foreach (var s in c.Subcommands) Walk(s); }
        Walk(GeoCli.Build());
        Assert.True(all.Count > 10);
        foreach (var c in all)
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Description), $"'{c.Name}' has no description");
            foreach (var o in c.Options.Where(o => o.Name != "--help" && o.Name != "--version" && o.Name != "-?"))
                Assert.False(string.IsNullOrWhiteSpace(o.Description), $"'{c.Name} {o.Name}' has no description");
        }
    }

    [Fact]
    public async Task HelpPrintsUsageForSubcommands()
    {
        var (exit, stdout, _) = await Geo("import", "incidents", "--help");
        Assert.Equal(0, exit);
        Assert.Contains("--study-area", stdout);
        Assert.Contains("--max-reject-rate", stdout);
    }

    [SharedDataFact]
    public async Task StudyAreaImportAndSummaryOnRealData()
    {
        var add = await Geo("study-area", "add", "2580", "--boundary", SharedData.Path("sweden/kommuner_sweref99tm.geojson"));
        Assert.True(add.Exit == 0, add.Err);
        Assert.Contains("Luleå", add.Out);

        var file = SharedData.Path("sweden/polisen_events_2022_2026.csv");
        var first = await Geo("import", "incidents", file, "--study-area", "2580", "--profile", "polisen-events", "--outside", "skip", "--json");
        Assert.True(first.Exit == 0, first.Err + first.Out);
        using var j1 = JsonDocument.Parse(first.Out);
        foreach (var key in new[] { "read", "loaded", "rejected", "new", "updated", "unchanged", "withoutLocation", "seconds", "rejectReport" })
            Assert.True(j1.RootElement.TryGetProperty(key, out _), $"--json lacks '{key}'");
        var loaded = j1.RootElement.GetProperty("loaded").GetInt64();
        Assert.InRange(loaded, 100, 20_000); // Luleå's share of a national feed
        Assert.Equal(loaded, j1.RootElement.GetProperty("new").GetInt64());

        var again = await Geo("import", "incidents", file, "--study-area", "2580", "--profile", "polisen-events", "--outside", "skip", "--json");
        using var j2 = JsonDocument.Parse(again.Out);
        Assert.Equal(0, j2.RootElement.GetProperty("new").GetInt64());
        Assert.Equal(loaded, j2.RootElement.GetProperty("unchanged").GetInt64());

        var summary = await Geo("summary", "--study-area", "2580");
        Assert.Equal(0, summary.Exit);
        Assert.Contains("Luleå", summary.Out);
        Assert.Contains($"Incidents: {loaded:N0}", summary.Out);
    }

    [Fact]
    public async Task KilledImportLeavesNothingBehind()
    {
        // A square study area and a 1.5M-row file; the import is killed (SIGKILL) while it streams rows.
        var boundary = Path.Combine(_home, "square.geojson");
        await File.WriteAllTextAsync(boundary, """
            {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::3006"}},
             "features":[{"type":"Feature","properties":{"code":"K1","name":"Kill"},"geometry":{"type":"Polygon","coordinates":[[[799000,7269000],[841000,7269000],[841000,7311000],[799000,7311000],[799000,7269000]]]}}]}
            """);
        Assert.Equal(0, (await Geo("study-area", "add", "K1", "--boundary", boundary)).Exit);
        var file = Path.Combine(_home, "big.csv");
        IncidentCsvGenerator.Write(file, 1_500_000);

        using var p = Process.Start(CliRun.StartInfo(Url, _home, "import", "incidents", file, "--study-area", "K1"))!;
        _ = p.StandardOutput.ReadToEndAsync();
        _ = p.StandardError.ReadToEndAsync();
        // Wait until the import's staging COPY is visibly running on the server, then kill the client.
        var seen = false;
        for (var i = 0; i < 300 && !seen && !p.HasExited; i++)
        {
            await Task.Delay(100);
            await using var cmd = _db.DataSource.CreateCommand("SELECT count(*) FROM pg_stat_activity WHERE query ILIKE 'COPY%' AND datname = current_database()");
            seen = (long)(await cmd.ExecuteScalarAsync())! > 0;
        }
        Assert.True(seen, "the import never reached the COPY stage");
        Assert.False(p.HasExited, "the import finished before it could be killed");
        p.Kill(entireProcessTree: true);
        await p.WaitForExitAsync();

        await using var count = _db.DataSource.CreateCommand("SELECT (SELECT count(*) FROM incident) + (SELECT count(*) FROM import_batch)");
        for (var i = 0; i < 50; i++) // the server notices the dropped connection and aborts its transaction
        {
            await using var active = _db.DataSource.CreateCommand("SELECT count(*) FROM pg_stat_activity WHERE query ILIKE 'COPY%' AND datname = current_database()");
            if ((long)(await active.ExecuteScalarAsync())! == 0) break;
            await Task.Delay(100);
        }
        Assert.Equal(0L, (long)(await count.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task RejectedImportExitsWithCodeThreeAndChangesNothing()
    {
        var boundary = Path.Combine(_home, "sq.geojson");
        await File.WriteAllTextAsync(boundary, """
            {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::3006"}},
             "features":[{"type":"Feature","properties":{"code":"R1"},"geometry":{"type":"Polygon","coordinates":[[[800000,7270000],[810000,7270000],[810000,7280000],[800000,7280000],[800000,7270000]]]}}]}
            """);
        Assert.Equal(0, (await Geo("study-area", "add", "R1", "--boundary", boundary, "--name", "Rejects")).Exit);
        var file = Path.Combine(_home, "bad.csv");
        await File.WriteAllTextAsync(file, "source_id,occurred_at,category,x,y\n1,2024-01-01T10:00,violence.assault,800100,7270100\n2,2024-01-01T10:00,violense,800100,7270100\n");
        var r = await Geo("import", "incidents", file, "--study-area", "R1");
        Assert.Equal(3, r.Exit);
        Assert.Contains("nothing was loaded", r.Err);
        var report = Directory.GetFiles(Path.Combine(_home, "reports"), "bad-*.rejects.csv").Single();
        Assert.Contains("violense", await File.ReadAllTextAsync(report));
        await using var cmd = _db.DataSource.CreateCommand("SELECT count(*) FROM incident");
        Assert.Equal(0L, (long)(await cmd.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task KeepAttributesIsOptInScreenedAndRefusesPersonalColumns()
    {
        var boundary = Path.Combine(_home, "pd.geojson");
        await File.WriteAllTextAsync(boundary, """
            {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::3006"}},
             "features":[{"type":"Feature","properties":{"code":"P1"},"geometry":{"type":"Polygon","coordinates":[[[800000,7270000],[810000,7270000],[810000,7280000],[800000,7280000],[800000,7270000]]]}}]}
            """);
        Assert.Equal(0, (await Geo("study-area", "add", "P1", "--boundary", boundary, "--name", "Personal")).Exit);
        var file = Path.Combine(_home, "pd.csv");
        await File.WriteAllTextAsync(file, "source_id,occurred_at,category,x,y,kontakt,beskrivning,district,namn\n" +
            "1,2024-01-01T10:00,violence.assault,800100,7270100,+46 70 123 45 67,Offer: Anna Svensson 811218-9876,Centrum,Anna\n");

        // The option before FILE takes one value (FILE is not swallowed); repeated options add up.
        var r = await Geo("import", "incidents", "--keep-attributes", "kontakt,beskrivning", file, "--study-area", "P1", "--keep-attributes", "district", "--json");
        Assert.True(r.Exit == 0, r.Err + r.Out);
        using var json = JsonDocument.Parse(r.Out);
        Assert.Equal(2, json.RootElement.GetProperty("warnings").GetInt32());
        var notices = json.RootElement.GetProperty("notices").EnumerateArray().Select(n => n.GetString()!).ToList();
        Assert.Contains("column(s) namn look personal (names, personal numbers, phone, e-mail): never loaded", notices);
        await using (var cmd = _db.DataSource.CreateCommand("SELECT attributes::text FROM incident"))
            Assert.Equal("{\"district\": \"Centrum\"}", (string)(await cmd.ExecuteScalarAsync())!);
        var report = await File.ReadAllTextAsync(json.RootElement.GetProperty("rejectReport").GetString()!);
        Assert.Contains("[removed: ######-####]", report);
        Assert.DoesNotContain("9876", report);

        var refused = await Geo("import", "incidents", file, "--study-area", "P1", "--keep-attributes", "district,namn");
        Assert.Equal(2, refused.Exit);
        Assert.Contains("Column 'namn' (--keep-attributes) looks personal", refused.Err);
    }

    [Fact]
    public async Task MissingFileNamesTheFile()
    {
        var r = await Geo("import", "incidents", "/nonexistent/x.csv", "--study-area", "2580");
        Assert.Equal(2, r.Exit);
        Assert.Contains("/nonexistent/x.csv", r.Err);
    }

    [Fact]
    public async Task StatusNeverPrintsThePassword()
    {
        var psi = CliRun.StartInfo("postgresql://geo:s3cret-pw@127.0.0.1:1/none", _home, "db", "status");
        using var p = Process.Start(psi)!;
        var output = await p.StandardOutput.ReadToEndAsync() + await p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        Assert.DoesNotContain("s3cret-pw", output);
        Assert.Contains("127.0.0.1", output);
    }
}
