using System.Text;
using Geo.Core.Domain;
using Geo.Import.Pipeline;
using Geo.Storage;
using Geo.Testing;

namespace Geo.Import.Tests.Pipeline;

/// <summary>
/// Values the database cannot hold (NUL, unpaired surrogates, over-long ids, .NET's extreme dates) are row rejects with a
/// plain reason; the good rows load, and no PostgreSQL error ends the import. Without the checks these imports fail with
/// 22021, 22P05 or 54000, or store -infinity.
/// </summary>
[Collection("postgis")]
public sealed class DatabaseRejectTests(PostGisFixture fixture) : PipelineDatabaseTest(fixture, "geo-dbrejects-")
{
    private Task<ImportSummary> Import(string path, double maxRejectRate = 0.7, ImportKind kind = ImportKind.Incidents) =>
        new ImportRunner(Db).RunAsync(new ImportRequest(kind, path, PipelineTestData.Code, MaxRejectRate: maxRejectRate,
            RejectReportPath: Path.Combine(Dir, Path.GetFileName(path) + ".rejects.csv"),
            KeepAttributes: path.EndsWith(".geojson", StringComparison.Ordinal) ? ["note"] : ["district"]));

    private async Task<long> CountAsync(string sql = "SELECT count(*) FROM incident")
    {
        await using var cmd = Db.DataSource.CreateCommand(sql);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    private string Csv(string name, params string[] rows)
    {
        var path = Path.Combine(Dir, name);
        File.WriteAllText(path, "source_id,occurred_at,category,x,y,district\n" + string.Concat(rows.Select(r => r + "\n")), new UTF8Encoding(false));
        return path;
    }

    /// <summary>An id that does not compress (a repeated character would fit the index after TOAST compression).</summary>
    private static string LongId(int length)
    {
        var random = new Random(9);
        return new string(Enumerable.Range(0, length).Select(_ => (char)('a' + random.Next(26))).ToArray());
    }

    private static string Good(int id) => $"{id},2024-05-01T10:00,violence.assault,800100,7270100,Centrum";

    private static void Plain(string text)
    {
        foreach (var code in new[] { "22021", "22P05", "54000", "database error", "Npgsql", "Exception", "   at " })
            Assert.DoesNotContain(code, text);
    }

    [Fact]
    public async Task NulCharactersAndOverLongIdsAreRejectedAndTheGoodRowsLoad()
    {
        var file = Csv("nul.csv",
            Good(1),
            "2\0,2024-05-01T10:00,violence.assault,800100,7270100,Centrum",
            "3,2024-05-01T10:00,violence.assault,800100,7270100,Cent\0rum",
            $"{LongId(3000)},2024-05-01T10:00,violence.assault,800100,7270100,Centrum",
            Good(5));
        var s = await Import(file);
        Assert.Equal((5L, 2L, 3L), (s.Read, s.Loaded, s.Rejected));
        Assert.Equal(2, await CountAsync());
        var report = await File.ReadAllTextAsync(s.RejectReport!);
        Plain(report);
        var lines = report.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("nul.csv,2,source_id,2\u2400,\"source_id contains a NUL character (byte 0x00) at position 2", lines[1]);
        Assert.StartsWith("nul.csv,3,district,Cent\u2400rum,\"district contains a NUL character", lines[2]);
        Assert.Contains("nul.csv,4,source_id,", lines[3]);
        Assert.Contains("source_id is 3,000 characters long; ids may have at most 256", lines[3]);
    }

    [Fact]
    public async Task TooManyDatabaseUnfitRowsLoadNothing()
    {
        var file = Csv("many.csv", Good(1), "2\0,2024-05-01T10:00,violence.assault,800100,7270100,x", Good(3));
        var e = await Assert.ThrowsAsync<ImportRejectedException>(() => Import(file, maxRejectRate: 0.01));
        Assert.Equal(1, e.Summary.Rejected);
        Plain(e.Message);
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task AnUnpairedSurrogateInGeoJsonIsRejectedAndTheGoodFeaturesLoad()
    {
        var path = Path.Combine(Dir, "obs.geojson");
        await File.WriteAllTextAsync(path, """
            {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:3006"}},"features":[
              {"type":"Feature","properties":{"source_id":"a\udc00","occurred_at":"2024-05-01","category":"theft"},"geometry":{"type":"Point","coordinates":[800100,7270100]}},
              {"type":"Feature","properties":{"source_id":"b","occurred_at":"2024-05-01","category":"theft","note":"\u0000"},"geometry":{"type":"Point","coordinates":[800100,7270100]}},
              {"type":"Feature","properties":{"source_id":"c","occurred_at":"2024-05-01","category":"theft"},"geometry":{"type":"Point","coordinates":[800100,7270100]}}]}
            """);
        var s = await Import(path, maxRejectRate: 0.7);
        Assert.Equal((3L, 1L, 2L), (s.Read, s.Loaded, s.Rejected));
        var report = await File.ReadAllTextAsync(s.RejectReport!);
        Plain(report);
        Assert.Contains("obs.geojson,1,source_id,", report);
        Assert.Contains("source_id holds an unpaired UTF-16 surrogate escape", report);
        Assert.Contains("obs.geojson,2,note,\u2400,\"note contains a NUL character", report);
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM incident WHERE source_id = 'c'"));
    }

    [Fact]
    public async Task TheFirstInstantOfYearOneIsNeverStoredAsMinusInfinity()
    {
        var file = Csv("epoch.csv", Good(1), "2,0001-01-01T00:00Z,violence.assault,800100,7270100,x", "3,9999-12-31T23:59:59.9999999Z,violence.assault,800100,7270100,x");
        var request = new ImportRequest(ImportKind.Incidents, file, PipelineTestData.Code, MaxRejectRate: 0.7,
            RejectReportPath: Path.Combine(Dir, "epoch.rejects.csv")) { EarliestDate = DateOnly.MinValue, MaxDaysAhead = 10_000_000 };
        var s = await new ImportRunner(Db).RunAsync(request);
        Assert.Equal((1L, 2L), (s.Loaded, s.Rejected));
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM incident WHERE NOT isfinite(occurred_at)"));
        var report = await File.ReadAllLinesAsync(s.RejectReport!);
        Assert.StartsWith("epoch.csv,2,occurred_at,0001-01-01 00:00Z,\"occurred_at 0001-01-01 00:00Z cannot be stored", report[1]);
        Assert.StartsWith("epoch.csv,3,occurred_at,", report[2]);
    }
}
