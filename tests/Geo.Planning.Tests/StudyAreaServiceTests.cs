using Geo.Planning.StudyAreas;
using Geo.Storage;
using Geo.Testing;

namespace Geo.Planning.Tests;

[Collection("postgis")]
public sealed class StudyAreaServiceTests(PostGisFixture fixture) : IAsyncLifetime
{
    private GeoDatabase _db = null!;
    private StudyAreaService _service = null!;

    private static string Boundary => Path.Combine(RepoRoot.Path, "data", "sample", "boundary.geojson");

    public async Task InitializeAsync()
    {
        _db = await fixture.CreateDatabaseAsync();
        _service = new StudyAreaService(new StudyAreaStore(_db));
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Adds_then_replaces_and_lists_a_study_area()
    {
        var first = await _service.AddAsync(new StudyAreaAddRequest("9999", Boundary));
        Assert.True(first.Created);
        Assert.Equal("Exempelkommun", first.StudyArea.Name);
        Assert.Equal(3006, first.StudyArea.Srid);
        Assert.InRange(first.AreaKm2, 1000, 1100);
        Assert.Contains(first.Notices, n => n.Contains("one feature"));
        var again = await _service.AddAsync(new StudyAreaAddRequest("9999", Boundary, Name: "Exempel"));
        Assert.False(again.Created);
        var listed = Assert.Single(await _service.ListAsync());
        Assert.Equal("Exempel", listed.Name);
        Assert.Equal(0, listed.Incidents);
        Assert.Equal("Exempel", (await _service.GetAsync("9999")).Name);
    }

    [Fact]
    public async Task Refuses_a_geographic_crs_an_unknown_time_zone_and_an_unknown_code()
    {
        var crs = await Assert.ThrowsAsync<ArgumentException>(() => _service.AddAsync(new StudyAreaAddRequest("9999", Boundary, Crs: "EPSG:4326")));
        Assert.Contains("not a metric projected CRS", crs.Message);
        var zone = await Assert.ThrowsAsync<ArgumentException>(() => _service.AddAsync(new StudyAreaAddRequest("9999", Boundary, TimeZone: "Europe/Lulea")));
        Assert.Contains("Europe/Lulea", zone.Message);
        var missing = await Assert.ThrowsAsync<ArgumentException>(() => _service.GetAsync("0000"));
        Assert.Contains("geo study-area list", missing.Message);
        Assert.Empty(await _service.ListAsync());
    }
}
