using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using Geo.Storage;
using Geo.Testing;
using Npgsql;

namespace Geo.Cli.Tests;

/// <summary>
/// <c>geo export</c> through the real command on the analysed sample municipality (2025 run, deso, with a plan): every
/// table in every format for the analyst and the coordinator, the partner's tables and refusals, values against
/// independent SQL, the CSV read back as Swedish Excel reads it, GDAL's ogrinfo on GeoPackage and GeoJSON, the metadata
/// of each format, no count from 1 to k−1 in any coordinator or partner file, and one audit_log row per export.
/// The disclosure test (<see cref="ExportDisclosureTests"/>) uses the same exports.
/// </summary>
[Collection("postgis")]
public sealed partial class ExportCliTests(PostGisFixture fixture) : IAsyncLifetime
{
    internal const int K = 5;
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static ExportSample? _shared;

    internal sealed record Export(string Role, string What, string Format, string Path, int Exit, string Out, string Err)
    {
        public long Rows => RowsWritten().Match(Out) is { Success: true } m
            ? long.Parse(new string([.. m.Groups[1].Value.Where(char.IsAsciiDigit)]), CultureInfo.InvariantCulture) : -1;
    }

    internal sealed record ExportSample(GeoDatabase Db, string Home, long RunId, IReadOnlyList<Export> Exports, int Invocations)
    {
        public Export Get(string role, string what, string format) => Exports.Single(e => e.Role == role && e.What == what && e.Format == format);
    }

    [GeneratedRegex(@"\): (\d[\d,\s\u00a0\u202f]*) (?:rows written to|rader skrivna till)")]
    private static partial Regex RowsWritten();

    [GeneratedRegex(@"Körning (\d+) av studieområde 9999 sparad")]
    private static partial Regex Stored();

    internal static readonly string[] Whats = ["indicators", "hotspots", "cells", "priorities", "plan", "areas", "reference"];
    internal static readonly string[] PartnerWhats = ["indicators", "hotspots", "areas", "reference"];
    internal static readonly string[] Formats = ["csv", "xlsx", "geojson", "gpkg"];

    /// <summary>The analysed sample and every export of the test plan (made once for the test assembly's run, in parallel).</summary>
    internal static async Task<ExportSample> SampleAsync(PostGisFixture fixture)
    {
        await Gate.WaitAsync();
        try
        {
            if (_shared is not null) return _shared;
            var db = await fixture.CreateDatabaseAsync();
            var home = Directory.CreateTempSubdirectory("geo-export-cli-").FullName;
            AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(home, true);
            var url = db.DataSource.ConnectionString;
            var load = await CliRun.RunAsync(url, home, "import", "sample", Path.Combine(RepoRoot.Path, "data", "sample"));
            Assert.True(load.Exit == 0, load.Err + load.Out);
            var analyze = await CliRun.RunAsync(url, home, "analyze", "--study-area", "9999");
            Assert.True(analyze.Exit == 0, analyze.Err + analyze.Out);
            var runId = long.Parse(Stored().Match(analyze.Out).Groups[1].Value, CultureInfo.InvariantCulture);
            var draft = await CliRun.RunAsync(url, home, "plan", "draft", runId.ToString(CultureInfo.InvariantCulture), "--top", "3");
            Assert.True(draft.Exit == 0, draft.Err + draft.Out);
            var plan = new List<(string Role, string What, string Format)>();
            foreach (var role in new[] { "analyst", "coordinator" })
                foreach (var what in Whats)
                    foreach (var format in Formats) plan.Add((role, what, format));
            foreach (var what in Whats)
                foreach (var format in new[] { "csv", "gpkg" }) plan.Add(("partner", what, format));
            var folder = Path.Combine(home, "exports");
            Directory.CreateDirectory(folder);
            using var slots = new SemaphoreSlim(3);
            var tasks = plan.Select(async p =>
            {
                await slots.WaitAsync();
                try
                {
                    var path = Path.Combine(folder, $"{p.Role}_{p.What}.{p.Format}");
                    var r = await CliRun.RunAsync(url, home, "export", runId.ToString(CultureInfo.InvariantCulture), "--what", p.What, "--format", p.Format,
                        "--role", p.Role, "--out", path);
                    return new Export(p.Role, p.What, p.Format, path, r.Exit, r.Out, r.Err);
                }
                finally
                {
                    slots.Release();
                }
            }).ToList();
            var exports = await Task.WhenAll(tasks);
            return _shared = new ExportSample(db, home, runId, exports, exports.Length);
        }
        finally
        {
            Gate.Release();
        }
    }

    private ExportSample S => _shared!;

    public async Task InitializeAsync() => await SampleAsync(fixture);

    public Task DisposeAsync() => Task.CompletedTask;

    private static bool Allowed(string role, string what) => role != "partner" || PartnerWhats.Contains(what);

    [Fact]
    public void Every_table_in_every_format_is_written_for_the_roles_that_may_have_it()
    {
        foreach (var e in S.Exports.Where(e => Allowed(e.Role, e.What)))
        {
            Assert.True(e.Exit == 0, $"{e.Role} {e.What} {e.Format}: exit {e.Exit}\n{e.Err}\n{e.Out}");
            Assert.True(File.Exists(e.Path), e.Path);
            Assert.True(e.Rows >= 0, e.Out);
            if (e.What is not ("plan" or "reference")) Assert.True(e.Rows > 0, $"{e.Role} {e.What} {e.Format}: {e.Out}");
            // Nothing half-written is left beside the file.
            Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(e.Path)!, ".*.part*"));
        }
        var coordinator = S.Get("coordinator", "indicators", "csv");
        Assert.Contains("roll coordinator: antal 1–4 visas som <5 (k = 5 från studieområde 9999)", coordinator.Err, StringComparison.Ordinal);
        Assert.Contains("Röjandekontroll: k = 5;", coordinator.Out, StringComparison.Ordinal);
        Assert.Contains("Metadata: ", coordinator.Out, StringComparison.Ordinal);
        Assert.Contains("Röjandekontroll: ingen (analytiker)", S.Get("analyst", "indicators", "csv").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_partner_is_refused_cells_priorities_and_the_plan_with_what_it_may_export()
    {
        foreach (var what in new[] { "cells", "priorities", "plan" })
        foreach (var format in new[] { "csv", "gpkg" })
        {
            var e = S.Get("partner", what, format);
            Assert.True(e.Exit == 2, $"{what}: exit {e.Exit}\n{e.Err}");
            Assert.Contains($"the partner role may not export {what}: it may export indicators, hotspots, areas, reference", e.Err, StringComparison.Ordinal);
            Assert.False(File.Exists(e.Path));
            Assert.DoesNotContain("   at ", e.Err, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Bad_values_are_refused_with_the_choices()
    {
        var r = await CliRun.RunAsync(S.Db.DataSource.ConnectionString, S.Home, "export", "999999", "--what", "indicators", "--out", Path.Combine(S.Home, "x.csv"));
        Assert.Equal(2, r.Exit);
        Assert.Contains("there is no run 999999", r.Err, StringComparison.Ordinal);
        r = await CliRun.RunAsync(S.Db.DataSource.ConnectionString, S.Home, "export", "latest", "--what", "indicators", "--out", Path.Combine(S.Home, "x.txt"));
        Assert.Equal(2, r.Exit);
        Assert.Contains("csv, xlsx, geojson, gpkg", r.Err, StringComparison.Ordinal);
        r = await CliRun.RunAsync(S.Db.DataSource.ConnectionString, S.Home, "export", "latest", "--what", "incidents", "--out", Path.Combine(S.Home, "x.csv"));
        Assert.Equal(2, r.Exit);
        Assert.Contains("incidents", r.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(S.Home, "x.csv")));
    }

    [Fact]
    public async Task Values_equal_independent_SQL_and_read_back_as_Swedish_Excel()
    {
        await using var c = await S.Db.DataSource.OpenConnectionAsync();
        // The largest area's total (a count well above k, so published to every role) and its rate.
        await using var cmd = new NpgsqlCommand(
            "SELECT area_code, incidents, incidents * 1000.0 / population FROM run_area_indicator WHERE run_id = $1 AND category_group = 'total' AND area_code <> '*' ORDER BY incidents DESC LIMIT 1", c);
        cmd.Parameters.AddWithValue(S.RunId);
        string code;
        int n;
        double rate;
        await using (var r = await cmd.ExecuteReaderAsync())
        {
            Assert.True(await r.ReadAsync());
            (code, n, rate) = (r.GetString(0), r.GetInt32(1), (double)r.GetDecimal(2));
        }
        foreach (var role in new[] { "analyst", "coordinator", "partner" })
        {
            var csv = ExportCsv.Read(S.Get(role, "indicators", "csv").Path);
            var row = csv.Rows.Single(x => csv.Cell(x, "Områdeskod") == code && csv.Cell(x, "Brottsgrupp (kod)") == "total");
            Assert.Equal(n, ExportCsv.Number(csv.Cell(row, "Händelser")));
            Assert.Equal(rate, ExportCsv.Number(csv.Cell(row, "Händelser per 1 000 invånare"))!.Value, 2);
            Assert.Equal(role != "partner", csv.Has("Prioritetsrang"));
            var areas = ExportCsv.Read(S.Get(role, "areas", "csv").Path);
            var a = areas.Rows.Single(x => areas.Cell(x, "Områdeskod") == code);
            Assert.Equal(n, ExportCsv.Number(areas.Cell(a, "Händelser")));
        }
        await using var hot = new NpgsqlCommand("SELECT hotspot_id, incidents FROM run_hotspot WHERE run_id = $1 ORDER BY incidents DESC LIMIT 1", c);
        hot.Parameters.AddWithValue(S.RunId);
        await using (var r = await hot.ExecuteReaderAsync())
        {
            Assert.True(await r.ReadAsync());
            var (id, incidents) = (r.GetInt32(0), r.GetInt32(1));
            var csv = ExportCsv.Read(S.Get("coordinator", "hotspots", "csv").Path);
            var row = csv.Rows.Single(x => csv.Cell(x, "Brännpunkt") == id.ToString(CultureInfo.InvariantCulture));
            Assert.Equal(incidents, ExportCsv.Number(csv.Cell(row, "Händelser")));
        }
        // The analyst's cells: every count equals the table's.
        await using var cells = new NpgsqlCommand("SELECT count(*), sum(incidents) FROM run_cell WHERE run_id = $1", c);
        cells.Parameters.AddWithValue(S.RunId);
        await using (var r = await cells.ExecuteReaderAsync())
        {
            Assert.True(await r.ReadAsync());
            var csv = ExportCsv.Read(S.Get("analyst", "cells", "csv").Path);
            Assert.Equal(r.GetInt64(0), csv.Rows.Count);
            Assert.Equal((double)r.GetDecimal(1), csv.Rows.Sum(x => ExportCsv.Number(csv.Cell(x, "Händelser"))!.Value));
        }
    }

    [Fact]
    public void Every_format_carries_its_metadata()
    {
        var csv = S.Get("coordinator", "indicators", "csv");
        var sidecar = Path.ChangeExtension(csv.Path, ".metadata.json");
        Assert.True(File.Exists(sidecar), sidecar);
        using (var doc = JsonDocument.Parse(File.ReadAllText(sidecar)))
        {
            var text = doc.RootElement.GetRawText();
            foreach (var key in new[] { "run_id", "period", "parameters", "sources", "made_at", "made_for_role", "suppression_rule", "geo_version", "crs" })
                Assert.Contains($"\"{key}\"", text, StringComparison.Ordinal);
            Assert.Contains("coordinator", text, StringComparison.Ordinal);
            Assert.Contains("incidents_police.csv", text, StringComparison.Ordinal);
        }
        using (var zip = ZipFile.OpenRead(S.Get("coordinator", "indicators", "xlsx").Path))
        {
            using var reader = new StreamReader(zip.GetEntry("xl/workbook.xml")!.Open());
            var workbook = reader.ReadToEnd();
            Assert.Contains("sheet", workbook, StringComparison.Ordinal);
            Assert.True(Regex.Matches(workbook, "<(x:)?sheet ").Count >= 2, workbook);
        }
        using (var doc = JsonDocument.Parse(File.ReadAllText(S.Get("coordinator", "indicators", "geojson").Path)))
            Assert.True(doc.RootElement.TryGetProperty("geo_metadata", out _), "no geo_metadata foreign member");
        var gdal = Ogr("-ro", "-so", S.Get("coordinator", "indicators", "gpkg").Path);
        if (gdal is not null) Assert.Contains("_metadata", gdal, StringComparison.Ordinal);
    }

    [Fact]
    public void Ogrinfo_lists_the_layers_with_feature_counts_and_crs()
    {
        foreach (var what in new[] { "indicators", "hotspots", "cells", "areas" })
        foreach (var format in new[] { "gpkg", "geojson" })
        {
            var e = S.Get("coordinator", what, format);
            var info = Ogr("-ro", "-so", "-al", e.Path);
            if (info is null) return;
            Assert.Contains($"Feature Count: {e.Rows}", info, StringComparison.Ordinal);
            Assert.Contains(format == "gpkg" ? "SWEREF99 TM" : "WGS 84", info, StringComparison.Ordinal);
            Assert.DoesNotContain("ERROR", info, StringComparison.Ordinal);
            Assert.DoesNotContain("Warning", info, StringComparison.Ordinal);
        }
    }

    /// <summary>ogrinfo's output (stdout and stderr), or null when GDAL is not installed outside CI (in CI that fails).</summary>
    internal static string? Ogr(params string[] args)
    {
        if (!File.Exists("/usr/bin/ogrinfo"))
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", "ogrinfo is not installed: run scripts/install-deps.sh --tests (gdal-bin).");
            return null;
        }
        var (exit, stdout, stderr) = Gdal.Run("ogrinfo", args);
        Assert.True(exit == 0, stderr + stdout);
        return stdout + stderr;
    }

    /// <summary>The count columns of the tables (by their Swedish labels and field names).</summary>
    internal static readonly string[] CountLabels = ["Händelser", "Händelser jämförelseperioden", "Händelser i referenskommunen", "Utgångsvärde"];

    internal static readonly string[] CountFields = ["incidents", "incidents_compare", "events", "baseline"];

    [Fact]
    public void No_count_from_1_to_k_minus_1_is_in_any_coordinator_or_partner_file()
    {
        var scanned = 0;
        foreach (var e in S.Exports.Where(e => e.Role != "analyst" && e.Exit == 0))
        {
            switch (e.Format)
            {
                case "csv":
                {
                    var csv = ExportCsv.Read(e.Path);
                    foreach (var label in CountLabels.Where(csv.Has))
                    foreach (var row in csv.Rows)
                    {
                        var v = ExportCsv.Number(csv.Cell(row, label));
                        Assert.False(v is > 0 and < K, $"{e.Role} {e.What}.csv: {label} = {v}");
                        scanned++;
                    }
                    // Counts in words too.
                    foreach (Match m in Regex.Matches(File.ReadAllText(e.Path), @"(?<![\d<])(\d+) (händelser|händelse)"))
                        Assert.False(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) is > 0 and < K, $"{e.Role} {e.What}.csv: '{m.Value}'");
                    break;
                }
                case "geojson":
                {
                    using var doc = JsonDocument.Parse(File.ReadAllText(e.Path));
                    foreach (var f in doc.RootElement.GetProperty("features").EnumerateArray())
                    foreach (var p in f.GetProperty("properties").EnumerateObject().Where(p => CountFields.Contains(p.Name) && p.Value.ValueKind == JsonValueKind.Number))
                    {
                        Assert.False(p.Value.GetDouble() is > 0 and < K, $"{e.Role} {e.What}.geojson: {p.Name} = {p.Value}");
                        scanned++;
                    }
                    break;
                }
                case "gpkg":
                {
                    var all = Ogr("-ro", "-al", "-q", e.Path);
                    if (all is null) break;
                    foreach (Match m in Regex.Matches(all, @"^\s+(incidents|incidents_compare|events|baseline) \([A-Za-z0-9]+\) = ([\d.]+)\s*$", RegexOptions.Multiline))
                    {
                        Assert.False(double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) is > 0 and < K, $"{e.Role} {e.What}.gpkg: {m.Value.Trim()}");
                        scanned++;
                    }
                    break;
                }
                case "xlsx":
                    break;
            }
        }
        Assert.True(scanned > 10_000, $"only {scanned} counts scanned");
        // The check can fail: the analyst's files hold counts from 1 to 4.
        var analyst = ExportCsv.Read(S.Get("analyst", "cells", "csv").Path);
        Assert.Contains(analyst.Rows, r => ExportCsv.Number(analyst.Cell(r, "Händelser")) is > 0 and < K);
    }

    [Fact]
    public void Partner_files_hold_no_cells_incident_points_times_or_coordinator_columns()
    {
        foreach (var e in S.Exports.Where(e => e.Role == "partner" && e.Exit == 0))
        {
            Assert.Contains(e.What, PartnerWhats);
            if (e.Format != "csv") continue;
            var csv = ExportCsv.Read(e.Path);
            Assert.DoesNotContain(csv.Header, h => h is "Cell" or "Prioritetsrang" or "Prioritetspoäng" or "Tid" or "Tidpunkt" or "X" or "Y");
            Assert.DoesNotContain(csv.Rows.SelectMany(r => r), v => Regex.IsMatch(v, @"\d{4}-\d\d-\d\d[ T]\d\d:\d\d"));
        }
        var gpkg = Ogr("-ro", "-so", S.Get("partner", "areas", "gpkg").Path);
        if (gpkg is not null) Assert.DoesNotContain("Point", gpkg, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_audit_log_holds_one_row_per_export_with_its_rows()
    {
        await using var c = await S.Db.DataSource.OpenConnectionAsync();
        await using var cmd = new NpgsqlCommand("SELECT what, role, rows, status, key_name, path FROM audit_log WHERE method = 'CLI' AND path LIKE 'geo export%'", c);
        var rows = new List<(string What, string Role, long Rows, int Status, string Key, string Path)>();
        await using (var r = await cmd.ExecuteReaderAsync())
            while (await r.ReadAsync()) rows.Add((r.GetString(0), r.GetString(1), r.GetInt64(2), r.GetInt32(3), r.GetString(4), r.GetString(5)));
        foreach (var e in S.Exports)
        {
            var match = rows.Where(a => a.What == $"export {e.What} {e.Format}" && a.Role == e.Role && a.Path.Contains($"--out {e.Path}", StringComparison.Ordinal)).ToList();
            var row = Assert.Single(match);
            Assert.Equal(e.Exit == 0 ? 0 : 1, row.Status);
            if (e.Exit == 0) Assert.Equal(e.Rows, row.Rows);
            Assert.StartsWith("cli:", row.Key, StringComparison.Ordinal);
        }
    }
}
