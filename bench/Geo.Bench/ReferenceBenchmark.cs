using System.Diagnostics;
using System.Globalization;
using Geo.Planning.Reference;
using Geo.Storage;
using Geo.Testing;
using Npgsql;

namespace Geo.Bench;

/// <summary>
/// <c>reference [--runs N] [--dir DIR] [--no-psql]</c>: the national reference table (<c>geo reference load</c>) from the
/// police feed (85,011 events), SCB's population and the county files in ../shared/data/sweden: seconds per step and in all
/// (best of N runs, each replacing the table), against the same aggregation in plain PostgreSQL through <c>psql</c> in the
/// same run: <c>\copy</c> of the four CSV files into temporary tables, then one <c>GROUP BY GROUPING SETS</c>
/// (municipality, county, country × local year × category group, names matched with <c>lower()</c>) joined with the
/// population into a temporary result table. The psql path writes no zero rows, no total group and no load record; Geo's
/// does (23,400 rates in the permanent table with its keys and foreign key), so the ratio favours psql.
/// </summary>
public static class ReferenceBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var dir = Args.String(args, "--dir") ?? SharedData.Path("sweden");
        var runs = Args.Int(args, "--runs", 3);
        var request = new ReferenceLoadRequest(Path.Combine(dir, "polisen_events_2022_2026.csv"), Path.Combine(dir, "scb_municipality_population_2024.csv"),
            Path.Combine(dir, "swedish_admin_areas_reference.csv"), Path.Combine(dir, "lan_wgs84.geojson"));
        Console.WriteLine($"Input: {request.EventsFile} ({new FileInfo(request.EventsFile).Length / 1e6:N1} MB), {Environment.ProcessorCount} cores, {runs} runs");
        var connectionString = await ImportBenchmark.PrepareDatabaseAsync();
        await using var db = await GeoDatabase.ConnectAsync(connectionString, migrate: true);
        var service = new ReferenceService(new ReferenceStore(db));

        ReferenceLoadResult? best = null;
        for (var i = 0; i < runs; i++)
        {
            var r = await service.LoadAsync(request);
            Console.WriteLine($"geo run {i + 1}: {r.Seconds,6:F2} s  ({string.Join(", ", r.StepSeconds.Select(s => $"{s.Key} {s.Value:F2}"))})");
            if (best is null || r.Seconds < best.Seconds) best = r;
        }
        Console.WriteLine($"geo reference load: {best!.RowsRead:N0} rows, {best.RowsUsed:N0} used, {best.RatesWritten:N0} rates; best {best.Seconds:F2} s (target < 5 s)");
        var readCount = best.StepSeconds.Where(s => !s.Key.StartsWith("write", StringComparison.Ordinal)).Sum(s => s.Value);

        if (args.Contains("--no-psql")) return 0;
        var psqlBest = double.MaxValue;
        for (var i = 0; i < runs; i++)
        {
            var s = await PsqlAsync(connectionString, request);
            Console.WriteLine($"psql run {i + 1}: {s,6:F2} s");
            psqlBest = Math.Min(psqlBest, s);
        }
        Console.WriteLine($"psql \\copy + GROUP BY GROUPING SETS: best {psqlBest:F2} s");
        Console.WriteLine($"ratio psql / geo (whole load): {psqlBest / best.Seconds:F2}x (> 1: Geo is faster); geo read + count + rates alone: {readCount:F2} s");
        return 0;
    }

    private static async Task<double> PsqlAsync(string connectionString, ReferenceLoadRequest request)
    {
        // The polisen mapping without its comment line (psql's \copy has no comment syntax).
        var mapping = Path.Combine(Path.GetTempPath(), "geo-bench-polisen-mapping.csv");
        await File.WriteAllLinesAsync(mapping, File.ReadLines(Path.Combine(RepoRoot.Path, "data", "mappings", "polisen.csv")).Where(l => !l.StartsWith('#')));
        static string Q(string path) => "'" + path.Replace("'", "''", StringComparison.Ordinal) + "'";
        var script = Path.Combine(Path.GetTempPath(), "geo-bench-reference.sql");
        await File.WriteAllTextAsync(script, $"""
            CREATE TEMP TABLE ev (id text, datetime text, type text, name text, summary text, location_name text, lat text, lon text, url text);
            \copy ev FROM {Q(request.EventsFile)} WITH (FORMAT csv, HEADER true)
            CREATE TEMP TABLE map (source_code text, category text);
            \copy map FROM {Q(mapping)} WITH (FORMAT csv, HEADER true)
            CREATE TEMP TABLE pop (code text, name text, population int);
            \copy pop FROM {Q(request.PopulationFile)} WITH (FORMAT csv, HEADER true)
            CREATE TEMP TABLE adm (code text, name text, county_code text, county_name text);
            \copy adm FROM {Q(request.AdminFile)} WITH (FORMAT csv, HEADER true)
            CREATE TEMP TABLE counted AS
            WITH e AS (
                SELECT extract(year FROM ev.datetime::timestamptz AT TIME ZONE 'Europe/Stockholm')::int AS year,
                       split_part(m.category, '.', 1) AS grp, mu.code AS mcode, coalesce(mu.county_code, co.county_code) AS ccode
                FROM ev
                JOIN map m ON lower(m.source_code) = lower(trim(ev.type))
                LEFT JOIN adm mu ON lower(mu.name) = lower(ev.location_name)
                LEFT JOIN (SELECT DISTINCT county_code, county_name FROM adm) co ON lower(co.county_name) = lower(ev.location_name)
                WHERE mu.code IS NOT NULL OR co.county_code IS NOT NULL),
            g AS (SELECT year, grp, mcode, ccode, count(*) AS events FROM e GROUP BY GROUPING SETS ((year, grp, mcode, ccode), (year, grp, ccode), (year, grp)))
            SELECT g.*, g.events * 1e5 / p.population AS per_100000
            FROM g
            JOIN LATERAL (SELECT sum(pop.population) AS population FROM pop JOIN adm ON adm.code = pop.code
                          WHERE (g.mcode IS NULL OR adm.code = g.mcode) AND (g.ccode IS NULL OR adm.county_code = g.ccode)) p ON true;
            """);
        return await Psql.RunScriptAsync(connectionString, script);
    }
}
