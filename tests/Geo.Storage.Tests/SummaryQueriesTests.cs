using Geo.Core.Domain;
using Geo.Testing;

namespace Geo.Storage.Tests;

/// <summary>The per-source summary: counts, first and last dates in the study area's time zone, precision mixes.</summary>
[Collection("postgis")]
public sealed class SummaryQueriesTests(PostGisFixture fixture) : IAsyncLifetime
{
    private GeoDatabase _db = null!;

    public async Task InitializeAsync() => _db = await fixture.CreateDatabaseAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private static Incident At(string source, string id, DateTimeOffset at, TimePrecision tp = TimePrecision.Minute,
        LocationPrecision lp = LocationPrecision.Exact, bool point = true) =>
        TestGeometry.Incident(id, source: source) with { OccurredAt = at, TimePrecision = tp, LocationPrecision = lp, Location = point ? TestGeometry.Point(805_000, 7_305_000) : null };

    [Fact]
    public async Task Sources_have_counts_local_dates_and_precision_mixes()
    {
        var stockholm = TestGeometry.Lulea(); // Europe/Stockholm
        var chicago = TestGeometry.Lulea("CHI") with { TimeZone = "America/Chicago" };
        await new StudyAreaStore(_db).UpsertAsync(stockholm);
        await new StudyAreaStore(_db).UpsertAsync(chicago);
        // 23:30 UTC on New Year's Eve is already 2025 in Stockholm (UTC+1); 22:30 UTC on 30 June is 1 July there (UTC+2).
        var newYear = new DateTimeOffset(2024, 12, 31, 23, 30, 0, TimeSpan.Zero);
        var midsummer = new DateTimeOffset(2025, 6, 30, 22, 30, 0, TimeSpan.Zero);
        await Loads.IncidentsAsync(_db, stockholm,
        [
            At("police", "1", newYear),
            At("police", "2", midsummer, TimePrecision.Day, LocationPrecision.Address),
            At("police", "3", midsummer, TimePrecision.Hour, LocationPrecision.Withheld, point: false),
            At("police", "4", midsummer, TimePrecision.Month, LocationPrecision.AreaCentroid, point: false),
            At("municipal", "1", midsummer, TimePrecision.Year, LocationPrecision.StreetSegment),
        ]);
        // The same instants in Chicago (UTC-6 / UTC-5) are still 2024-12-31 and 2025-06-30.
        await Loads.IncidentsAsync(_db, chicago, [At("police", "1", newYear), At("police", "2", midsummer)]);

        var q = new SummaryQueries(_db);
        var sources = await q.IncidentsBySourceAsync(stockholm.Code);
        Assert.Equal(["municipal", "police"], sources.Select(s => s.Source));
        var police = sources[1];
        Assert.Equal(4, police.Incidents);
        Assert.Equal((new DateOnly(2025, 1, 1), new DateOnly(2025, 7, 1)), (police.FirstDate, police.LastDate));
        Assert.Equal(Enum.GetValues<LocationPrecision>(), police.ByLocationPrecision.Keys);
        Assert.Equal([1L, 1, 0, 1, 1], police.ByLocationPrecision.Values);
        Assert.Equal(2, police.WithoutPoint);
        Assert.Equal(Enum.GetValues<TimePrecision>(), police.ByTimePrecision.Keys);
        Assert.Equal([1L, 1, 1, 1, 0], police.ByTimePrecision.Values);
        var municipal = sources[0];
        Assert.Equal((1L, 0L), (municipal.Incidents, municipal.WithoutPoint));
        Assert.Equal(1, municipal.ByLocationPrecision[LocationPrecision.StreetSegment]);
        Assert.Equal(1, municipal.ByTimePrecision[TimePrecision.Year]);

        var chicagoPolice = Assert.Single(await q.IncidentsBySourceAsync(chicago.Code));
        Assert.Equal((new DateOnly(2024, 12, 31), new DateOnly(2025, 6, 30)), (chicagoPolice.FirstDate, chicagoPolice.LastDate));
        Assert.Empty(await q.IncidentsBySourceAsync("none"));
    }
}
