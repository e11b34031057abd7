using System.Diagnostics;
using System.Globalization;
using Geo.Core.Crs;
using Geo.Core.Domain;
using Geo.Formats.Boundaries;
using Geo.Import;
using Geo.Import.Mapping;
using Geo.Import.Pipeline;
using Geo.Import.Profiles;
using Geo.Storage;
using Npgsql;

namespace Geo.Bench;

/// <summary>
/// Where the time of a profile-mapped import goes: the same steps as <see cref="ImportRunner"/> (study area, file hash,
/// reading, mapping, binary COPY, each merge statement, commit) timed one by one in a <c>geo_bench</c> database, then the
/// whole <see cref="ImportRunner.RunAsync"/> for comparison (a new import and an unchanged re-import).
/// </summary>
public static class ImportProfileBenchmark
{
    private const string Code = "BENCH";

    public static async Task<int> RunAsync(string[] args)
    {
        var file = Args.String(args, "--file") ?? throw new ArgumentException("--file PATH is required");
        var profileName = Args.String(args, "--profile") ?? throw new ArgumentException("--profile NAME is required");
        var boundaryFile = Args.String(args, "--boundary") ?? throw new ArgumentException("--boundary FILE is required (the study area)");
        var srid = CrsRegistry.Parse(Args.String(args, "--crs") ?? "EPSG:3006");
        var runs = Args.Int(args, "--runs", 3);
        var profile = ProfileCatalog.Get(profileName);
        var timeZone = Args.String(args, "--time-zone") ?? profile.TimeZone ?? StudyArea.DefaultTimeZone;
        var maxRejectRate = double.Parse(Args.String(args, "--max-reject-rate") ?? "0.05", CultureInfo.InvariantCulture);

        var boundary = BoundaryReader.Read(boundaryFile, new BoundaryOptions(TargetSrid: srid)).Boundary;
        var studyArea = new StudyArea(Code, "Benchmark", boundary, srid, timeZone);
        Console.WriteLine($"Input: {file} ({new FileInfo(file).Length / 1e6:N1} MB), profile {profileName}, study area EPSG:{srid} {timeZone}, {Environment.ProcessorCount} cores");

        if (Args.Int(args, "--map-only", 0) is var mapRuns and > 0)
        {
            // Reading and mapping alone, without a database (for profilers): the file mapped mapRuns times.
            var (options, _) = ImportRunner.ResolveOptions(new ImportRequest(ImportKind.Incidents, file, Code, profileName), studyArea);
            for (var i = 0; i < mapRuns; i++)
            {
                var clock = Stopwatch.StartNew();
                long n = 0;
                using (var source = Sources.OpenIncidents(file, options))
                    foreach (var row in source.Rows())
                        n++;
                Console.WriteLine($"  read + map {clock.Elapsed.TotalSeconds,7:F3} s  {n / clock.Elapsed.TotalSeconds,10:N0} rows/s");
            }
            return 0;
        }

        var connectionString = await ImportBenchmark.PrepareDatabaseAsync();
        await using var db = await GeoDatabase.ConnectAsync(connectionString, migrate: true);
        await new StudyAreaStore(db).UpsertAsync(studyArea);

        if (Args.Int(args, "--copy-only", 0) is var copyRuns and > 0)
        {
            // Reading, mapping and the binary COPY into the staging table, rolled back (for profilers).
            var (options, _) = ImportRunner.ResolveOptions(new ImportRequest(ImportKind.Incidents, file, Code, profileName), studyArea);
            for (var i = 0; i < copyRuns; i++)
            {
                var clock = Stopwatch.StartNew();
                await using var connection = await db.DataSource.OpenConnectionAsync();
                await using var transaction = await connection.BeginTransactionAsync();
                await using var loader = await IncidentLoader.BeginAsync(connection, studyArea);
                using (var source = Sources.OpenIncidents(file, options))
                    foreach (var row in source.Rows())
                        if (row.Value is { } v) loader.Add(v, row.Row);
                var seconds = clock.Elapsed.TotalSeconds;
                await loader.DisposeAsync(); // cancels the COPY
                await transaction.RollbackAsync();
                Console.WriteLine($"  read + map + COPY {seconds,7:F3} s  {loader.Count / seconds,10:N0} rows/s");
            }
            return 0;
        }

        using var statements = new StatementTimer();
        for (var run = 1; run <= runs; run++)
        {
            Console.WriteLine($"--- run {run}");
            await ImportBenchmark.TruncateAsync(db.DataSource);
            await StepsAsync(db, file, profileName, studyArea, statements);
            await ImportBenchmark.TruncateAsync(db.DataSource);
            var runner = new ImportRunner(db);
            var clock = Stopwatch.StartNew();
            var request = new ImportRequest(ImportKind.Incidents, file, Code, profileName, MaxRejectRate: maxRejectRate);
            var summary = await runner.RunAsync(request);
            var s = clock.Elapsed.TotalSeconds;
            Console.WriteLine($"ImportRunner, new import      {s,7:F3} s  {summary.Read / s,10:N0} rows/s  ({summary.New:N0} new, {summary.Rejected:N0} rejected)");
            clock.Restart();
            var again = await runner.RunAsync(request);
            s = clock.Elapsed.TotalSeconds;
            Console.WriteLine($"ImportRunner, re-import       {s,7:F3} s  {again.Read / s,10:N0} rows/s  ({again.Unchanged:N0} unchanged)");
        }
        Console.WriteLine($"peak memory (VmHWM): {Args.PeakMegabytes():N0} MB");
        return 0;
    }

    /// <summary>The import's steps one by one, each timed; the merge's statements timed by the database client.</summary>
    private static async Task StepsAsync(GeoDatabase db, string file, string profileName, StudyArea given, StatementTimer statements)
    {
        var total = Stopwatch.StartNew();
        var clock = Stopwatch.StartNew();
        void Step(string name, long rows = 0)
        {
            var s = clock.Elapsed.TotalSeconds;
            Console.WriteLine(rows > 0 ? $"  {name,-28} {s,7:F3} s  {rows / s,10:N0} rows/s" : $"  {name,-28} {s,7:F3} s");
            clock.Restart();
        }

        StudyArea studyArea;
        await using (var c = await db.DataSource.OpenConnectionAsync())
            studyArea = await StudyAreaStore.GetAsync(c, Code) ?? given;
        var request = new ImportRequest(ImportKind.Incidents, file, Code, profileName);
        var (options, _) = ImportRunner.ResolveOptions(request, studyArea);
        Step("study area + options");
        var sha = await FileHash.Sha256Async(file, CancellationToken.None);
        Step("SHA-256 of the file");

        long rows = 0;
        using (var reader = ReaderOpener.Open(file, options.Profile))
            foreach (var row in reader.Read())
                rows += row.FieldCount > 0 ? 1 : 0;
        Step("read (decompress, CSV fields)", rows);

        long mapped = 0;
        using (var source = Sources.OpenIncidents(file, options))
            foreach (var row in source.Rows())
                if (row.Value is not null) mapped++;
        Step("read + map (all columns)", rows);

        await using var connection = await db.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var batchId = await ImportBatchStore.BeginAsync(connection, transaction, new ImportBatch(0, Code, ImportKind.Incidents,
            Path.GetFileName(file), sha, "bench", profileName, 0, 0, 0, DateTimeOffset.UtcNow, null, "bench"));
        Step("transaction + batch row");
        var loader = await IncidentLoader.BeginAsync(connection, studyArea);
        Step("staging table + COPY start");
        using (var source = Sources.OpenIncidents(file, options))
            foreach (var row in ReadAhead.Of(source.Rows())) // as ImportRunner: read and map on a second thread
                if (row.Value is { } v) loader.Add(v, row.Row);
        Step("read + map + COPY rows", rows);
        statements.Start();
        var merged = await loader.CompleteAndMergeAsync(batchId);
        statements.Stop();
        Step($"COPY end + merge ({merged.New:N0} new)");
        foreach (var (sql, seconds) in statements.Take()) Console.WriteLine($"      {seconds,7:F3} s  {sql}");
        await loader.DisposeAsync();
        await ImportBatchStore.FinishAsync(connection, transaction, batchId, rows, mapped, rows - mapped, merged, loader.WithoutLocation);
        await transaction.CommitAsync();
        Step("batch row + commit");
        Console.WriteLine($"  {"steps in total",-28} {total.Elapsed.TotalSeconds,7:F3} s  {rows / total.Elapsed.TotalSeconds,10:N0} rows/s");
    }

    /// <summary>Times the statements Npgsql runs (its "Npgsql" activity source) while started.</summary>
    private sealed class StatementTimer : IDisposable
    {
        private readonly ActivityListener _listener;
        private readonly List<(string, double)> _done = [];
        private bool _on;

        public StatementTimer()
        {
            _listener = new ActivityListener
            {
                ShouldListenTo = s => s.Name == "Npgsql",
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = a =>
                {
                    if (!_on) return;
                    var sql = a.GetTagItem("db.query.text") ?? a.GetTagItem("db.statement") ?? a.DisplayName;
                    var lines = (sql?.ToString() ?? "").Split('\n').Where(l => !l.TrimStart().StartsWith("--", StringComparison.Ordinal));
                    var text = string.Join(' ', string.Join(' ', lines).Split((char[])['\r', ' '], StringSplitOptions.RemoveEmptyEntries));
                    lock (_done) _done.Add((text.Length > 90 ? text[..90] + "…" : text, a.Duration.TotalSeconds));
                },
            };
            ActivitySource.AddActivityListener(_listener);
        }

        public void Start() => _on = true;

        public void Stop() => _on = false;

        public IReadOnlyList<(string Sql, double Seconds)> Take()
        {
            lock (_done)
            {
                var a = _done.ToArray();
                _done.Clear();
                return a;
            }
        }

        public void Dispose() => _listener.Dispose();
    }
}
