using System.Diagnostics;
using System.Globalization;
using Geo.Core.Domain;
using Geo.Testing;
using Xunit.Abstractions;

namespace Geo.Storage.Tests;

/// <summary>
/// Throwaway timing of a 1,000,000-incident load (COPY, merge into an empty table, re-merge into the
/// full table unchanged and with 10% changed). Runs only with GEO_STORAGE_BENCH=1, best in Release:
/// <c>GEO_STORAGE_BENCH=1 dotnet test tests/Geo.Storage.Tests -c Release --filter IncidentLoadBenchmark --logger "console;verbosity=detailed"</c>.
/// </summary>
[Collection("postgis")]
public sealed class IncidentLoadBenchmark(PostGisFixture fixture, ITestOutputHelper output)
{
    private static readonly bool Enabled = Environment.GetEnvironmentVariable("GEO_STORAGE_BENCH") == "1";

    [Fact]
    public async Task Million_incidents()
    {
        if (!Enabled) return;
        var n = int.TryParse(Environment.GetEnvironmentVariable("GEO_STORAGE_BENCH_ROWS"), CultureInfo.InvariantCulture, out var r) ? r : 1_000_000;
        await using var db = await fixture.CreateDatabaseAsync();
        var sa = TestGeometry.Lulea();
        await new StudyAreaStore(db.DataSource).UpsertAsync(sa);
        string[] cats = ["theft", "burglary", "vandalism", "violence.assault", "drugs", "disorder", "fraud", "other"];
        var t0 = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        Incident Make(int i, int change) => new("bench", i.ToString(CultureInfo.InvariantCulture), cats[i % cats.Length],
            t0.AddMinutes(i + change), TimePrecision.Minute,
            TestGeometry.Point(800_000 + (i * 7919 % 20_000), 7_300_000 + (i * 104_729 % 20_000)), LocationPrecision.Address,
            "code" + (i % 50).ToString(CultureInfo.InvariantCulture), i % 3 == 0 ? """{"weapon":false}""" : null);
        var rows = Enumerable.Range(0, n).Select(i => Make(i, 0)).ToArray();
        var changed = Enumerable.Range(0, n).Select(i => Make(i, i % 10 == 0 ? 1 : 0)).ToArray();

        await RunAsync("empty table", rows);
        await RunAsync("full table, all unchanged", rows);
        await RunAsync("full table, 10% changed", changed);

        async Task RunAsync(string label, Incident[] data)
        {
            var total = Stopwatch.StartNew();
            await using var c = await db.DataSource.OpenConnectionAsync();
            await using var tx = await c.BeginTransactionAsync();
            var batch = await ImportBatchStore.BeginAsync(c, Loads.Draft(sa, ImportKind.Incidents, "bench"));
            await using var loader = await IncidentLoader.BeginAsync(c, sa);
            var copy = Stopwatch.StartNew();
            for (var i = 0; i < data.Length; i++) loader.Add(data[i], i + 1);
            var copyTime = copy.Elapsed;
            var merge = Stopwatch.StartNew();
            var counts = await loader.CompleteAndMergeAsync(batch);
            var mergeTime = merge.Elapsed;
            await ImportBatchStore.FinishAsync(c, batch, data.Length, data.Length, 0, counts, loader.WithoutLocation);
            var commit = Stopwatch.StartNew();
            await tx.CommitAsync();
            var commitTime = commit.Elapsed;
            var all = total.Elapsed;
            output.WriteLine($"{label}: {data.Length:N0} rows; Add/COPY {copyTime.TotalSeconds:F2}s, complete+merge {mergeTime.TotalSeconds:F2}s, commit {commitTime.TotalSeconds:F2}s, total {all.TotalSeconds:F2}s = {data.Length / all.TotalSeconds:N0} rows/s; {counts}");
        }
    }
}
