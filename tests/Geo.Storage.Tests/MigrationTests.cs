using Geo.Core.Taxonomy;
using Geo.Testing;
using Npgsql;

namespace Geo.Storage.Tests;

[Collection("postgis")]
public sealed class MigrationTests(PostGisFixture fixture)
{
    [Fact]
    public async Task Migrations_apply_from_empty_and_are_idempotent()
    {
        var cs = await fixture.CreateEmptyDatabaseAsync();
        await using var db = await GeoDatabase.ConnectAsync(cs, migrate: false);
        Assert.All(await db.MigrationStatusAsync(), m => Assert.False(m.Applied));

        var first = await db.MigrateAsync();
        Assert.Contains("0001_initial", first);
        var status = await db.MigrationStatusAsync();
        Assert.All(status, m => { Assert.True(m.Applied); Assert.NotNull(m.AppliedAt); });
        Assert.Equal(first, status.Select(m => m.Name));

        Assert.Empty(await db.MigrateAsync());
    }

    [Fact]
    public async Task Concurrent_migrations_are_safe()
    {
        var cs = await fixture.CreateEmptyDatabaseAsync();
        await using var a = await GeoDatabase.ConnectAsync(cs, migrate: false);
        await using var b = await GeoDatabase.ConnectAsync(cs, migrate: false);
        var results = await Task.WhenAll(a.MigrateAsync(), b.MigrateAsync());
        Assert.Equal(SqlMigrationCount(), results.Sum(r => r.Count));
    }

    [Fact]
    public async Task Category_tables_follow_the_built_in_taxonomy()
    {
        await using var db = await fixture.CreateDatabaseAsync();
        await using var c = await db.DataSource.OpenConnectionAsync();
        var stored = new Dictionary<string, (string? Parent, string Sv, string En)>();
        await using (var cmd = new NpgsqlCommand("SELECT code, parent, label_sv, label_en FROM category", c))
        await using (var r = await cmd.ExecuteReaderAsync())
            while (await r.ReadAsync())
                stored[r.GetString(0)] = (r.IsDBNull(1) ? null : r.GetString(1), r.GetString(2), r.GetString(3));
        var builtIn = CategoryTaxonomy.BuiltIn.All;
        Assert.Equal(builtIn.Count, stored.Count);
        foreach (var cat in builtIn) Assert.Equal((cat.Parent, cat.LabelSv, cat.LabelEn), stored[cat.Code]);

        await using (var cmd = new NpgsqlCommand("SELECT count(*) FROM category_mapping", c))
            Assert.Equal(SourceMapping.BuiltIn.Values.Sum(m => m.Entries.Count), (long)(await cmd.ExecuteScalarAsync())!);

        // A changed label is restored; an unused foreign category is removed; a used one is kept.
        await using (var cmd = new NpgsqlCommand("""
            UPDATE category SET label_en = 'changed' WHERE code = 'theft';
            INSERT INTO category (code, parent, label_sv, label_en) VALUES ('zz.unused', NULL, 'x', 'x'), ('zz.used', NULL, 'y', 'y');
            INSERT INTO category_mapping (source, source_code, category) VALUES ('custom-source', 'A', 'zz.used');
            """, c))
            await cmd.ExecuteNonQueryAsync();
        Assert.Empty(await db.MigrateAsync());
        await using (var cmd = new NpgsqlCommand("SELECT string_agg(code || ':' || label_en, ',' ORDER BY code) FROM category WHERE code IN ('theft', 'zz.unused', 'zz.used')", c))
            Assert.Equal($"theft:{CategoryTaxonomy.BuiltIn.Find("theft")!.LabelEn},zz.used:y", (string)(await cmd.ExecuteScalarAsync())!);
    }

    private static int SqlMigrationCount() =>
        typeof(GeoDatabase).Assembly.GetManifestResourceNames().Count(n => n.StartsWith("Geo.Storage.Migrations.", StringComparison.Ordinal));
}
