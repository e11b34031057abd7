using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Geo.Testing;

namespace Geo.Cli.Tests;

/// <summary><c>geo keys create|list|revoke</c> through the real command: the key is printed once and stored only as its hash.</summary>
[Collection("postgis")]
public sealed class KeysCliTests(PostGisFixture fixture) : CliDatabaseTest(fixture, "geo-keys-cli-")
{
    [Fact]
    public async Task Create_prints_the_key_once_list_never_shows_it_and_revoke_marks_it()
    {
        var created = await Geo("keys", "create", "--role", "coordinator", "--name", "Luleå samordnare");
        Assert.True(created.Exit == 0, created.Err);
        var key = created.Out.Trim();
        Assert.Matches("^geo_[A-Za-z0-9_-]{43}$", key);
        Assert.Contains("only time the key is shown", created.Err, StringComparison.Ordinal);

        // Stored as its SHA-256 hash with the prefix, never in clear.
        await using (var cmd = Db.DataSource.CreateCommand("SELECT key_hash, prefix, role, name FROM api_key"))
        await using (var r = await cmd.ExecuteReaderAsync())
        {
            Assert.True(await r.ReadAsync());
            Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(key)), (byte[])r[0]);
            Assert.Equal(key[..12], r.GetString(1));
            Assert.Equal("coordinator", r.GetString(2));
            Assert.Equal("Luleå samordnare", r.GetString(3));
            Assert.False(await r.ReadAsync());
        }

        var list = await Geo("keys", "list");
        Assert.Equal(0, list.Exit);
        Assert.DoesNotContain(key, list.Out, StringComparison.Ordinal);
        Assert.Contains(key[..12], list.Out, StringComparison.Ordinal);
        Assert.Contains("Luleå samordnare", list.Out, StringComparison.Ordinal);
        Assert.Contains("never", list.Out, StringComparison.Ordinal);

        var revoke = await Geo("keys", "revoke", key[..12]);
        Assert.True(revoke.Exit == 0, revoke.Err);
        Assert.Contains("revoked", revoke.Out, StringComparison.Ordinal);

        var json = await Geo("keys", "list", "--json");
        Assert.Equal(0, json.Exit);
        Assert.DoesNotContain(key, json.Out, StringComparison.Ordinal);
        var entry = Assert.Single(JsonDocument.Parse(json.Out).RootElement.EnumerateArray());
        Assert.True(entry.GetProperty("revoked").GetBoolean());
        Assert.Equal(JsonValueKind.String, entry.GetProperty("revokedAt").ValueKind);
    }

    [Fact]
    public async Task Bad_input_is_a_usage_error_and_an_unknown_key_says_how_to_find_it()
    {
        var role = await Geo("keys", "create", "--role", "boss", "--name", "x");
        Assert.Equal(2, role.Exit);
        var name = await Geo("keys", "create", "--role", "partner");
        Assert.Equal(2, name.Exit);
        var blank = await Geo("keys", "create", "--role", "partner", "--name", "  ");
        Assert.Equal(2, blank.Exit);
        Assert.Contains("name", blank.Err, StringComparison.Ordinal);
        var unknown = await Geo("keys", "revoke", "geo_nosuchkey");
        Assert.Equal(1, unknown.Exit);
        Assert.Contains("geo keys list", unknown.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", unknown.Err, StringComparison.Ordinal);
    }
}
