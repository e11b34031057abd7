using Geo.Core.Domain;
using Geo.Storage.Model;
using Geo.Testing;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace Geo.Storage.Tests;

/// <summary>
/// The EF Core model against the database the migrations build: every mapped table, column, type, nullability and key
/// exists and matches, so that the model (which never migrates) and the .sql migrations (which own the schema) cannot
/// drift apart; and the enum codes equal the migrations' CHECK constraints.
/// </summary>
[Collection("postgis")]
public sealed class ModelTests(PostGisFixture fixture) : IAsyncLifetime
{
    private GeoDatabase _db = null!;

    public async Task InitializeAsync() => _db = await fixture.CreateDatabaseAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private sealed record Column(string Type, bool NotNull);

    private async Task<Dictionary<string, Column>> ColumnsAsync(string table)
    {
        await using var cmd = _db.DataSource.CreateCommand("""
            SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS not_null
            FROM pg_attribute a
            WHERE a.attrelid = to_regclass($1) AND a.attnum > 0 AND NOT a.attisdropped
            """);
        cmd.Parameters.Add(new Npgsql.NpgsqlParameter { Value = table });
        await using var r = await cmd.ExecuteReaderAsync();
        var d = new Dictionary<string, Column>(StringComparer.Ordinal);
        while (await r.ReadAsync())
            d[r.GetString(r.GetOrdinal("name"))] = new Column(r.GetString(r.GetOrdinal("type")), r.GetBoolean(r.GetOrdinal("not_null")));
        return d;
    }

    private async Task<List<string>> PrimaryKeyAsync(string table)
    {
        await using var cmd = _db.DataSource.CreateCommand("""
            SELECT a.attname AS name
            FROM pg_index i
            JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, n) ON true
            JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
            WHERE i.indrelid = to_regclass($1) AND i.indisprimary
            ORDER BY k.n
            """);
        cmd.Parameters.Add(new Npgsql.NpgsqlParameter { Value = table });
        await using var r = await cmd.ExecuteReaderAsync();
        var list = new List<string>();
        while (await r.ReadAsync()) list.Add(r.GetString(0));
        return list;
    }

    [Fact]
    public async Task Every_mapped_table_column_type_and_key_matches_the_migrated_database()
    {
        await using var context = _db.CreateDbContext();
        var problems = new List<string>();
        var entities = context.Model.GetEntityTypes().ToList();
        Assert.Equal(22, entities.Count); // issue 11: the run tables, study_area_config, reference_load, reference_rate; issue 12: plan, plan_row, plan_row_event; issue 13: api_key, audit_log
        foreach (var entity in entities)
        {
            var table = entity.GetTableName()!;
            var columns = await ColumnsAsync(table);
            if (columns.Count == 0) { problems.Add($"{entity.ClrType.Name}: table {table} does not exist"); continue; }
            foreach (var property in entity.GetProperties())
            {
                var name = property.GetColumnName();
                if (!columns.TryGetValue(name, out var column)) { problems.Add($"{table}.{name}: no such column"); continue; }
                var modelType = property.GetColumnType();
                if (!string.Equals(modelType, column.Type, StringComparison.Ordinal))
                    problems.Add($"{table}.{name}: the model says {modelType}, the database {column.Type}");
                if (property.IsNullable == column.NotNull)
                    problems.Add($"{table}.{name}: the model says {(property.IsNullable ? "nullable" : "not null")}, the database the opposite");
            }
            var key = entity.FindPrimaryKey()!.Properties.Select(p => p.GetColumnName()).ToList();
            var dbKey = await PrimaryKeyAsync(table);
            if (!key.SequenceEqual(dbKey)) problems.Add($"{table}: the model's key is ({string.Join(", ", key)}), the database's ({string.Join(", ", dbKey)})");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Enum_codes_are_the_codes_the_check_constraints_allow()
    {
        async Task<string> CheckAsync(string table, string column)
        {
            await using var cmd = _db.DataSource.CreateCommand("""
                SELECT pg_get_constraintdef(c.oid) FROM pg_constraint c
                WHERE c.conrelid = to_regclass($1) AND c.contype = 'c' AND pg_get_constraintdef(c.oid) LIKE '%' || $2 || '%ANY%'
                """);
            cmd.Parameters.Add(new Npgsql.NpgsqlParameter { Value = table });
            cmd.Parameters.Add(new Npgsql.NpgsqlParameter { Value = column });
            return (string)(await cmd.ExecuteScalarAsync())!;
        }
        static List<string> Quoted(string definition) =>
            System.Text.RegularExpressions.Regex.Matches(definition, "'([a-z_]+)'").Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(Codes.TimePrecision.Codes, Quoted(await CheckAsync("incident", "time_precision")));
        Assert.Equal(Codes.LocationPrecision.Codes, Quoted(await CheckAsync("incident", "location_precision")));
        Assert.Equal(Codes.ImportKind.Codes, Quoted(await CheckAsync("import_batch", "kind")));
    }

    [Fact]
    public async Task Spatial_linq_runs_in_postgis_and_returns_nts_geometries()
    {
        var sa = TestGeometry.Lulea();
        await new StudyAreaStore(_db).UpsertAsync(sa);
        await Loads.IncidentsAsync(_db, sa, [TestGeometry.Incident("near"), TestGeometry.Incident("far", x: 810_000, y: 7_310_000)]);
        await using var context = _db.CreateDbContext();
        var near = TestGeometry.Incident("x").Location!;
        var query = context.Incidents.Where(i => i.StudyAreaCode == sa.Code && i.Geom!.IsWithinDistance(near, 100));
        Assert.Contains("ST_DWithin", query.ToQueryString());
        var found = await query.Select(i => i.SourceId).ToListAsync();
        Assert.Equal(["near"], found);
        var boundary = await context.StudyAreas.Where(s => s.Code == sa.Code).Select(s => s.Boundary).SingleAsync();
        Assert.IsType<MultiPolygon>(boundary);
        Assert.Equal(3006, boundary.SRID);
        var located = await context.Incidents.Where(i => i.Geom != null).Select(i => new { i.TimePrecision, i.LocationPrecision }).FirstAsync();
        Assert.Equal(TimePrecision.Minute, located.TimePrecision);
    }
}
