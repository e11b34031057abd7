using System.Diagnostics;
using System.Globalization;
using Geo.Core.Domain;
using Geo.Import.Pipeline;
using Geo.Storage;
using Geo.Testing;
using NetTopologySuite.Geometries;
using Npgsql;

namespace Geo.Bench;

/// <summary>
/// Issue #2's import benchmark: N generated incidents imported by Geo (stream, validate, binary COPY of EWKB,
/// set-based merge, one transaction) versus the plain psql path (\copy into a staging table, then
/// INSERT ... ST_SetSRID(ST_MakePoint(x, y), 3006)) into the same, emptied table. Target: Geo at least as fast;
/// peak memory under 300 MB even for 10M rows (memory does not grow with the file).
/// </summary>
public static class ImportBenchmark
{
    private const string BenchDatabase = "geo_bench";

    public static int Generate(string[] args)
    {
        var rows = Args.Long(args, "--rows", 1_000_000);
        var output = Args.String(args, "--out") ?? throw new ArgumentException("--out PATH is required");
        var clock = Stopwatch.StartNew();
        IncidentCsvGenerator.Write(output, rows);
        Console.WriteLine($"Wrote {rows:N0} rows to {output} in {clock.Elapsed.TotalSeconds:F1} s ({new FileInfo(output).Length / 1e6:N0} MB).");
        return 0;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var rows = Args.Long(args, "--rows", 1_000_000);
        var file = Args.String(args, "--file") ?? Path.Combine(Path.GetTempPath(), $"geo-bench-{rows}.csv");
        if (!File.Exists(file))
        {
            Console.WriteLine($"Generating {rows:N0} incidents into {file} ...");
            IncidentCsvGenerator.Write(file, rows);
        }
        Console.WriteLine($"Input: {file} ({new FileInfo(file).Length / 1e6:N0} MB), {Environment.ProcessorCount} cores");

        var connectionString = await PrepareDatabaseAsync();
        await using var db = await GeoDatabase.ConnectAsync(connectionString, migrate: true);
        var boundary = Square(IncidentCsvGenerator.MinX - 1000, IncidentCsvGenerator.MinY - 1000, IncidentCsvGenerator.Size + 2000);
        var store = new StudyAreaStore(db);
        await store.UpsertAsync(new StudyArea("BENCH", "Benchmark", boundary, 3006));

        // psql path (--no-psql skips it, e.g. for the 10M-row memory check)
        var psqlRate = double.NaN;
        if (!args.Contains("--no-psql"))
        {
            await TruncateAsync(db.DataSource);
            var psqlSeconds = await PsqlPathAsync(connectionString, file);
            psqlRate = rows / psqlSeconds;
            Console.WriteLine($"psql \\copy + INSERT ST_MakePoint: {psqlSeconds,7:F2} s  {psqlRate,12:N0} rows/s");
        }

        // Geo path
        await TruncateAsync(db.DataSource);
        var runner = new ImportRunner(db);
        var clock = Stopwatch.StartNew();
        var summary = await runner.RunAsync(new ImportRequest(ImportKind.Incidents, file, "BENCH", RejectReportPath: Path.Combine(Path.GetTempPath(), "geo-bench.rejects.csv")));
        var geoSeconds = clock.Elapsed.TotalSeconds;
        var geoRate = rows / geoSeconds;
        Console.WriteLine($"geo import (validated, merged):   {geoSeconds,7:F2} s  {geoRate,12:N0} rows/s  ({summary.New:N0} new, {summary.Rejected:N0} rejected)");

        // Re-import: idempotent merge of an unchanged file.
        clock.Restart();
        var again = await runner.RunAsync(new ImportRequest(ImportKind.Incidents, file, "BENCH"));
        Console.WriteLine($"geo re-import (all unchanged):    {clock.Elapsed.TotalSeconds,7:F2} s  {rows / clock.Elapsed.TotalSeconds,12:N0} rows/s  ({again.Unchanged:N0} unchanged)");

        // Re-import with 10% of the rows changed: the overlapping-extract case.
        var changedFile = Path.ChangeExtension(file, ".changed.csv");
        if (!File.Exists(changedFile)) IncidentCsvGenerator.Write(changedFile, rows, changeEvery: 10);
        clock.Restart();
        var changed = await runner.RunAsync(new ImportRequest(ImportKind.Incidents, changedFile, "BENCH"));
        Console.WriteLine($"geo re-import (10% changed):      {clock.Elapsed.TotalSeconds,7:F2} s  {rows / clock.Elapsed.TotalSeconds,12:N0} rows/s  ({changed.Updated:N0} updated, {changed.Unchanged:N0} unchanged)");

        if (!double.IsNaN(psqlRate)) Console.WriteLine($"ratio geo / psql: {geoRate / psqlRate:F2}x (target >= 1.0)");
        Console.WriteLine($"peak memory (VmHWM): {Args.PeakMegabytes():N0} MB (target < 300 MB)");
        return 0;
    }

    internal static async Task<string> PrepareDatabaseAsync(string database = BenchDatabase)
    {
        var settings = GeoSettings.FromEnvironment();
        await using var server = await GeoDatabase.ConnectAsync(settings, migrate: false, log: Console.WriteLine);
        await using (var c = await server.DataSource.OpenConnectionAsync())
        {
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", c);
            await drop.ExecuteNonQueryAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", c);
            await create.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(server.DataSource.ConnectionString) { Database = database }.ConnectionString;
    }

    internal static async Task DropDatabaseAsync(string database)
    {
        await using var server = await GeoDatabase.ConnectAsync(GeoSettings.FromEnvironment(), migrate: false);
        await using var c = await server.DataSource.OpenConnectionAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", c);
        await drop.ExecuteNonQueryAsync();
    }

    internal static async Task TruncateAsync(NpgsqlDataSource ds)
    {
        foreach (var sql in new[] { "TRUNCATE incident CASCADE", "VACUUM ANALYZE incident" })
        {
            await using var cmd = ds.CreateCommand(sql);
            await cmd.ExecuteNonQueryAsync();
        }
    }

    private static async Task<double> PsqlPathAsync(string connectionString, string file)
    {
        var script = Path.Combine(Path.GetTempPath(), "geo-bench-psql.sql");
        await File.WriteAllTextAsync(script, $"""
            CREATE TEMP TABLE bench_staging (source_id text, occurred_at timestamp, category text, x float8, y float8);
            \copy bench_staging FROM '{file.Replace("'", "''")}' WITH (FORMAT csv, HEADER true)
            INSERT INTO incident (study_area_code, source, source_id, category, occurred_at, time_precision, geom, location_precision)
            SELECT 'BENCH', 'psql', source_id, category, occurred_at AT TIME ZONE 'Europe/Stockholm', 'minute', ST_SetSRID(ST_MakePoint(x, y), 3006), 'exact'
            FROM bench_staging;
            """);
        return await Psql.RunScriptAsync(connectionString, script);
    }

    private static MultiPolygon Square(double x, double y, double size)
    {
        var f = new GeometryFactory(new PrecisionModel(), 3006);
        var ring = f.CreateLinearRing([new(x, y), new(x + size, y), new(x + size, y + size), new(x, y + size), new(x, y)]);
        return f.CreateMultiPolygon([f.CreatePolygon(ring)]);
    }
}
