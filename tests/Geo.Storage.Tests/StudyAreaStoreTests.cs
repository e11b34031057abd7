using Geo.Core.Domain;
using Geo.Testing;

namespace Geo.Storage.Tests;

[Collection("postgis")]
public sealed class StudyAreaStoreTests(PostGisFixture fixture) : IAsyncLifetime
{
    private GeoDatabase _db = null!;

    public async Task InitializeAsync() => _db = await fixture.CreateDatabaseAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Upsert_and_get_round_trip()
    {
        var store = new StudyAreaStore(_db);
        var sa = TestGeometry.Lulea();
        var first = await store.UpsertAsync(sa);
        Assert.Equal(new StudyAreaUpsertResult(true, false), first);

        var back = await store.GetAsync("2580");
        Assert.NotNull(back);
        Assert.Equal(sa.Name, back.Name);
        Assert.Equal(3006, back.Srid);
        Assert.Equal(3006, back.Boundary.SRID);
        Assert.Equal(sa.TimeZone, back.TimeZone);
        Assert.True(back.Boundary.EqualsExact(sa.Boundary));

        var renamed = sa with { Name = "Luleå kommun" };
        Assert.Equal(new StudyAreaUpsertResult(false, false), await store.UpsertAsync(renamed));
        Assert.Equal("Luleå kommun", (await store.GetAsync("2580"))!.Name);
        Assert.Null(await store.GetAsync("nope"));
    }

    [Fact]
    public async Task Invalid_bow_tie_boundary_is_repaired()
    {
        var store = new StudyAreaStore(_db);
        var sa = new StudyArea("bow", "Bow tie", TestGeometry.Multi(TestGeometry.BowTie(0, 0, 1000)), 3006);
        Assert.False(sa.Boundary.IsValid);
        var result = await store.UpsertAsync(sa);
        Assert.True(result.Repaired);

        var back = (await store.GetAsync("bow"))!;
        Assert.True(back.Boundary.IsValid);
        Assert.Equal(2, back.Boundary.NumGeometries);
        Assert.Equal(500_000, back.Boundary.Area, 3);
    }

    [Fact]
    public async Task List_reports_area_and_counts()
    {
        var store = new StudyAreaStore(_db);
        var sa = TestGeometry.Lulea("list");
        await store.UpsertAsync(sa);
        await Loads.IncidentsAsync(_db, sa, [TestGeometry.Incident("1"), TestGeometry.Incident("2")]);
        var info = Assert.Single(await store.ListAsync(), i => i.Code == "list");
        Assert.Equal(new StudyAreaInfo("list", "Luleå", 3006, 400, 2, 0, 0), info with { AreaKm2 = Math.Round(info.AreaKm2, 6) });
    }

    [Fact]
    public async Task Boundary_in_another_srid_is_refused()
    {
        var store = new StudyAreaStore(_db);
        var wgs = new NetTopologySuite.Geometries.GeometryFactory(new NetTopologySuite.Geometries.PrecisionModel(), 4326);
        var boundary = wgs.CreateMultiPolygon([wgs.CreatePolygon([new(22, 65), new(23, 65), new(23, 66), new(22, 65)])]);
        var sa = new StudyArea("wrong", "Wrong", boundary, 3006);
        var e = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => store.UpsertAsync(sa));
        Assert.Equal("23514", e.SqlState); // check_violation
    }
}
