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
        var refused = await Assert.ThrowsAsync<ArgumentException>(() => _service.AddAsync(new StudyAreaAddRequest("9999", Boundary, Name: "Exempel")));
        Assert.Contains("--replace", refused.Message);
        var again = await _service.AddAsync(new StudyAreaAddRequest("9999", Boundary, Name: "Exempel", Replace: true));
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

    [Fact]
    public async Task A_new_boundary_that_leaves_loaded_data_outside_is_refused_with_the_counts()
    {
        var code = "9999";
        await new Samples.SampleImportService(new StudyAreaStore(_db), new Imports.ImportService(new Geo.Import.Pipeline.ImportRunner(_db),
            GeoSettings.FromEnvironment(Path.Combine(Path.GetTempPath(), "geo-planning-" + Guid.NewGuid().ToString("N")))), new StudyAreaConfigStore(_db))
            .RunAsync(Path.Combine(RepoRoot.Path, "data", "sample"), code, "test");
        // A 2 km square somewhere inside the municipality: almost everything loaded lies outside it.
        var small = Path.Combine(Path.GetTempPath(), $"geo-small-{Guid.NewGuid():N}.geojson");
        File.WriteAllText(small, """{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::3006"}},"features":[{"type":"Feature","properties":{"code":"9999"},"geometry":{"type":"Polygon","coordinates":[[[828000,7288000],[830000,7288000],[830000,7290000],[828000,7290000],[828000,7288000]]]}}]}""");
        try
        {
            var e = await Assert.ThrowsAsync<ArgumentException>(() => _service.AddAsync(new StudyAreaAddRequest(code, small, Replace: true)));
            Assert.Matches(@"[\d,]+ incidents, [\d,]+ resources, 72 areas", e.Message);
            Assert.DoesNotContain(" 0 incidents", e.Message);
            // Nothing changed.
            var kept = await _service.GetAsync(code);
            Assert.InRange(kept.Boundary.Area / 1e6, 1000, 1100);
            // The same boundary again is accepted: nothing lies outside it.
            Assert.False((await _service.AddAsync(new StudyAreaAddRequest(code, Boundary, Replace: true))).Created);
        }
        finally { File.Delete(small); }
    }

    [Fact]
    public async Task Dissolve_unions_every_feature_of_a_file_and_without_it_the_error_says_so()
    {
        var two = Path.Combine(Path.GetTempPath(), $"geo-two-{Guid.NewGuid():N}.geojson");
        File.WriteAllText(two, """{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::3006"}},"features":[{"type":"Feature","properties":{"code":"A"},"geometry":{"type":"Polygon","coordinates":[[[0,7000000],[1000,7000000],[1000,7001000],[0,7001000],[0,7000000]]]}},{"type":"Feature","properties":{"code":"B"},"geometry":{"type":"Polygon","coordinates":[[[1000,7000000],[2000,7000000],[2000,7001000],[1000,7001000],[1000,7000000]]]}}]}""");
        try
        {
            var e = await Assert.ThrowsAsync<InvalidDataException>(() => _service.AddAsync(new StudyAreaAddRequest("X1", two)));
            Assert.Contains("--dissolve", e.Message);
            var r = await _service.AddAsync(new StudyAreaAddRequest("X1", two, Dissolve: true));
            Assert.Equal(2.0, r.AreaKm2, 6);
            Assert.Equal(1, r.StudyArea.Boundary.NumGeometries);
        }
        finally { File.Delete(two); }
    }
}
