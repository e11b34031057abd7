using Geo.Core.Domain;
using Geo.Testing;

namespace Geo.Storage.Tests;

/// <summary>Nearest resource of each type and resources within a distance, in PostGIS, against hand-computed distances.</summary>
[Collection("postgis")]
public sealed class ResourceProximityQueriesTests(PostGisFixture fixture) : IAsyncLifetime
{
    private GeoDatabase _db = null!;
    private ResourceProximityQueries _q = null!;
    private readonly StudyArea _sa = TestGeometry.Lulea();
    private Dictionary<string, long> _ids = null!;

    public async Task InitializeAsync()
    {
        _db = await fixture.CreateDatabaseAsync();
        _q = new ResourceProximityQueries(_db);
        await new StudyAreaStore(_db).UpsertAsync(_sa);
        await Loads.ResourcesAsync(_db, _sa,
        [
            new Resource("k", "y1", "youth_centre", "Gården", TestGeometry.Point(805_000, 7_305_000), "kommun", "Mo-Fr 15:00-21:00"),
            new Resource("k", "y2", "youth_centre", "Hörnan", TestGeometry.Point(805_300, 7_305_400), "kommun"),
            new Resource("p", "p1", "police", "Polisen", TestGeometry.Point(806_000, 7_305_000), "polisen", "24/7"),
            // A field-work area as a polygon: its distance is to its edge.
            new Resource("k", "f1", "field_work_area", "Fält", TestGeometry.Square(805_000, 7_306_000, 200), "kommun"),
        ]);
        _ids = new Dictionary<string, long>();
        await using var cmd = _db.DataSource.CreateCommand("SELECT source_id, id FROM resource");
        await using var r = await cmd.ExecuteReaderAsync();
        while (await r.ReadAsync()) _ids[r.GetString(0)] = r.GetInt64(1);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    // Target 1: a point 100 m north of y1. Target 2: a 100 m square whose south-west corner is (805 500, 7 305 500).
    private static readonly ProximityTarget[] Targets =
    [
        new(1, TestGeometry.Point(805_000, 7_305_100)),
        new(2, TestGeometry.Multi(TestGeometry.Square(805_500, 7_305_500, 100))),
    ];

    [Fact]
    public async Task Nearest_resource_of_each_type_with_its_distance()
    {
        var nearest = await _q.NearestByTypeAsync(_sa.Code, Targets);
        // Hand-computed: target 1 to the square's south edge (y = 7 306 000) 900 m, to p1 √(1000² + 100²), to y1 100 m;
        // target 2 (corner 805 500/7 305 600) to f1's corner (805 200/7 306 000) √(300² + 400²) = 500, to p1 from its
        // corner (805 600/7 305 500) √(400² + 500²), to y2 √(200² + 100²) (y1 is farther: √(500² + 500²)).
        var expected = Expected();
        Assert.Equal(expected.Select(e => (e.Item1, e.Item2, e.Item3)), nearest.Select(n => (n.TargetId, n.Type, Key(n.ResourceId))));
        for (var i = 0; i < expected.Count; i++) Assert.Equal(expected[i].Item4, nearest[i].Distance, 1e-9);
        var y1 = nearest.Single(n => n.TargetId == 1 && n.Type == "youth_centre");
        Assert.Equal(("Gården", "kommun", "Mo-Fr 15:00-21:00"), (y1.Name, y1.Owner, y1.OpeningHours));

        // Only some types.
        var youth = await _q.NearestByTypeAsync(_sa.Code, Targets, ["youth_centre", "school"]);
        Assert.Equal([(1, "y1"), (2, "y2")], youth.Select(n => (n.TargetId, Key(n.ResourceId))));
        Assert.Empty(await _q.NearestByTypeAsync(_sa.Code, []));
        Assert.Empty(await _q.NearestByTypeAsync("none", Targets));
    }

    private static List<(int, string, string, double)> Expected() =>
    [
        (1, "field_work_area", "f1", 900.0),
        (1, "police", "p1", Math.Sqrt(1000 * 1000 + 100 * 100)),
        (1, "youth_centre", "y1", 100.0),
        (2, "field_work_area", "f1", Math.Sqrt(300 * 300 + 400 * 400)),
        (2, "police", "p1", Math.Sqrt(400 * 400 + 500 * 500)),
        (2, "youth_centre", "y2", Math.Sqrt(200 * 200 + 100 * 100)),
    ];

    private string Key(long id) => _ids.Single(p => p.Value == id).Key;

    [Fact]
    public async Task Resources_within_a_distance_nearest_first()
    {
        var within = await _q.WithinAsync(_sa.Code, Targets, 500);
        Assert.Equal(
        [
            (1, "y1", 100.0),
            (1, "y2", Math.Round(Math.Sqrt(300 * 300 + 300 * 300), 6)), // 424.264...
            (2, "y2", Math.Round(Math.Sqrt(200 * 200 + 100 * 100), 6)), // 223.607...
            (2, "f1", 500.0),                                            // exactly at the distance: included
        ], within.Select(w => (w.TargetId, Key(w.ResourceId), Math.Round(w.Distance, 6))));
        var police = await _q.WithinAsync(_sa.Code, Targets, 1005, ["police"]);
        Assert.Equal([(1, "p1"), (2, "p1")], police.Select(w => (w.TargetId, Key(w.ResourceId))));
        Assert.Equal(("Polisen", "polisen", "24/7"), (police[0].Name, police[0].Owner, police[0].OpeningHours));
        Assert.Empty(await _q.WithinAsync(_sa.Code, Targets, 50));

        // A target without SRID is taken in the study area's CRS.
        var bare = TestGeometry.Point(805_000, 7_305_100).Copy();
        bare.SRID = 0;
        Assert.Equal(["y1"], (await _q.WithinAsync(_sa.Code, [new ProximityTarget(9, bare)], 150)).Select(w => Key(w.ResourceId)));
    }
}
