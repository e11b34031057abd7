using Geo.Testing;
using Npgsql;

namespace Geo.Storage.Tests;

/// <summary>The database itself refuses orphans and SRID mismatches, whatever writes to it.</summary>
[Collection("postgis")]
public sealed class IntegrityTests(PostGisFixture fixture) : IAsyncLifetime
{
    private GeoDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await fixture.CreateDatabaseAsync();
        var sa = TestGeometry.Lulea();
        await new StudyAreaStore(_db).UpsertAsync(sa);
        await Loads.IncidentsAsync(_db, sa, [TestGeometry.Incident("1")]);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private async Task<string> RefusedAsync(string sql)
    {
        var e = await Assert.ThrowsAsync<PostgresException>(() => Loads.ScalarAsync<object>(_db, sql));
        return e.SqlState;
    }

    [Fact]
    public async Task Parents_of_incidents_cannot_be_removed()
    {
        Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, await RefusedAsync("DELETE FROM category WHERE code = 'theft'"));
        Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, await RefusedAsync("UPDATE category SET code = 'stolen' WHERE code = 'theft'"));
        Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, await RefusedAsync("DELETE FROM import_batch"));
        await Loads.ScalarAsync<object>(_db, "DELETE FROM import_batch WHERE false");
        // An unused category can go.
        await Loads.ScalarAsync<object>(_db, "INSERT INTO category (code, parent, label_sv, label_en) VALUES ('zz_unused', NULL, 'Oanvänd', 'Unused')");
        await Loads.ScalarAsync<object>(_db, "DELETE FROM category WHERE code = 'zz_unused'");
        Assert.Equal(0L, await Loads.ScalarAsync<long>(_db, "SELECT count(*) FROM category WHERE code = 'zz_unused'"));
    }

    [Fact]
    public async Task Orphan_incidents_are_refused()
    {
        const string insert = """
            INSERT INTO incident (study_area_code, source, source_id, category, occurred_at, time_precision, location_precision, import_batch_id)
            VALUES ({0}, 'sql', '1', {1}, now(), 'day', 'withheld', {2})
            """;
        Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, await RefusedAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, insert, "'nope'", "'theft'", "NULL")));
        Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, await RefusedAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, insert, "'2580'", "'no.such'", "NULL")));
        Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, await RefusedAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, insert, "'2580'", "'theft'", "999999")));
        Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, await RefusedAsync("UPDATE incident SET category = 'no.such'"));
        Assert.Equal(1L, await Loads.ScalarAsync<long>(_db, "SELECT count(*) FROM incident"));
    }

    [Fact]
    public async Task Study_area_with_incidents_keeps_its_srid_and_cannot_be_deleted()
    {
        Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, await RefusedAsync("DELETE FROM study_area"));
        Assert.Equal(PostgresErrorCodes.CheckViolation, await RefusedAsync("UPDATE study_area SET srid = 3857, boundary = ST_SetSRID(boundary, 3857)"));
    }

    [Fact]
    public async Task Resource_and_area_srid_mismatch_is_refused_in_plain_sql()
    {
        Assert.Equal(PostgresErrorCodes.CheckViolation, await RefusedAsync(
            "INSERT INTO resource (study_area_code, source, source_id, type, geom) VALUES ('2580', 's', '1', 'school', ST_SetSRID(ST_MakePoint(22, 65), 4326))"));
        await Loads.ScalarAsync<object>(_db, "INSERT INTO area_set (study_area_code, name, kind) VALUES ('2580', 'd', 'district')");
        Assert.Equal(PostgresErrorCodes.CheckViolation, await RefusedAsync(
            "INSERT INTO area (study_area_code, area_set, code, geom) VALUES ('2580', 'd', '1', ST_Multi(ST_MakeEnvelope(0, 0, 1, 1, 3857)))"));
        Assert.Equal(PostgresErrorCodes.CheckViolation, await RefusedAsync(
            "INSERT INTO area (study_area_code, area_set, code, geom) VALUES ('2580', 'd', '2', ST_Multi(ST_GeomFromText('POLYGON((0 0, 1 1, 1 0, 0 1, 0 0))', 3006)))"));
    }
}
