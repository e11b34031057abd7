using System.Diagnostics;
using System.Globalization;
using Geo.Planning;
using Geo.Planning.Exports;
using Geo.Planning.Runs;
using Geo.Planning.Samples;
using Geo.Storage;
using Geo.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Geo.Bench;

/// <summary>
/// <c>export [--side N] [--formats csv,geojson,gpkg,xlsx] [--no-gdal] [--no-coordinator] [--reuse] [--keep] [--prepare-only] [--via cli|service] [--dir DIR]</c>:
/// peak memory and time of a cells export of N × N rows (default 1000 × 1000 = 1,000,000) in each format (issue 14's
/// target: under 200 MB peak for the whole process), against GDAL's <c>ogr2ogr</c> converting the same rows.
/// <para>
/// The run: in a database of its own (<c>geo_bench_export</c> in the managed cluster of GEO_HOME, or the server of
/// GEO_DATABASE_URL; created at the start and dropped at the end unless <c>--keep</c>), the sample municipality is
/// imported and analysed once, and that completed run is copied (its parameters, notices, provenance, area indicators,
/// hot spots and priorities) into a synthetic completed run whose <c>run_cell</c> holds an N × N grid of 100 m cells
/// inserted with one <c>generate_series</c> statement: counts drawn from a geometric distribution whose mean varies smoothly
/// over the grid (0.4–6.4, so that many counts are 1–4 and suppressed for a coordinator), a comparison-period count, a
/// Gi* z-score from the count, its two-sided p-value, the signed confidence class, an emerging class and a density.
/// <c>--reuse</c> keeps a database left by <c>--keep</c> (or <c>--prepare-only</c>: make the run, measure nothing) and its
/// synthetic run when it has N × N cells.
/// </para>
/// <para>
/// Each export is the whole <c>geo export RUN --what cells --format F --role analyst --out FILE</c> process (the dll
/// that <c>./geo</c> builds, started directly after one untimed <c>./geo --version</c> that builds it), measured alone by
/// <c>/usr/bin/time -f "%e %M"</c> (wall seconds, peak resident set in kB); then one coordinator export (suppression on)
/// in CSV. The reference: <c>ogr2ogr</c> (GDAL) converting Geo's own GeoPackage output (the same rows and fields) into
/// each format, measured the same way: CSV (no geometry, as Geo's), GeoJSON with <c>-lco RFC7946=YES</c> (WGS 84, as Geo's),
/// GeoPackage, XLSX.
/// </para>
/// </summary>
public static class ExportBenchmark
{
    private const string Database = "geo_bench_export";
    private const double TargetMegabytes = 200;
    private const double CellSize = 100;
    private const string Label = "bench export: synthetic cells";

    private sealed record Measure(string Format, string Tool, string Role, long Rows, double Seconds, double PeakMegabytes, double FileMegabytes, string? Error);

    public static async Task<int> RunAsync(string[] args)
    {
        var side = Args.Int(args, "--side", 1000);
        var formats = (Args.String(args, "--formats") ?? "csv,geojson,gpkg,xlsx").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var f in formats)
            if (f is not ("csv" or "geojson" or "gpkg" or "xlsx")) throw new ArgumentException($"--formats: '{f}' is not one of csv, geojson, gpkg, xlsx");
        var withGdal = !args.Contains("--no-gdal");
        var via = Args.String(args, "--via") ?? "cli";
        if (via is not ("cli" or "service")) throw new ArgumentException("--via takes cli or service");
        var keep = args.Contains("--keep");
        var reuse = args.Contains("--reuse");
        var dir = Args.String(args, "--dir") ?? Path.Combine(Path.GetTempPath(), "geo-bench-export");
        Directory.CreateDirectory(dir);
        Console.WriteLine($"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average {File.ReadAllText("/proc/loadavg").Trim()}, " +
                          $"{(long)side * side:N0} cells ({side} × {side} of {CellSize:0} m), output in {dir}");

        var settings = GeoSettings.FromEnvironment();
        string connectionString;
        long runId;
        if (reuse && await ExistingRunAsync(side) is { } existing)
        {
            (connectionString, runId) = existing;
            Console.WriteLine($"reusing run {runId} in {Database}");
        }
        else
        {
            connectionString = await ImportBenchmark.PrepareDatabaseAsync(Database);
            runId = await PrepareRunAsync(connectionString, settings, side);
        }
        if (args.Contains("--prepare-only"))
        {
            Console.WriteLine($"prepared run {runId} in {Database}; export --reuse measures it");
            return 0;
        }

        // cli: the dll ./geo builds, running geo export; service: this benchmark's export-child (ExportService alone).
        string[]? geo = via == "service"
            ? [typeof(ExportBenchmark).Assembly.Location, "export-child"]
            : await GeoCommandAsync(connectionString, settings) is { } dll ? [dll, "export"] : null;
        var results = new List<Measure>();
        if (geo is not null && await SampleRunAsync(connectionString, runId) is { } sampleRun)
        {
            // The floor: the same process exporting the sample run's 976 indicator rows (start-up, EF Core, Npgsql, NTS, writers).
            var floor = await TimedAsync("dotnet", geo[1] == "export"
                ? [geo[0], "export", sampleRun.ToString(CultureInfo.InvariantCulture), "--what", "indicators", "--format", "csv", "--role", "analyst", "--out", Path.Combine(dir, "floor.csv")]
                : [geo[0], "export-child", sampleRun.ToString(CultureInfo.InvariantCulture), "csv", "analyst", Path.Combine(dir, "floor.csv")], new Dictionary<string, string>
                {
                    ["GEO_DATABASE_URL"] = connectionString,
                    ["GEO_HOME"] = settings.Home,
                });
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"floor: a small export of the same process (run {sampleRun}'s {(geo[1] == "export" ? "indicators" : "cells")}): {floor.Seconds:F1} s, peak {floor.PeakMegabytes:F1} MB{(floor.Exit != 0 ? $" (failed {floor.Exit})" : "")}"));
        }
        if (geo is not null)
        {
            foreach (var format in formats)
                results.Add(await GeoExportAsync(geo, connectionString, settings, runId, format, "analyst", dir));
            if (!args.Contains("--no-coordinator"))
                results.Add(await GeoExportAsync(geo, connectionString, settings, runId, "csv", "coordinator", dir));
        }
        if (withGdal)
        {
            var source = new[] { "gpkg", "geojson" }
                .Select(f => (Format: f, Path: Path.Combine(dir, $"geo_cells_analyst.{f}")))
                .FirstOrDefault(s => results.Any(r => r.Tool == "geo" && r.Role == "analyst" && r.Format == s.Format && r.Error is null) && File.Exists(s.Path));
            if (source.Path is null)
                Console.WriteLine("ogr2ogr: no GeoPackage or GeoJSON made by Geo to convert; the reference is left out.");
            else
                foreach (var format in formats)
                    results.Add(await OgrAsync(source.Path, format, dir));
        }

        Print(results, runId, (long)side * side);
        if (!keep) await ImportBenchmark.DropDatabaseAsync(Database);
        else Console.WriteLine($"kept database {Database} (run {runId}); --reuse measures it again");
        return results.Any(r => r.Error is not null) ? 1 : 0;
    }

    /// <summary>
    /// <c>export-child RUN FORMAT ROLE OUT</c>: one cells export through <see cref="ExportService"/> in this process, for
    /// <c>export --via service</c> (the measured child when <c>geo export</c> is not there); GEO_DATABASE_URL names the database.
    /// </summary>
    public static async Task<int> ChildAsync(string[] args)
    {
        if (args.Length != 4) throw new ArgumentException("export-child RUN FORMAT ROLE OUT");
        var settings = GeoSettings.FromEnvironment();
        await using var db = await GeoDatabase.ConnectAsync(settings, migrate: false);
        await using var services = new ServiceCollection().AddGeo(settings).AddGeoDatabase(db).BuildServiceProvider();
        var result = await services.GetRequiredService<ExportService>().WriteFileAsync(
            new ExportRequest(long.Parse(args[0], CultureInfo.InvariantCulture), "cells", args[1], args[2], "sv", Who: "bench"), args[3]);
        Console.WriteLine($"{result.Rows} rows, {result.SmallCells} small, {result.SecondaryCells} secondary");
        return 0;
    }

    /// <summary>The database of an earlier <c>--keep</c> and its synthetic run of side × side cells, if both are there.</summary>
    private static async Task<(string, long)?> ExistingRunAsync(int side)
    {
        var settings = GeoSettings.FromEnvironment();
        await using var server = await GeoDatabase.ConnectAsync(settings, migrate: false);
        var connectionString = new NpgsqlConnectionStringBuilder(server.DataSource.ConnectionString) { Database = Database }.ConnectionString;
        await using (var c = await server.DataSource.OpenConnectionAsync())
        await using (var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", c) { Parameters = { new() { Value = Database } } })
            if (await exists.ExecuteScalarAsync() is null) return null;
        await using var ds = NpgsqlDataSource.Create(connectionString);
        await using var cmd = ds.CreateCommand(
            "SELECT r.id FROM analysis_run r WHERE r.label = $1 AND r.status = 'completed' " +
            "AND (SELECT count(*) FROM run_cell c WHERE c.study_area_code = r.study_area_code AND c.run_id = r.id) = $2 ORDER BY r.id DESC LIMIT 1");
        cmd.Parameters.AddWithValue(Label);
        cmd.Parameters.AddWithValue((long)side * side);
        return await cmd.ExecuteScalarAsync() is long id ? (connectionString, id) : null;
    }

    /// <summary>The sample's own run that the synthetic one was copied from (the newest other completed run).</summary>
    private static async Task<long?> SampleRunAsync(string connectionString, long runId)
    {
        await using var ds = NpgsqlDataSource.Create(connectionString);
        await using var cmd = ds.CreateCommand("SELECT max(id) FROM analysis_run WHERE id <> $1 AND status = 'completed' AND label IS DISTINCT FROM $2");
        cmd.Parameters.AddWithValue(runId);
        cmd.Parameters.AddWithValue(Label);
        return await cmd.ExecuteScalarAsync() is long id ? id : null;
    }

    /// <summary>Imports and analyses the sample, then copies its run into a synthetic run of side × side cells; returns its id.</summary>
    private static async Task<long> PrepareRunAsync(string connectionString, GeoSettings settings, int side)
    {
        await using var db = await GeoDatabase.ConnectAsync(connectionString, migrate: true);
        await using var services = new ServiceCollection().AddGeo(settings).AddGeoDatabase(db).BuildServiceProvider();
        var clock = Stopwatch.StartNew();
        var loaded = await services.GetRequiredService<SampleImportService>().RunAsync(Path.Combine(RepoRoot.Path, "data", "sample"), null, "bench");
        var analysed = await services.GetRequiredService<AnalyzeService>().RunAsync(new AnalyzeRequest(loaded.StudyAreaCode));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sample imported and analysed: {clock.Elapsed.TotalSeconds:F1} s (run {analysed.Run.Id}; not measured)"));

        clock.Restart();
        await using var c = await db.DataSource.OpenConnectionAsync();
        await using var tx = await c.BeginTransactionAsync();
        long runId;
        await using (var cmd = new NpgsqlCommand("""
            INSERT INTO analysis_run (study_area_code, status, label, period_from, period_to, compare_from, compare_to, area_set,
                                      categories, cell_size, parameters, notices, input_fingerprint, incidents_read, geo_version,
                                      steps, data_quality, reference, created_by, finished_at)
            SELECT study_area_code, 'completed', $2, period_from, period_to, compare_from, compare_to, area_set,
                   categories, $3, jsonb_set(parameters, '{cellSize}', to_jsonb($3::float8)), notices, input_fingerprint, incidents_read,
                   geo_version, steps, data_quality, reference, 'bench', now()
            FROM analysis_run WHERE id = $1
            RETURNING id
            """, c, tx))
        {
            cmd.Parameters.AddWithValue(analysed.Run.Id);
            cmd.Parameters.AddWithValue(Label);
            cmd.Parameters.AddWithValue(CellSize);
            runId = (long)(await cmd.ExecuteScalarAsync())!;
        }
        // The run's other tables as they are (every column, run_id replaced), so that the release and the metadata have
        // what a real run has; only the cells are synthetic.
        foreach (var table in new[] { "analysis_run_batch", "run_area_indicator", "run_hotspot", "run_priority" })
        {
            var columns = new List<string>();
            await using (var cmd = new NpgsqlCommand(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER' AND identity_generation IS NULL ORDER BY ordinal_position", c, tx))
            {
                cmd.Parameters.AddWithValue(table);
                await using var r = await cmd.ExecuteReaderAsync();
                while (await r.ReadAsync()) columns.Add(r.GetString(0));
            }
            var list = string.Join(", ", columns.Select(n => $"\"{n}\""));
            var select = string.Join(", ", columns.Select(n => n == "run_id" ? "$2" : $"\"{n}\""));
            await using var copy = new NpgsqlCommand($"INSERT INTO {table} ({list}) SELECT {select} FROM {table} WHERE run_id = $1", c, tx);
            copy.Parameters.AddWithValue(analysed.Run.Id);
            copy.Parameters.AddWithValue(runId);
            await copy.ExecuteNonQueryAsync();
        }
        await using (var seed = new NpgsqlCommand("SELECT setseed(0.14)", c, tx)) await seed.ExecuteNonQueryAsync();
        await using (var cmd = new NpgsqlCommand("""
            INSERT INTO run_cell (study_area_code, run_id, cell_id, col, row, area_share, incidents, incidents_compare,
                                  gi_z, gi_p, gi_confidence, emerging_class, hotspot_id, density, geom)
            WITH sa AS (
                SELECT code, srid, floor(ST_XMin(boundary) / $3) * $3 AS x0, floor(ST_YMin(boundary) / $3) * $3 AS y0
                FROM study_area WHERE code = (SELECT study_area_code FROM analysis_run WHERE id = $1)
            ), g AS (
                SELECT c, r, 0.4 + 3 * (1 + sin(c / 41.0) * cos(r / 29.0)) AS mu
                FROM generate_series(0, $2 - 1) AS c, generate_series(0, $2 - 1) AS r
            ), v AS (
                SELECT c, r, mu, floor(-ln(1 - random()) * mu)::int AS n, floor(-ln(1 - random()) * mu)::int AS nc FROM g
            ), s AS (
                SELECT c, r, n, nc, (n - mu) / sqrt(mu) + (random() - 0.5) AS z FROM v
            )
            SELECT sa.code, $4, s.r * $2 + s.c, s.c, s.r, 1.0, s.n, s.nc,
                   s.z, least(1.0, exp(-0.717 * abs(s.z) - 0.416 * s.z * s.z)),
                   ((CASE WHEN abs(s.z) >= 2.576 THEN 99 WHEN abs(s.z) >= 1.96 THEN 95 WHEN abs(s.z) >= 1.645 THEN 90 ELSE 0 END) * sign(s.z))::smallint,
                   CASE WHEN s.z >= 2.576 AND (s.c + s.r) % 7 = 0 THEN 'persistent_hot_spot'
                        WHEN s.z >= 1.96 AND (s.c + s.r) % 11 = 0 THEN 'new_hot_spot'
                        WHEN s.z >= 1.96 THEN 'sporadic_hot_spot'
                        ELSE 'no_pattern' END,
                   NULL, s.n * 0.85 + random() * 0.3,
                   ST_MakeEnvelope(sa.x0 + s.c * $3, sa.y0 + s.r * $3, sa.x0 + (s.c + 1) * $3, sa.y0 + (s.r + 1) * $3, sa.srid)
            FROM s CROSS JOIN sa
            """, c, tx) { CommandTimeout = 0 })
        {
            cmd.Parameters.AddWithValue(analysed.Run.Id);
            cmd.Parameters.AddWithValue(side);
            cmd.Parameters.AddWithValue(CellSize);
            cmd.Parameters.AddWithValue(runId);
            await cmd.ExecuteNonQueryAsync();
        }
        await tx.CommitAsync();
        await using (var analyze = new NpgsqlCommand("ANALYZE run_cell", c)) await analyze.ExecuteNonQueryAsync();
        await using (var cmd = new NpgsqlCommand(
            "SELECT count(*), count(*) FILTER (WHERE incidents BETWEEN 1 AND 4), count(*) FILTER (WHERE incidents = 0), max(incidents), sum(incidents) FROM run_cell WHERE run_id = $1", c))
        {
            cmd.Parameters.AddWithValue(runId);
            await using var r = await cmd.ExecuteReaderAsync();
            await r.ReadAsync();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"synthetic run {runId}: {r.GetInt64(0):N0} cells ({r.GetInt64(1):N0} with 1-4 incidents, {r.GetInt64(2):N0} with none, max {r.GetInt32(3)}, {r.GetInt64(4):N0} incidents) inserted in {clock.Elapsed.TotalSeconds:F1} s (not measured)"));
        }
        return runId;
    }

    /// <summary>Builds <c>./geo</c> (untimed) and returns the dll it runs, or null (printed) when it cannot.</summary>
    private static async Task<string?> GeoCommandAsync(string connectionString, GeoSettings settings)
    {
        var psi = new ProcessStartInfo(Path.Combine(RepoRoot.Path, "geo"), ["--version"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.Environment["GEO_DATABASE_URL"] = connectionString;
        psi.Environment["GEO_HOME"] = settings.Home;
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEndAsync();
        var error = await p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        if (p.ExitCode != 0)
        {
            Console.WriteLine($"./geo --version failed ({p.ExitCode}): {error.Trim()}");
            return null;
        }
        Console.WriteLine($"geo {(await output).Trim()}");
        return Path.Combine(RepoRoot.Path, ".geo", "bin", "geo.dll");
    }

    private static async Task<Measure> GeoExportAsync(string[] geo, string connectionString, GeoSettings settings, long runId, string format, string role, string dir)
    {
        var file = Path.Combine(dir, $"geo_cells_{role}.{format}");
        if (File.Exists(file)) File.Delete(file);
        var env = new Dictionary<string, string> { ["GEO_DATABASE_URL"] = connectionString, ["GEO_HOME"] = settings.Home };
        var run = runId.ToString(CultureInfo.InvariantCulture);
        string[] args = geo[1] == "export"
            ? [geo[0], "export", run, "--what", "cells", "--format", format, "--role", role, "--out", file]
            : [geo[0], "export-child", run, format, role, file];
        var (seconds, peak, exit, error) = await TimedAsync("dotnet", args, env);
        if (exit != 0 || !File.Exists(file))
            return new Measure(format, "geo", role, 0, seconds, peak, 0, $"geo export failed ({exit}): {Tail(error)}");
        var rows = await CountRowsAsync(file, format);
        var m = new Measure(format, "geo", role, rows, seconds, peak, new FileInfo(file).Length / 1048576.0, null);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"geo export --format {format} --role {role}: {rows:N0} rows, {seconds:F1} s, peak {peak:F1} MB, {m.FileMegabytes:F0} MB file"));
        if (role != "analyst" && format == "csv")
        {
            long small = 0;
            foreach (var line in File.ReadLines(file)) if (line.Contains("<5", StringComparison.Ordinal)) small++;
            Console.WriteLine($"  rows with a suppressed count (\"<5\"): {small:N0}");
        }
        return m;
    }

    /// <summary>ogr2ogr from Geo's GeoPackage (or GeoJSON) into <paramref name="format"/>, timed the same way.</summary>
    private static async Task<Measure> OgrAsync(string source, string format, string dir)
    {
        var file = Path.Combine(dir, $"ogr_cells.{format}");
        if (File.Exists(file)) File.Delete(file);
        string[] options = format switch
        {
            "csv" => ["-f", "CSV", "-lco", "SEPARATOR=SEMICOLON", "-lco", "WRITE_BOM=YES"],
            "geojson" => ["-f", "GeoJSON", "-lco", "RFC7946=YES"],
            "gpkg" => ["-f", "GPKG"],
            "xlsx" => ["-f", "XLSX"],
            _ => throw new ArgumentException(format),
        };
        var env = new Dictionary<string, string> { ["LC_ALL"] = "C" };
        // The cells layer only (a GeoPackage of Geo's also holds its _metadata table, which GeoJSON cannot take).
        var (seconds, peak, exit, error) = await TimedAsync("ogr2ogr", [.. options, file, source, LargestLayer(source).Name], env);
        if (exit != 0 || !File.Exists(file))
            return new Measure(format, "ogr2ogr", "analyst", 0, seconds, peak, 0, $"ogr2ogr failed ({exit}): {Tail(error)}");
        var rows = await CountRowsAsync(file, format);
        var m = new Measure(format, "ogr2ogr", "analyst", rows, seconds, peak, new FileInfo(file).Length / 1048576.0, null);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ogr2ogr {Path.GetExtension(source)} → {format}: {rows:N0} rows, {seconds:F1} s, peak {peak:F0} MB, {m.FileMegabytes:F0} MB file"));
        return m;
    }

    /// <summary>Runs a process under <c>/usr/bin/time -f "%e %M"</c>: wall seconds, peak resident set (MB), exit code, stderr.</summary>
    private static async Task<(double Seconds, double PeakMegabytes, int Exit, string Error)> TimedAsync(string program, string[] args, IReadOnlyDictionary<string, string> env)
    {
        var timeFile = Path.Combine(Path.GetTempPath(), $"geo-bench-time-{Environment.ProcessId}.txt");
        var psi = new ProcessStartInfo("/usr/bin/time", ["-f", "%e %M", "-o", timeFile, program, .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (k, v) in env) psi.Environment[k] = v;
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEndAsync();
        var error = await p.StandardError.ReadToEndAsync();
        await output;
        await p.WaitForExitAsync();
        var parts = File.ReadAllLines(timeFile).Last(l => l.Length > 0).Split(' ');
        File.Delete(timeFile);
        double seconds = double.Parse(parts[0], CultureInfo.InvariantCulture), kb = double.Parse(parts[1], CultureInfo.InvariantCulture);
        return (seconds, kb / 1024, p.ExitCode, error);
    }

    /// <summary>Rows of an export: CSV lines after the header (no field of a cells export holds a line break), else ogrinfo's feature count.</summary>
    private static async Task<long> CountRowsAsync(string file, string format)
    {
        if (format == "csv")
        {
            long lines = 0;
            using var reader = new StreamReader(file);
            while (await reader.ReadLineAsync() is { } line) if (line.Length > 0) lines++;
            return lines - 1;
        }
        return LargestLayer(file).Features;
    }

    /// <summary>The layer with the most features (<c>ogrinfo -so -al</c>): a GeoPackage of Geo's also holds its _metadata table, an XLSX its metadata sheet.</summary>
    private static (string Name, long Features) LargestLayer(string file)
    {
        var (exit, output, error) = Gdal.Run("ogrinfo", "-so", "-al", "-ro", file);
        if (exit != 0) throw new InvalidOperationException($"ogrinfo {file} failed: {Tail(error)}");
        var layers = new List<(string Name, long Features)>();
        string? name = null;
        foreach (var line in output.Split('\n'))
        {
            if (line.StartsWith("Layer name:", StringComparison.Ordinal)) name = line["Layer name:".Length..].Trim();
            else if (line.StartsWith("Feature Count:", StringComparison.Ordinal) && name is not null)
                layers.Add((name, long.Parse(line["Feature Count:".Length..].Trim(), CultureInfo.InvariantCulture)));
        }
        return layers.Count == 0 ? ("", 0) : layers.MaxBy(l => l.Features);
    }

    private static string Tail(string text)
    {
        var t = text.Trim();
        return t.Length <= 600 ? t : "…" + t[^600..];
    }

    private static void Print(IReadOnlyList<Measure> results, long runId, long cells)
    {
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cells export of run {runId} ({cells:N0} cells); peak = the whole process's VmHWM (/usr/bin/time %M)"));
        Console.WriteLine("| format | tool | role | rows | seconds | peak MB | file MB | Geo/ogr2ogr time | Geo/ogr2ogr peak | < 200 MB |");
        Console.WriteLine("|---|---|---|---:|---:|---:|---:|---:|---:|---|");
        foreach (var r in results)
        {
            if (r.Error is not null)
            {
                var e = r.Error.ReplaceLineEndings(" ");
                Console.WriteLine($"| {r.Format} | {r.Tool} | {r.Role} | failed: {(e.Length > 160 ? e[..160] + "…" : e)} |");
                continue;
            }
            var ogr = results.FirstOrDefault(o => o.Tool == "ogr2ogr" && o.Format == r.Format && o.Error is null);
            var ratios = r.Tool == "geo" && ogr is not null
                ? string.Create(CultureInfo.InvariantCulture, $"{r.Seconds / ogr.Seconds:F2} | {r.PeakMegabytes / ogr.PeakMegabytes:F2}")
                : " | ";
            var target = r.Tool == "geo" ? (r.PeakMegabytes < TargetMegabytes ? "met" : "NOT met") : "";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Format} | {r.Tool} | {r.Role} | {r.Rows:N0} | {r.Seconds:F1} | {r.PeakMegabytes:F1} | {r.FileMegabytes:F0} | {ratios} | {target} |"));
        }
        Console.WriteLine($"benchmark process peak (VmHWM, not part of the figures): {Args.PeakMegabytes():N0} MB");
    }
}
