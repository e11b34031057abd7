using System.Text.Json;
using System.Text.RegularExpressions;
using Geo.Storage;
using Geo.Testing;

namespace Geo.Cli.Tests;

/// <summary>
/// <c>geo analyze</c> and <c>geo runs</c> through the real command on the sample municipality: what they print in Swedish
/// and English, the JSON, list/show/compare/delete, and usage errors (exit 2, a clear message, no stack trace). The
/// sample is loaded once for the class (<c>geo import sample data/sample</c>) and analysed three times: the defaults in
/// Swedish, the first half of 2025 in English, and the defaults as JSON.
/// </summary>
[Collection("postgis")]
public sealed partial class AnalyzeCliTests(PostGisFixture fixture) : IAsyncLifetime
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static Shared? _shared;

    private sealed record Shared(GeoDatabase Db, string Home, (int Exit, string Out, string Err) Swedish, long SwedishId,
        (int Exit, string Out, string Err) English, long EnglishId, (int Exit, string Out, string Err) Json);

    private static Task<(int Exit, string Out, string Err)> Geo(params string[] args) =>
        CliRun.RunAsync(_shared!.Db.DataSource.ConnectionString, _shared.Home, args);

    [GeneratedRegex(@"Körning (\d+) av studieområde 9999 sparad \(2025-01-01–2025-12-31, [\d ,\u00a0]+ händelser lästa\)\.")]
    private static partial Regex SwedishStored();

    [GeneratedRegex(@"Run (\d+) of study area 9999 stored \(2025-01-01–2025-06-30, [\d,]+ incidents read\)\.")]
    private static partial Regex EnglishStored();

    public async Task InitializeAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_shared is not null) return;
            var db = await fixture.CreateDatabaseAsync();
            var home = Directory.CreateTempSubdirectory("geo-analyze-cli-").FullName;
            AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(home, true);
            var url = db.DataSource.ConnectionString;
            var load = await CliRun.RunAsync(url, home, "import", "sample", Path.Combine(RepoRoot.Path, "data", "sample"));
            Assert.True(load.Exit == 0, load.Err + load.Out);
            var sv = await CliRun.RunAsync(url, home, "analyze", "--study-area", "9999");
            Assert.True(sv.Exit == 0, sv.Err + sv.Out);
            var en = await CliRun.RunAsync(url, home, "analyze", "--study-area", "9999", "--from", "2025-01-01", "--to", "2025-06-30", "--lang", "en");
            Assert.True(en.Exit == 0, en.Err + en.Out);
            var json = await CliRun.RunAsync(url, home, "analyze", "--study-area", "9999", "--json");
            Assert.True(json.Exit == 0, json.Err + json.Out);
            var svId = SwedishStored().Match(sv.Out);
            var enId = EnglishStored().Match(en.Out);
            Assert.True(svId.Success, sv.Out);
            Assert.True(enId.Success, en.Out);
            _shared = new Shared(db, home, sv, long.Parse(svId.Groups[1].Value), en, long.Parse(enId.Groups[1].Value), json);
        }
        finally
        {
            Gate.Release();
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static void AssertUsageError((int Exit, string Out, string Err) r, params string[] says)
    {
        Assert.True(r.Exit == 2, $"exit {r.Exit}\n{r.Err}\n{r.Out}");
        // Progress lines may come first; the error is one line of its own.
        Assert.Contains(r.Err.Split('\n'), l => l.StartsWith("error: ", StringComparison.Ordinal));
        foreach (var s in says) Assert.Contains(s, r.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", r.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_prints_the_run_its_Swedish_notices_its_steps_and_the_top_priorities()
    {
        var (_, output, err) = _shared!.Swedish;
        // The notices (stderr), Swedish by default: the resolved defaults, the data quality.
        Assert.Contains("period: 2025-01-01–2025-12-31, de senaste 12 hela månaderna som data täcker (data till 2025-12-31)", err);
        Assert.Contains("jämförelseperiod: 2024-01-01–2024-12-31, de 12 månaderna före", err);
        Assert.Contains("områden: deso, den finaste indelningen med befolkning", err);
        Assert.Contains("kategorier: alla, redovisade per huvudgrupp och totalt", err);
        Assert.Contains("läggs aldrig på hot spot-rutnätet", err);
        Assert.Contains("Analyserar: grid ...", err);
        Assert.DoesNotContain("the last 12 full months", err);
        // The run, its steps and the top lists (stdout).
        Assert.Matches(@"Steg: resolve \d+\.\d\d s · read \d+\.\d\d s · grid \d+\.\d\d s · areas \d+\.\d\d s · hotspots \d+\.\d\d s · priorities \d+\.\d\d s · store \d+\.\d\d s · totalt \d+\.\d\d s", output);
        Assert.Contains("Högst prioriterade områden (10):", output);
        Assert.Contains("Högst prioriterade hot spots (", output);
        Assert.Contains("Tidsmässiga täckningsglapp (", output);
        Assert.Contains("gånger kommunens nivå", output);
        Assert.DoesNotContain("Top priorities", output);
    }

    [Fact]
    public void Analyze_in_English_prints_English_notices_and_tables()
    {
        var (_, output, err) = _shared!.English;
        Assert.Contains("period: 2025-01-01–2025-06-30 (given)", err);
        Assert.Contains("comparison period: 2024-07-01–2024-12-31, the 6 months before", err); // as long as the period, announced
        Assert.Contains("Analysing: grid ...", err);
        Assert.DoesNotContain("jämförelseperiod", err);
        Assert.Contains($"Run {_shared.EnglishId} of study area 9999 stored", output);
        Assert.Matches(@"Steps: resolve \d+\.\d\d s .* total \d+\.\d\d s", output);
        Assert.Contains("Top priorities — areas (10):", output);
        Assert.Contains("Top priorities — hotspots (", output);
        Assert.Contains("Temporal coverage gaps (", output);
        Assert.Contains("times the municipality's level", output);
        Assert.DoesNotContain("Högst prioriterade", output);
    }

    [Fact]
    public void Analyze_json_carries_the_run_its_parameters_notices_and_reasons_in_both_languages()
    {
        var (_, output, _) = _shared!.Json;
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        var run = root.GetProperty("run");
        Assert.True(run.GetProperty("id").GetInt64() > _shared.EnglishId);
        Assert.Equal("completed", run.GetProperty("status").GetString());
        Assert.Equal("9999", run.GetProperty("studyAreaCode").GetString());
        Assert.Matches("^[0-9a-f]{64}$", run.GetProperty("inputFingerprint").GetString()!);
        var period = root.GetProperty("parameters").GetProperty("period");
        Assert.Equal(("2025-01-01", "2025-12-31"), (period.GetProperty("from").GetString(), period.GetProperty("to").GetString()));
        var codes = root.GetProperty("notices").EnumerateArray().Select(n => n.GetProperty("code").GetString()).ToList();
        foreach (var code in new[] { "config", "period", "compare", "area_set", "categories", "cell_size" }) Assert.Contains(code, codes);
        var top = root.GetProperty("topAreas").EnumerateArray().ToList();
        Assert.Equal(10, top.Count);
        Assert.Equal(Enumerable.Range(1, 10), top.Select(t => t.GetProperty("rank").GetInt32()));
        Assert.All(top, t =>
        {
            Assert.NotEmpty(t.GetProperty("reasonsSv").EnumerateArray());
            Assert.Equal(t.GetProperty("reasonsSv").GetArrayLength(), t.GetProperty("reasonsEn").GetArrayLength());
        });
        Assert.Contains(top, t => t.GetProperty("reasonsSv").EnumerateArray().Any(r => r.GetString()!.Contains("gånger kommunens nivå", StringComparison.Ordinal)));
        // Nothing but the JSON on stdout.
        Assert.StartsWith("{", output.TrimStart());
    }

    [Fact]
    public async Task Runs_list_shows_the_runs_and_show_the_batches_and_the_fingerprint()
    {
        var list = await Geo("runs", "list", "--study-area", "9999");
        Assert.True(list.Exit == 0, list.Err);
        Assert.Matches($@"\b{_shared!.SwedishId}\b.*9999.*completed.*2025-01-01–2025-12-31.*2024-01-01–2024-12-31.*deso", list.Out);
        Assert.Matches($@"\b{_shared.EnglishId}\b.*9999.*completed.*2025-01-01–2025-06-30", list.Out);

        var show = await Geo("runs", "show", _shared.SwedishId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(show.Exit == 0, show.Err);
        Assert.Contains($"Run {_shared.SwedishId} · study area 9999 · completed", show.Out);
        Assert.Matches("fingerprint [0-9a-f]{64}; Geo ", show.Out);
        Assert.Contains("Importer som lästes:", show.Out);
        // The three incident files of the sample, each with its source and file name.
        foreach (var (source, file) in new[] { ("polisen-sample", "incidents_police.csv"), ("kommun-felanmalan", "incidents_municipal.csv"), ("faltgruppen", "incidents_fieldwork.csv") })
            Assert.Matches($@"{Regex.Escape(source)}.*{Regex.Escape(file)}", show.Out);
        Assert.Contains("Högst prioriterade områden (10):", show.Out);
    }

    [Fact]
    public async Task Runs_compare_of_two_periods_lists_the_period_parameter()
    {
        var c = await Geo("runs", "compare", _shared!.SwedishId.ToString(System.Globalization.CultureInfo.InvariantCulture), _shared.EnglishId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(c.Exit == 0, c.Err);
        Assert.Contains($"Run {_shared.SwedishId} (2025-01-01–2025-12-31) → run {_shared.EnglishId} (2025-01-01–2025-06-30), study area 9999", c.Out);
        Assert.Contains("Parameters that differ:", c.Out);
        Assert.Matches(@"period\s.*2025-01-01–2025-12-31\s.*2025-01-01–2025-06-30", c.Out);
        Assert.Matches(@"compare\s.*2024-01-01–2024-12-31\s.*2024-07-01–2024-12-31", c.Out);
        Assert.DoesNotMatch(@"areaSet\s", c.Out);
    }

    [Fact]
    public async Task Runs_delete_removes_the_run_and_show_then_says_there_is_none()
    {
        using var doc = JsonDocument.Parse(_shared!.Json.Out);
        var id = doc.RootElement.GetProperty("run").GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var delete = await Geo("runs", "delete", id);
        Assert.True(delete.Exit == 0, delete.Err);
        Assert.Contains($"Run {id} deleted.", delete.Out);
        AssertUsageError(await Geo("runs", "show", id), $"there is no run {id}");
        AssertUsageError(await Geo("runs", "delete", id), $"there is no run {id}");
        var list = await Geo("runs", "list");
        Assert.DoesNotMatch($@"(?m)^\s*{id}\s", list.Out);
    }

    [Fact]
    public async Task Usage_errors_exit_2_with_a_clear_message()
    {
        AssertUsageError(await Geo("analyze", "--study-area", "0000"), "0000");
        AssertUsageError(await Geo("analyze", "--study-area", "9999", "--from", "2025-01-01"), "give both --from and --to");
        AssertUsageError(await Geo("analyze", "--study-area", "9999", "--from", "2025-06-30", "--to", "2025-01-01"), "--to 2025-01-01 is before --from 2025-06-30");
        AssertUsageError(await Geo("analyze", "--study-area", "9999", "--area-set", "nosuch"), "no area set 'nosuch'", "deso", "districts");
        AssertUsageError(await Geo("analyze", "--study-area", "9999", "--cell-size", "abc"), "--cell-size", "'abc'");
        AssertUsageError(await Geo("analyze", "--study-area", "9999", "--categories", "violence,nosuch"), "'nosuch'");
        var missing = Path.Combine(_shared!.Home, "no-such-settings.json");
        AssertUsageError(await Geo("analyze", "--study-area", "9999", "--config", missing), "--config", "no-such-settings.json");
        var bad = Path.Combine(_shared.Home, "bad-settings.json");
        await File.WriteAllTextAsync(bad, "{\n  \"topN\": 5,\n  \"weigths\": { \"harm\": 0.5 }\n}\n");
        AssertUsageError(await Geo("analyze", "--study-area", "9999", "--config", bad), "bad-settings.json", "'weigths'");
        var negative = Path.Combine(_shared.Home, "negative-settings.json");
        await File.WriteAllTextAsync(negative, """{ "weights": { "harm": -1 } }""");
        AssertUsageError(await Geo("analyze", "--study-area", "9999", "--config", negative), "negative-settings.json: weights.harm = -1 must be zero or positive.");
        // None of these stored a run.
        var list = await Geo("runs", "list", "--study-area", "9999", "--json");
        using var doc = JsonDocument.Parse(list.Out);
        Assert.DoesNotContain(doc.RootElement.EnumerateArray(), r => r.GetProperty("status").GetString() != "completed");
    }
}
