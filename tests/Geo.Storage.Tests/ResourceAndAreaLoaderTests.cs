using Geo.Core.Domain;
using Geo.Testing;

namespace Geo.Storage.Tests;

[Collection("postgis")]
public sealed class ResourceAndAreaLoaderTests(PostGisFixture fixture) : IAsyncLifetime
{
    private GeoDatabase _db = null!;
    private readonly StudyArea _sa = TestGeometry.Lulea();

    public async Task InitializeAsync()
    {
        _db = await fixture.CreateDatabaseAsync();
        await new StudyAreaStore(_db).UpsertAsync(_sa);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Resources_load_with_repair_of_an_invalid_polygon()
    {
        var resources = new[]
        {
            new Resource("kommun", "1", "youth_centre", "Fritidsgården", TestGeometry.Point(805_000, 7_305_000), "kommun", "Mo-Fr 15:00-21:00", 40, "note", """{"x":1}"""),
            new Resource("kommun", "2", "housing_estate", "Bowtie", TestGeometry.BowTie(806_000, 7_306_000, 100)),
            new Resource("kommun", "3", "field_work_area", "Square", TestGeometry.Square(807_000, 7_307_000, 100)),
            new Resource("kommun", "4", "lighting", null, TestGeometry.Factory.CreateLineString([new(805_000, 7_305_000), new(805_100, 7_305_000)])),
        };
        var (counts, repaired) = await Loads.ResourcesAsync(_db, _sa, resources);
        Assert.Equal(new MergeCounts(4, 0, 0), counts);
        Assert.Equal(1, repaired);
        Assert.Equal("MULTIPOLYGON", await Loads.ScalarAsync<string>(_db, "SELECT GeometryType(geom) FROM resource WHERE source_id = '2'"));
        Assert.True(await Loads.ScalarAsync<bool>(_db, "SELECT bool_and(ST_IsValid(geom) AND ST_SRID(geom) = 3006) FROM resource"));
        Assert.Equal(40, await Loads.ScalarAsync<int>(_db, "SELECT capacity FROM resource WHERE source_id = '1'"));

        // Same rows again: unchanged (the repaired one too, since it is compared after repair); one changed.
        resources[2] = resources[2] with { Name = "Renamed" };
        Assert.Equal(new MergeCounts(0, 1, 3), (await Loads.ResourcesAsync(_db, _sa, resources)).Counts);

        var types = await new SummaryQueries(_db).ResourcesByTypeAsync(_sa.Code);
        Assert.Equal(4, types.Count);
        Assert.All(types, t => Assert.Equal(1, t.Count));
    }

    [Fact]
    public async Task Resource_in_another_srid_is_refused_with_its_row()
    {
        var wgs = new NetTopologySuite.Geometries.GeometryFactory(new NetTopologySuite.Geometries.PrecisionModel(), 4326);
        var e = await Assert.ThrowsAsync<GeoStorageException>(() => Loads.ResourcesAsync(_db, _sa,
        [
            new Resource("k", "1", "school", "ok", TestGeometry.Point(805_000, 7_305_000)),
            new Resource("k", "2", "school", "bad", wgs.CreatePoint(new NetTopologySuite.Geometries.Coordinate(22, 65))),
        ]));
        Assert.Contains("row 2", e.Message);
        Assert.Contains("SRID 4326", e.Message);
        Assert.Equal(0L, await Loads.ScalarAsync<long>(_db, "SELECT count(*) FROM resource"));
    }

    [Fact]
    public async Task Areas_load_as_multipolygons_with_repair()
    {
        var set = new AreaSet("deso-2018", "deso", new DateOnly(2018, 1, 1));
        var areas = new[]
        {
            new Area("2580C1010", "Centrum", TestGeometry.Square(800_000, 7_300_000, 1000), 1200, new Dictionary<string, int> { ["0-15"] = 200, ["16-64"] = 1000 }),
            new Area("2580C1020", "Bow", TestGeometry.BowTie(801_000, 7_300_000, 1000), 800),
            new Area("2580C1030", null, TestGeometry.Multi(TestGeometry.Square(802_000, 7_300_000, 1000))),
        };
        var (counts, repaired) = await Loads.AreasAsync(_db, _sa, set, areas);
        Assert.Equal(new MergeCounts(3, 0, 0), counts);
        Assert.Equal(1, repaired);
        Assert.Equal(3L, await Loads.ScalarAsync<long>(_db, "SELECT count(*) FROM area WHERE GeometryType(geom) = 'MULTIPOLYGON' AND ST_IsValid(geom)"));
        Assert.Equal(200, await Loads.ScalarAsync<int>(_db, "SELECT (population_by_age ->> '0-15')::int FROM area WHERE code = '2580C1010'"));

        Assert.Equal(new MergeCounts(0, 0, 3), (await Loads.AreasAsync(_db, _sa, set, areas)).Counts);
        var summary = Assert.Single(await new SummaryQueries(_db).AreaSetsAsync(_sa.Code));
        Assert.Equal(new AreaSetSummary("deso-2018", "deso", 3, 2000), summary);
    }

    [Fact]
    public async Task Area_that_is_not_a_polygon_is_refused()
    {
        var set = new AreaSet("districts", "district");
        var e = await Assert.ThrowsAsync<GeoStorageException>(() => Loads.AreasAsync(_db, _sa, set,
            [new Area("p", "Point", TestGeometry.Point(805_000, 7_305_000))]));
        Assert.Contains("row 1", e.Message);
    }
}
