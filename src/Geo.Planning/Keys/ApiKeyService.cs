using System.Security.Cryptography;
using System.Text;
using Geo.Core.Domain;
using Geo.Storage;
using Geo.Storage.Model;

namespace Geo.Planning.Keys;

/// <summary>
/// API keys of the HTTP service (<c>geo keys create|list|revoke</c>): a key is <c>geo_</c> followed by 43 characters of
/// base64url (256 random bits), shown once; the database keeps its SHA-256 hash and its first
/// <see cref="PrefixLength"/> characters.
/// </summary>
public sealed class ApiKeyService(ApiKeyStore store)
{
    /// <summary>Every key starts with this.</summary>
    public const string KeyStart = "geo_";

    /// <summary>How many leading characters of a key are kept in clear to tell keys apart.</summary>
    public const int PrefixLength = 12;

    /// <summary>Creates a key of <paramref name="role"/> named <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">Unknown role, or an empty or over-long name.</exception>
    public async Task<ApiKeyCreated> CreateAsync(string role, string name, string createdBy, CancellationToken ct = default)
    {
        if (!Roles.IsKnown(role))
            throw new ArgumentException($"Unknown role '{role}': use one of {string.Join(", ", Roles.All)}.", nameof(role));
        name = (name ?? "").Trim();
        if (name.Length == 0 || name.Length > 100)
            throw new ArgumentException("A key needs a name of 1 to 100 characters (who or what uses it, e.g. \"Luleå samordnare\").", nameof(name));
        var key = KeyStart + Base64Url(RandomNumberGenerator.GetBytes(32));
        var entity = await store.AddAsync(new ApiKeyEntity
        {
            Name = name, Role = role, Prefix = key[..PrefixLength], KeyHash = Hash(key), CreatedBy = createdBy,
        }, ct).ConfigureAwait(false);
        return new ApiKeyCreated(Info(entity), key);
    }

    /// <summary>Every key (revoked ones included), newest first.</summary>
    public async Task<IReadOnlyList<ApiKeyInfo>> ListAsync(CancellationToken ct = default) =>
        [.. (await store.ListAsync(ct).ConfigureAwait(false)).Select(Info)];

    /// <summary>Revokes the key with id <paramref name="idOrPrefix"/> or with that prefix.</summary>
    /// <exception cref="KeyNotFoundException">No such key, or a prefix that matches more than one.</exception>
    public async Task<ApiKeyInfo> RevokeAsync(string idOrPrefix, CancellationToken ct = default)
    {
        var all = await store.ListAsync(ct).ConfigureAwait(false);
        var matches = long.TryParse(idOrPrefix, out var id)
            ? all.Where(k => k.Id == id).ToList()
            : all.Where(k => idOrPrefix.Length >= 6 && k.Prefix.StartsWith(idOrPrefix, StringComparison.Ordinal)).ToList();
        if (matches.Count != 1)
            throw new KeyNotFoundException(matches.Count == 0
                ? $"No API key '{idOrPrefix}': give its id or prefix as geo keys list shows them."
                : $"'{idOrPrefix}' matches {matches.Count} keys: give the id.");
        var revoked = await store.RevokeAsync(matches[0].Id, ct).ConfigureAwait(false);
        return Info(revoked!);
    }

    /// <summary>The key's holder when <paramref name="key"/> is a valid, unrevoked key; otherwise null.</summary>
    public async Task<ApiKeyInfo?> AuthenticateAsync(string? key, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(key) || !key.StartsWith(KeyStart, StringComparison.Ordinal) || key.Length > 100) return null;
        var entity = await store.FindByHashAsync(Hash(key), ct).ConfigureAwait(false);
        return entity is null || entity.RevokedAt is not null ? null : Info(entity);
    }

    /// <summary>Records that key <paramref name="id"/> was used.</summary>
    public Task TouchAsync(long id, CancellationToken ct = default) => store.TouchAsync(id, DateTimeOffset.UtcNow, ct);

    /// <summary>SHA-256 of the key's UTF-8 bytes.</summary>
    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    private static ApiKeyInfo Info(ApiKeyEntity k) =>
        new(k.Id, k.Name, k.Role, k.Prefix, k.CreatedBy, k.CreatedAt, k.RevokedAt, k.LastUsedAt);

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
