using System.Diagnostics;
using System.Globalization;
using System.Text;
using Geo.Core.Domain;
using Geo.Import;
using Geo.Import.Pipeline;
using Geo.Import.Profiles;
using Geo.Planning;
using Geo.Planning.Imports;
using Geo.Planning.Runs;
using Geo.Planning.Samples;
using Geo.Storage;
using Geo.Testing;
using Microsoft.Extensions.DependencyInjection;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Union;
using Npgsql;

namespace Geo.Bench;

/// <summary>
/// <c>analyze [--runs N] [--only sample|chicago] [--no-r] [--no-cli]</c>: the speed of <c>geo analyze</c> runs (issue 11's
/// targets: the sample under 3 s, Chicago's aggravated assaults 2010–2019 on a 250 m grid under 10 s), in a database of
/// its own (<c>geo_bench_analyze</c>, created at the start and dropped at the end). Each run's steps (the run's own stopwatch), its total
/// and the median of N runs, then the statistical core of the same run in R (spdep Gi* with queen contiguity,
/// poisson.test and the monthly trends per area) on the numbers exported from the stored run, timed inside R.
/// The R side reads two small CSV files; Geo's run also reads every incident from PostGIS, builds the grid, computes
/// every indicator, hotspot, coverage gap and priority, and writes the results in one transaction.
/// </summary>
public static class AnalyzeBenchmark
{
    private const string Database = "geo_bench_analyze";
    private const double SampleTarget = 3;
    private const double ChicagoTarget = 10;

    public static async Task<int> RunAsync(string[] args)
    {
        var runs = Args.Int(args, "--runs", 3);
        var only = Args.String(args, "--only");
        if (only is not (null or "sample" or "chicago")) throw new ArgumentException("--only takes sample or chicago");
        var withR = !args.Contains("--no-r");
        Console.WriteLine($"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average {File.ReadAllText("/proc/loadavg").Trim()}, {runs} runs");
        var settings = GeoSettings.FromEnvironment();
        var connectionString = await ImportBenchmark.PrepareDatabaseAsync(Database);
        await using (var db = await GeoDatabase.ConnectAsync(connectionString, migrate: true))
        await using (var services = new ServiceCollection().AddGeo(settings).AddGeoDatabase(db).BuildServiceProvider())
        {
            if (only is null or "sample") await SampleAsync(services, db, connectionString, settings, runs, withR, !args.Contains("--no-cli"));
            if (only is null or "chicago") await ChicagoAsync(services, db, connectionString, settings, runs, withR, !args.Contains("--no-cli"));
        }
        Console.WriteLine($"peak memory (VmHWM): {Args.PeakMegabytes():N0} MB");
        await ImportBenchmark.DropDatabaseAsync(Database);
        return 0;
    }

    private static async Task SampleAsync(IServiceProvider services, GeoDatabase db, string connectionString, GeoSettings settings, int runs, bool withR, bool cli)
    {
        Console.WriteLine();
        Console.WriteLine("== sample (data/sample, study area 9999) ==");
        var clock = Stopwatch.StartNew();
        var loaded = await services.GetRequiredService<SampleImportService>().RunAsync(Path.Combine(RepoRoot.Path, "data", "sample"), null, "bench");
        Console.WriteLine($"geo import sample: {clock.Elapsed.TotalSeconds:F2} s ({loaded.StudyAreaCode}, not part of the target)");
        var (result, median) = await RunsAsync(services, new AnalyzeRequest(loaded.StudyAreaCode), runs, SampleTarget);
        var geoCore = await DescribeAsync(db, result);
        if (cli) await CliAsync(db, connectionString, settings, "--study-area", loaded.StudyAreaCode);
        if (withR) await RAsync(db, result, median, geoCore);
    }

    private static async Task ChicagoAsync(IServiceProvider services, GeoDatabase db, string connectionString, GeoSettings settings, int runs, bool withR, bool cli)
    {
        Console.WriteLine();
        Console.WriteLine("== Chicago aggravated assaults 2010-2019 (study area CHI, EPSG:26971, 250 m) ==");
        const string code = "CHI";
        const int srid = 26971;
        var areasFile = SharedData.Path(Path.Combine("poi", "chicago", "boundaries", "chicago_community_areas.geo.csv"));
        var incidentsFile = SharedData.Path(Path.Combine("crime", "chicago", "chicago_aggravated_assaults.csv.gz"));
        // The study area: the union of the 77 community areas (as the import tests' Chicago study area).
        var clock = Stopwatch.StartNew();
        var gf = new GeometryFactory(new PrecisionModel(), srid);
        var everywhere = new StudyArea(code, "Chicago", gf.CreateMultiPolygon(), srid, "America/Chicago");
        List<Geometry> parts;
        using (var src = Sources.OpenAreas(areasFile, new ImportOptions(everywhere, ProfileCatalog.Get("chicago-community-areas"))))
            parts = src.Rows().Where(r => r.Value is not null).Select(r => r.Value!.Geometry.Buffer(0)).ToList();
        var union = UnaryUnionOp.Union(parts);
        var boundary = gf.CreateMultiPolygon(Enumerable.Range(0, union.NumGeometries).Select(union.GetGeometryN).OfType<Polygon>().ToArray());
        await new StudyAreaStore(db).UpsertAsync(everywhere with { Boundary = boundary });
        var imports = services.GetRequiredService<ImportService>();
        var areas = await imports.RunAsync(new ImportRequest(ImportKind.Areas, areasFile, code, Profile: "chicago-community-areas", SetName: "community-areas",
            RejectReportPath: Path.Combine(Path.GetTempPath(), "geo-bench-chicago-areas.rejects.csv"), ImportedBy: "bench"));
        var incidents = await imports.RunAsync(new ImportRequest(ImportKind.Incidents, incidentsFile, code, Profile: "chicago-aggravated-assaults",
            RejectReportPath: Path.Combine(Path.GetTempPath(), "geo-bench-chicago.rejects.csv"), ImportedBy: "bench"));
        Console.WriteLine($"study area + imports: {clock.Elapsed.TotalSeconds:F2} s (not part of the target): {areas.New:N0} community areas, " +
                          $"{incidents.New:N0} incidents new, {incidents.Rejected:N0} rejected");
        var (result, median) = await RunsAsync(services, new AnalyzeRequest(code, From: new DateOnly(2010, 1, 1), To: new DateOnly(2019, 12, 31), CellSize: 250), runs, ChicagoTarget);
        var geoCore = await DescribeAsync(db, result);
        if (cli) await CliAsync(db, connectionString, settings, "--study-area", code, "--from", "2010-01-01", "--to", "2019-12-31", "--cell-size", "250");
        if (withR) await RAsync(db, result, median, geoCore);
    }

    /// <summary>N runs: each run's steps and total (the service's stopwatch and the benchmark's), the median, the ratio to the target.</summary>
    private static async Task<(AnalyzeResult Last, double Median)> RunsAsync(IServiceProvider services, AnalyzeRequest request, int runs, double target)
    {
        var service = services.GetRequiredService<AnalyzeService>();
        var totals = new List<double>();
        var bySteps = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        AnalyzeResult? last = null;
        for (var i = 0; i < runs; i++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            last = await service.RunAsync(request);
            var seconds = clock.Elapsed.TotalSeconds;
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            totals.Add(seconds);
            foreach (var s in last.Steps) (bySteps.TryGetValue(s.Name, out var l) ? l : bySteps[s.Name] = []).Add(s.Seconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {i + 1} (id {last.Run.Id}): {seconds,6:F2} s, Geo CPU {cpuSeconds:F2} s  ({string.Join(", ", last.Steps.Select(s => $"{s.Name} {s.Seconds:F2}"))})"));
        }
        var median = Median(totals);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"median {median:F2} s (min {totals.Min():F2}, max {totals.Max():F2}); per step: {string.Join(", ", bySteps.Select(s => $"{s.Key} {Median(s.Value):F2}"))}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"target < {target:F0} s: median / target = {median / target:F2} ({(median < target ? "met" : "NOT met")})"));
        return (last!, median);
    }

    /// <summary>Prints what the run read and built; returns the seconds of the run's statistical steps (grid + areas).</summary>
    private static async Task<double> DescribeAsync(GeoDatabase db, AnalyzeResult result)
    {
        var run = result.Run;
        long cells;
        await using (var cmd = db.DataSource.CreateCommand("SELECT count(*), coalesce(sum(incidents), 0), count(*) FILTER (WHERE gi_confidence >= 95) FROM run_cell WHERE study_area_code = $1 AND run_id = $2"))
        {
            cmd.Parameters.AddWithValue(run.StudyAreaCode);
            cmd.Parameters.AddWithValue(run.Id);
            await using var r = await cmd.ExecuteReaderAsync();
            await r.ReadAsync();
            cells = r.GetInt64(0);
            var compare = run.CompareFrom is { } cf ? FormattableString.Invariant($", compared with {cf:yyyy-MM-dd}–{run.CompareTo:yyyy-MM-dd}") : ", no comparison period";
            Console.WriteLine(FormattableString.Invariant(
                $"run {run.Id}: {run.IncidentsRead:N0} incidents read ({run.PeriodFrom:yyyy-MM-dd}–{run.PeriodTo:yyyy-MM-dd}{compare}), {r.GetInt64(1):N0} on the grid, {cells:N0} cells of {run.CellSize:0.#} m ({r.GetInt64(2):N0} Gi* hot at 95 %), area set {run.AreaSet ?? "none"}, {result.Hotspots.Count} hotspots"));
        }
        Console.WriteLine($"  input fingerprint {run.InputFingerprint}");
        foreach (var n in result.Notices.Where(n => n.Code is "area_set" or "area_set_population" or "reference_none" or "reference_missing" or "compare_none"))
            Console.WriteLine($"  notice {n.Code}: {n.TextEn}");
        return result.Steps.Where(s => s.Name is "grid" or "areas").Sum(s => s.Seconds);
    }

    /// <summary>The whole <c>./geo analyze</c> process once (start-up, connection, run, printing), on the bench database.</summary>
    private static async Task CliAsync(GeoDatabase db, string connectionString, GeoSettings settings, params string[] analyzeArgs)
    {
        var script = Path.Combine(RepoRoot.Path, "geo");
        async Task<(double Seconds, int Exit, string Error)> Geo(params string[] args)
        {
            var psi = new ProcessStartInfo(script, args) { RedirectStandardOutput = true, RedirectStandardError = true };
            psi.Environment["GEO_DATABASE_URL"] = connectionString;
            psi.Environment["GEO_HOME"] = settings.Home;
            var clock = Stopwatch.StartNew();
            using var p = Process.Start(psi)!;
            var output = p.StandardOutput.ReadToEndAsync();
            var error = await p.StandardError.ReadToEndAsync();
            await output;
            await p.WaitForExitAsync();
            return (clock.Elapsed.TotalSeconds, p.ExitCode, error);
        }
        var warm = await Geo("--version"); // builds ./geo's ReadyToRun publish when the sources changed (untimed)
        if (warm.Exit != 0) { Console.WriteLine($"./geo --version failed ({warm.Exit}): {warm.Error.Trim()}"); return; }
        var (seconds, exit, err) = await Geo(["analyze", .. analyzeArgs]);
        Console.WriteLine(exit == 0
            ? string.Create(CultureInfo.InvariantCulture, $"./geo analyze {string.Join(' ', analyzeArgs)} (whole process: start-up, connect, run, print): {seconds:F2} s")
            : $"./geo analyze failed ({exit}): {err.Trim()}");
        if (exit != 0) return;
        // The steps that the command's run stored (its own stopwatch): the rest of the process time is start-up and printing.
        await using var cmd = db.DataSource.CreateCommand("SELECT id, steps::text FROM analysis_run WHERE study_area_code = $1 ORDER BY id DESC LIMIT 1");
        cmd.Parameters.AddWithValue(analyzeArgs[1]);
        await using var r = await cmd.ExecuteReaderAsync();
        if (await r.ReadAsync())
        {
            using var steps = System.Text.Json.JsonDocument.Parse(r.GetString(1));
            var list = steps.RootElement.EnumerateArray().Select(e => (Name: e.GetProperty("name").GetString(), Seconds: e.GetProperty("seconds").GetDouble())).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  its run {r.GetInt64(0)}: {list.Sum(x => x.Seconds):F2} s in the steps it stored ({string.Join(", ", list.Select(x => $"{x.Name} {x.Seconds:F2}"))})"));
        }
    }

    /// <summary>Exports the stored run's cells and area totals, runs bench/spdep/analyze.R and prints the ratio.</summary>
    private static async Task RAsync(GeoDatabase db, AnalyzeResult result, double geoMedian, double geoCore)
    {
        var run = result.Run;
        var folder = Path.Combine(Path.GetTempPath(), $"geo-bench-analyze-{run.StudyAreaCode}");
        Directory.CreateDirectory(folder);
        var cells = new StringBuilder("col,row,count\n");
        await using (var cmd = db.DataSource.CreateCommand("SELECT col, row, incidents FROM run_cell WHERE study_area_code = $1 AND run_id = $2 ORDER BY cell_id"))
        {
            cmd.Parameters.AddWithValue(run.StudyAreaCode);
            cmd.Parameters.AddWithValue(run.Id);
            await using var r = await cmd.ExecuteReaderAsync();
            while (await r.ReadAsync()) cells.Append(CultureInfo.InvariantCulture, $"{r.GetInt32(0)},{r.GetInt32(1)},{r.GetInt32(2)}\n");
        }
        await File.WriteAllTextAsync(Path.Combine(folder, "cells.csv"), cells.ToString());
        var days1 = run.PeriodTo.DayNumber - run.PeriodFrom.DayNumber + 1;
        var days2 = run.CompareFrom is { } f && run.CompareTo is { } t ? t.DayNumber - f.DayNumber + 1 : (int?)null;
        var areas = new StringBuilder("area,x1,x2,t1,t2,monthly\n");
        await using (var cmd = db.DataSource.CreateCommand(
            "SELECT area_code, incidents, incidents_compare, monthly_counts FROM run_area_indicator " +
            "WHERE study_area_code = $1 AND run_id = $2 AND category_group = 'total' AND area_code <> '*' ORDER BY area_code"))
        {
            cmd.Parameters.AddWithValue(run.StudyAreaCode);
            cmd.Parameters.AddWithValue(run.Id);
            await using var r = await cmd.ExecuteReaderAsync();
            while (await r.ReadAsync())
            {
                var x2 = days2 is null || r.IsDBNull(2) ? "" : r.GetInt32(2).ToString(CultureInfo.InvariantCulture);
                var monthly = r.IsDBNull(3) ? "" : string.Join(' ', r.GetFieldValue<int[]>(3));
                areas.Append(CultureInfo.InvariantCulture, $"\"{r.GetString(0)}\",{r.GetInt32(1)},{x2},{days1},{(x2.Length == 0 ? "" : days2)},{monthly}\n");
            }
        }
        await File.WriteAllTextAsync(Path.Combine(folder, "areas.csv"), areas.ToString());

        var clock = Stopwatch.StartNew();
        var r2 = RScript.Run(RScript.Find("analyze.R"), folder);
        var process = clock.Elapsed.TotalSeconds;
        var inside = r2["total"];
        var statistics = inside - r2["read"];
        var withoutNb = statistics - r2["cell2nb"];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"R ({RVersion()}): {inside:F2} s inside R (system.time), {process:F2} s with Rscript's start-up and library loading"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"R statistics without reading: {statistics:F2} s (of which cell2nb {r2["cell2nb"]:F2} s; without it {withoutNb:F2} s)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ratio R / geo, whole run (median {geoMedian:F2} s: reads PostGIS, every indicator, hotspots, priorities, writes): {statistics / geoMedian:F2}x (> 1: Geo is faster)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ratio R / geo, Geo's grid + areas steps of the last run ({geoCore:F2} s: grid, Gi*, emerging classes, density, every area indicator with LISA) vs R's statistics: " +
            $"{statistics / geoCore:F2}x; R without cell2nb: {withoutNb / geoCore:F2}x"));
    }

    private static string RVersion()
    {
        try
        {
            var psi = new ProcessStartInfo("Rscript", ["-e", "cat('spdep', as.character(packageVersion('spdep')), 'R', paste(R.version$major, R.version$minor, sep = '.'))"]) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var p = Process.Start(psi)!;
            var v = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            return v.Trim();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "?";
        }
    }

    private static double Median(IReadOnlyList<double> values)
    {
        var s = values.Order().ToArray();
        return s.Length % 2 == 1 ? s[s.Length / 2] : (s[s.Length / 2 - 1] + s[s.Length / 2]) / 2;
    }
}
