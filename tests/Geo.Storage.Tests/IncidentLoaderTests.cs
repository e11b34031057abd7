using Geo.Core.Domain;
using Geo.Testing;
using Npgsql;

namespace Geo.Storage.Tests;

[Collection("postgis")]
public sealed class IncidentLoaderTests(PostGisFixture fixture) : IAsyncLifetime
{
    private GeoDatabase _db = null!;
    private readonly StudyArea _sa = TestGeometry.Lulea();

    public async Task InitializeAsync()
    {
        _db = await fixture.CreateDatabaseAsync();
        await new StudyAreaStore(_db).UpsertAsync(_sa);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private static IEnumerable<Incident> Range(int from, int to, int minute = 0) =>
        Enumerable.Range(from, to - from).Select(i => TestGeometry.Incident(i.ToString(System.Globalization.CultureInfo.InvariantCulture), x: 805_000 + i, minute: minute));

    [Fact]
    public async Task Reimport_counts_new_updated_unchanged()
    {
        Assert.Equal(new MergeCounts(100, 0, 0), await Loads.IncidentsAsync(_db, _sa, Range(0, 100)));
        Assert.Equal(new MergeCounts(0, 0, 100), await Loads.IncidentsAsync(_db, _sa, Range(0, 100)));

        // Overlap: 50..99 again, of which 90..99 changed, plus 100..149 new.
        var overlap = Range(50, 90).Concat(Range(90, 100, minute: 30)).Concat(Range(100, 150));
        Assert.Equal(new MergeCounts(50, 10, 40), await Loads.IncidentsAsync(_db, _sa, overlap));

        Assert.Equal(150L, await Loads.ScalarAsync<long>(_db, "SELECT count(*) FROM incident"));
        Assert.Equal(10L, await Loads.ScalarAsync<long>(_db, "SELECT count(*) FROM incident WHERE extract(minute FROM occurred_at) = 30"));
        // Unchanged rows keep the batch that last changed them: batch 2 changed nothing.
        Assert.Equal(2L, await Loads.ScalarAsync<long>(_db, "SELECT count(DISTINCT import_batch_id) FROM incident"));
    }

    [Fact]
    public async Task Every_column_round_trips_and_a_changed_point_or_attribute_counts_as_update()
    {
        var i = TestGeometry.Incident("x") with { SourceCategory = null, Attributes = null, TimePrecision = TimePrecision.Day, LocationPrecision = LocationPrecision.StreetSegment };
        await Loads.IncidentsAsync(_db, _sa, [i]);
        await using (var cmd = _db.DataSource.CreateCommand(
            "SELECT source, source_id, category, source_category, occurred_at, time_precision, ST_AsText(geom), ST_SRID(geom), location_precision, attributes FROM incident"))
        await using (var r = await cmd.ExecuteReaderAsync())
        {
            Assert.True(await r.ReadAsync());
            Assert.Equal(("test", "x", "theft"), (r.GetString(0), r.GetString(1), r.GetString(2)));
            Assert.True(r.IsDBNull(3));
            Assert.Equal(i.OccurredAt, r.GetFieldValue<DateTimeOffset>(4));
            Assert.Equal("day", r.GetString(5));
            Assert.Equal("POINT(805000 7305000)", r.GetString(6));
            Assert.Equal(3006, r.GetInt32(7));
            Assert.Equal("street_segment", r.GetString(8));
            Assert.True(r.IsDBNull(9));
        }
        Assert.Equal(new MergeCounts(0, 1, 0), await Loads.IncidentsAsync(_db, _sa, [i with { Location = TestGeometry.Point(805_000, 7_305_001) }]));
        Assert.Equal(new MergeCounts(0, 1, 0), await Loads.IncidentsAsync(_db, _sa, [i with { Location = TestGeometry.Point(805_000, 7_305_001), Attributes = """{"a":1}""" }]));
        Assert.Equal(new MergeCounts(0, 0, 1), await Loads.IncidentsAsync(_db, _sa, [i with { Location = TestGeometry.Point(805_000, 7_305_001), Attributes = """{ "a": 1 }""" }]));
    }

    [Fact]
    public async Task Concurrent_loads_of_the_same_keys_are_serialised()
    {
        var results = await Task.WhenAll(Loads.IncidentsAsync(_db, _sa, Range(0, 200)), Loads.IncidentsAsync(_db, _sa, Range(0, 200)));
        Assert.Contains(new MergeCounts(200, 0, 0), results);
        Assert.Contains(new MergeCounts(0, 0, 200), results);
        Assert.Equal(200L, await Loads.ScalarAsync<long>(_db, "SELECT count(*) FROM incident"));
    }

    [Fact]
    public async Task Later_duplicate_within_one_load_wins()
    {
        var rows = new[]
        {
            TestGeometry.Incident("d", category: "theft"),
            TestGeometry.Incident("e"),
            TestGeometry.Incident("d", category: "burglary"),
            TestGeometry.Incident("d", category: "vandalism"),
        };
        Assert.Equal(new MergeCounts(2, 0, 0), await Loads.IncidentsAsync(_db, _sa, rows));
        Assert.Equal("vandalism", await Loads.ScalarAsync<string>(_db, "SELECT category FROM incident WHERE source_id = 'd'"));
    }

    [Fact]
    public async Task Exception_before_commit_leaves_tables_unchanged()
    {
        await Loads.IncidentsAsync(_db, _sa, Range(0, 10));
        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await using var c = await _db.DataSource.OpenConnectionAsync();
            await using var tx = await c.BeginTransactionAsync();
            var batch = await ImportBatchStore.BeginAsync(c, tx, Loads.Draft(_sa, ImportKind.Incidents));
            await using var loader = await IncidentLoader.BeginAsync(c, _sa);
            foreach (var i in Range(5, 20, minute: 7)) loader.Add(i, 1);
            await loader.CompleteAndMergeAsync(batch);
            throw new InvalidOperationException("importer failed after the merge");
        });
        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await using var c = await _db.DataSource.OpenConnectionAsync();
            await using var tx = await c.BeginTransactionAsync();
            await using var loader = await IncidentLoader.BeginAsync(c, _sa);
            foreach (var i in Range(20, 30)) loader.Add(i, 1);
            throw new InvalidOperationException("importer failed while adding");
        });
        Assert.Equal(10L, await Loads.ScalarAsync<long>(_db, "SELECT count(*) FROM incident"));
        Assert.Equal(0L, await Loads.ScalarAsync<long>(_db, "SELECT count(*) FROM incident WHERE extract(minute FROM occurred_at) = 7"));
        Assert.Equal(1L, await Loads.ScalarAsync<long>(_db, "SELECT count(*) FROM import_batch"));
    }

    [Fact]
    public async Task Two_loads_in_one_transaction_work()
    {
        await using var c = await _db.DataSource.OpenConnectionAsync();
        await using var tx = await c.BeginTransactionAsync();
        var batch = await ImportBatchStore.BeginAsync(c, tx, Loads.Draft(_sa, ImportKind.Incidents));
        foreach (var range in new[] { Range(0, 5), Range(5, 8) })
        {
            await using var loader = await IncidentLoader.BeginAsync(c, _sa);
            foreach (var i in range) loader.Add(i, 1);
            await loader.CompleteAndMergeAsync(batch);
        }
        await tx.CommitAsync();
        Assert.Equal(8L, await Loads.ScalarAsync<long>(_db, "SELECT count(*) FROM incident"));
    }

    /// <summary>Indexes and constraints of incident, as the database describes them.</summary>
    private Task<string> IncidentSchemaAsync() => Loads.ScalarAsync<string>(_db, """
        SELECT (SELECT string_agg(indexdef, E'\n' ORDER BY indexname) FROM pg_indexes WHERE tablename = 'incident')
            || E'\n' || (SELECT string_agg(conname || ' ' || pg_get_constraintdef(oid), E'\n' ORDER BY conname) FROM pg_constraint WHERE conrelid = 'incident'::regclass)
        """);

    [Fact]
    public async Task A_large_load_rebuilds_the_keys_and_indexes_as_the_migrations_made_them()
    {
        var schema = await IncidentSchemaAsync();
        Task<long> KeyIndexOidAsync() => Loads.ScalarAsync<long>(_db, "SELECT 'incident_source_key'::regclass::oid::bigint");
        var oid = await KeyIndexOidAsync();
        var n = (int)IncidentLoader.RebuildIndexMinRows;
        Assert.Equal(new MergeCounts(n, 0, 0), await Loads.IncidentsAsync(_db, _sa, Range(0, n)));
        Assert.Equal(schema, await IncidentSchemaAsync());
        Assert.NotEqual(oid, oid = await KeyIndexOidAsync()); // rebuilt, not maintained row by row

        // 0.5 n unchanged and 1.5 n new rows: at least half the table, rebuilt again; the unique key still holds.
        Assert.Equal(new MergeCounts(n + n / 2, 0, n / 2), await Loads.IncidentsAsync(_db, _sa, Range(n / 2, 2 * n + n / 2)));
        Assert.Equal(schema, await IncidentSchemaAsync());
        Assert.NotEqual(oid, await KeyIndexOidAsync());
        Assert.Equal((long)(2 * n + n / 2), await Loads.ScalarAsync<long>(_db, "SELECT count(DISTINCT (source, source_id)) FROM incident"));
        var duplicate = await Assert.ThrowsAsync<PostgresException>(() => Loads.ScalarAsync<object>(_db, """
            INSERT INTO incident (study_area_code, source, source_id, category, occurred_at, time_precision, location_precision)
            SELECT study_area_code, source, source_id, category, occurred_at, time_precision, location_precision FROM incident LIMIT 1
            """));
        Assert.Equal(PostgresErrorCodes.UniqueViolation, duplicate.SqlState);
    }

    [Fact]
    public async Task A_failed_large_load_leaves_the_keys_and_indexes_in_place()
    {
        var schema = await IncidentSchemaAsync();
        var n = (int)IncidentLoader.RebuildIndexMinRows;
        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await using var c = await _db.DataSource.OpenConnectionAsync();
            await using var tx = await c.BeginTransactionAsync();
            var batch = await ImportBatchStore.BeginAsync(c, tx, Loads.Draft(_sa, ImportKind.Incidents));
            await using var loader = await IncidentLoader.BeginAsync(c, _sa);
            foreach (var i in Range(0, n)) loader.Add(i, 1);
            Assert.Equal(new MergeCounts(n, 0, 0), await loader.CompleteAndMergeAsync(batch));
            throw new InvalidOperationException("importer failed after the merge");
        });
        Assert.Equal(schema, await IncidentSchemaAsync());
        Assert.Equal(0L, await Loads.ScalarAsync<long>(_db, "SELECT count(*) FROM incident"));
    }

    [Fact]
    public async Task Loader_without_transaction_fails_clearly()
    {
        await using var c = await _db.DataSource.OpenConnectionAsync();
        var e = await Assert.ThrowsAsync<InvalidOperationException>(async () => await IncidentLoader.BeginAsync(c, _sa));
        Assert.Contains("transaction", e.Message);
    }

    [Fact]
    public async Task Srid_mismatch_is_refused_by_the_database()
    {
        var wgs = new NetTopologySuite.Geometries.GeometryFactory(new NetTopologySuite.Geometries.PrecisionModel(), 4326);
        var bad = TestGeometry.Incident("w") with { Location = wgs.CreatePoint(new NetTopologySuite.Geometries.Coordinate(22.1, 65.6)) };
        var e = await Assert.ThrowsAsync<PostgresException>(() => Loads.IncidentsAsync(_db, _sa, [TestGeometry.Incident("ok"), bad]));
        Assert.Equal("23514", e.SqlState);
        Assert.Contains("SRID 4326", e.MessageText);

        // Plain SQL is refused as well, on insert and on update.
        await Loads.IncidentsAsync(_db, _sa, [TestGeometry.Incident("ok")]);
        var insert = await Assert.ThrowsAsync<PostgresException>(() => Loads.ScalarAsync<object>(_db, """
            INSERT INTO incident (study_area_code, source, source_id, category, occurred_at, time_precision, geom, location_precision)
            VALUES ('2580', 'sql', '1', 'theft', now(), 'day', ST_SetSRID(ST_MakePoint(1, 2), 4326), 'exact')
            """));
        Assert.Equal("23514", insert.SqlState);
        var update = await Assert.ThrowsAsync<PostgresException>(() => Loads.ScalarAsync<object>(_db, "UPDATE incident SET geom = ST_SetSRID(geom, 3857)"));
        Assert.Equal("23514", update.SqlState);
        Assert.Equal(0L, await Loads.ScalarAsync<long>(_db, "SELECT count(*) FROM incident WHERE ST_SRID(geom) <> 3006"));
    }

    [Fact]
    public async Task Withheld_and_missing_locations_are_stored_without_point()
    {
        var withheld = TestGeometry.Incident("h") with { LocationPrecision = LocationPrecision.Withheld };
        var missing = TestGeometry.Incident("m") with { Location = null, LocationPrecision = LocationPrecision.AreaCentroid };
        var located = TestGeometry.Incident("l");
        await using (var c = await _db.DataSource.OpenConnectionAsync())
        {
            await using var tx = await c.BeginTransactionAsync();
            var batch = await ImportBatchStore.BeginAsync(c, tx, Loads.Draft(_sa, ImportKind.Incidents));
            await using var loader = await IncidentLoader.BeginAsync(c, _sa);
            loader.Add(withheld, 1);
            loader.Add(missing, 2);
            loader.Add(located, 3);
            Assert.Equal(2, loader.WithoutLocation);
            Assert.Equal(3, loader.Count);
            await loader.CompleteAndMergeAsync(batch);
            await tx.CommitAsync();
        }
        Assert.Equal("h,m", await Loads.ScalarAsync<string>(_db, "SELECT string_agg(source_id, ',' ORDER BY source_id) FROM incident WHERE geom IS NULL"));
        var e = await Assert.ThrowsAsync<PostgresException>(() => Loads.ScalarAsync<object>(_db, "UPDATE incident SET location_precision = 'withheld' WHERE source_id = 'l'"));
        Assert.Equal("23514", e.SqlState);
    }

    [Fact]
    public async Task Unknown_category_is_refused()
    {
        var e = await Assert.ThrowsAsync<PostgresException>(() => Loads.IncidentsAsync(_db, _sa, [TestGeometry.Incident("u", category: "no.such")]));
        Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, e.SqlState);
    }

    [Fact]
    public async Task Summaries_count_incidents_and_batches()
    {
        var rows = Range(0, 5).Concat([TestGeometry.Incident("b1", category: "burglary") with { Location = null }]);
        await Loads.IncidentsAsync(_db, _sa, rows);
        var q = new SummaryQueries(_db);
        var cats = await q.IncidentsByCategoryAsync(_sa.Code);
        Assert.Equal(2, cats.Count);
        Assert.Equal(("theft", 5L, 0L), (cats[0].Category, cats[0].Incidents, cats[0].WithoutLocation));
        Assert.Equal(("burglary", 1L, 1L), (cats[1].Category, cats[1].Incidents, cats[1].WithoutLocation));
        Assert.Equal("Stöld", cats[0].LabelSv);

        var batch = Assert.Single(await q.ImportBatchesAsync(_sa.Code));
        Assert.Equal((ImportKind.Incidents, 6L, 6L, 0L, Environment.UserName), (batch.Kind, batch.RowsRead, batch.RowsLoaded, batch.RowsRejected, batch.ImportedBy));
        Assert.NotNull(batch.FinishedAt);
        var summary = Assert.Single(await q.ImportBatchSummariesAsync(_sa.Code));
        Assert.Equal((new MergeCounts(6, 0, 0), 1L), (summary.Counts, summary.WithoutLocation));
    }
}
