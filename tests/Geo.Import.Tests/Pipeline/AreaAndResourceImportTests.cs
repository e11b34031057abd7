using Geo.Core.Domain;
using Geo.Import.Pipeline;
using Geo.Storage;
using Geo.Testing;
using Geo.Formats.Boundaries;

namespace Geo.Import.Tests.Pipeline;

[Collection("postgis")]
public sealed class AreaAndResourceImportTests(PostGisFixture fixture) : IAsyncLifetime, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("geo-pipeline-ar-").FullName;
    private GeoDatabase _db = null!;

    public async Task InitializeAsync() => _db = await fixture.CreateDatabaseAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    public void Dispose() => Directory.Delete(_dir, true);

    private async Task<long> ScalarAsync(string sql)
    {
        await using var cmd = _db.DataSource.CreateCommand(sql);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync());
    }

    [SharedDataFact]
    public async Task DesoAreasOfStockholmMunicipalityLoadWithPopulation()
    {
        // Stockholm municipality (0180) from SCB's boundaries; the county's DeSO file holds all 26 municipalities.
        var boundary = BoundaryReader.Read(SharedData.Path("sweden/kommuner_sweref99tm.geojson"), new BoundaryOptions("0180", TargetSrid: 3006));
        await new StudyAreaStore(_db).UpsertAsync(new StudyArea("0180", boundary.Name ?? "Stockholm", boundary.Boundary, 3006));
        var runner = new ImportRunner(_db);
        var request = new ImportRequest(ImportKind.Areas, SharedData.Path("sweden/deso_stockholm/deso_2018_stockholm_county_with_pop2023.geojson"),
            "0180", Profile: "deso-stockholm", SetName: "deso-2018", SetKind: "deso", SkipOutside: true,
            RejectReportPath: Path.Combine(_dir, "deso.rejects.csv"));
        var s = await runner.RunAsync(request);

        Assert.Equal(1287, s.Read);
        Assert.Equal(0, s.Rejected);
        // Stockholm municipality has 500-odd DeSO; neighbours touching the boundary (distance 0) load too.
        var inStockholm = await ScalarAsync("SELECT count(*) FROM area WHERE area_set = 'deso-2018' AND code LIKE '0180%'");
        Assert.InRange(inStockholm, 450, 650);
        Assert.Equal(s.Loaded, await ScalarAsync("SELECT count(*) FROM area"));
        Assert.True(await ScalarAsync("SELECT count(*) FROM area WHERE code NOT LIKE '0180%'") < inStockholm / 4);
        // Population carried over (Stockholm municipality: ~985,000 inhabitants in 2023).
        Assert.InRange(await ScalarAsync("SELECT sum(population) FROM area WHERE code LIKE '0180%'"), 900_000, 1_050_000);
        Assert.Equal(3006, await ScalarAsync("SELECT DISTINCT ST_SRID(geom) FROM area"));

        var again = await runner.RunAsync(request);
        Assert.Equal((0L, 0L, s.Loaded), (again.New, again.Updated, again.Unchanged));
    }

    [Fact]
    public async Task ResourcesWithAnInvalidPolygonAreRepairedAndReported()
    {
        await new StudyAreaStore(_db).UpsertAsync(PipelineTestData.StudyArea());
        var file = Path.Combine(_dir, "resources.geojson");
        // A youth centre (point) and a housing estate drawn as a bow tie (self-intersecting) in EPSG:3006.
        await File.WriteAllTextAsync(file, """
            {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::3006"}},"features":[
             {"type":"Feature","properties":{"source_id":"g1","type":"youth_centre","name":"Gården","opening_hours":"Mo-Fr 15:00-21:00"},
              "geometry":{"type":"Point","coordinates":[801000,7271000]}},
             {"type":"Feature","properties":{"source_id":"h1","type":"housing_estate","name":"Fjärilen"},
              "geometry":{"type":"Polygon","coordinates":[[[802000,7272000],[803000,7273000],[803000,7272000],[802000,7273000],[802000,7272000]]]}}
            ]}
            """);
        var report = Path.Combine(_dir, "resources.rejects.csv");
        var s = await new ImportRunner(_db).RunAsync(new ImportRequest(ImportKind.Resources, file, PipelineTestData.Code, RejectReportPath: report));

        Assert.Equal((2L, 2L, 0L, 1L), (s.Read, s.Loaded, s.Rejected, s.Repaired));
        Assert.Equal(1, await ScalarAsync("SELECT count(*) FROM resource WHERE source_id = 'h1' AND ST_IsValid(geom) AND ST_Area(geom) > 0"));
        var lines = await File.ReadAllLinesAsync(report);
        Assert.Contains(lines, l => l.StartsWith("resources.geojson,2,", StringComparison.Ordinal) && l.Contains("ST_MakeValid") && l.EndsWith(",repaired", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DifferentSourcesKeepTheirOwnIds()
    {
        await new StudyAreaStore(_db).UpsertAsync(PipelineTestData.StudyArea());
        var file = PipelineTestData.Write(_dir, "same.csv", 1, 50);
        var runner = new ImportRunner(_db);
        var a = await runner.RunAsync(new ImportRequest(ImportKind.Incidents, file, PipelineTestData.Code, Source: "polis"));
        var b = await runner.RunAsync(new ImportRequest(ImportKind.Incidents, file, PipelineTestData.Code, Source: "kommun"));
        Assert.Equal((50L, 50L), (a.New, b.New));
        Assert.Equal(100, await ScalarAsync("SELECT count(*) FROM incident"));
        Assert.Equal(2, await ScalarAsync("SELECT count(DISTINCT source) FROM incident"));
    }
}
