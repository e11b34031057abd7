using Geo.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace Geo.Storage;

/// <summary>The API keys of the HTTP service (<c>api_key</c>, migration 0007), through the EF Core model. Keys are stored hashed.</summary>
/// <param name="database">The Geo database.</param>
public sealed class ApiKeyStore(GeoDatabase database)
{
    /// <summary>Inserts a key and returns it with its id and creation time set.</summary>
    public async Task<ApiKeyEntity> AddAsync(ApiKeyEntity key, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var db = database.CreateDbContext();
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return key;
    }

    /// <summary>Every key, newest first.</summary>
    public async Task<IReadOnlyList<ApiKeyEntity>> ListAsync(CancellationToken ct = default)
    {
        await using var db = database.CreateDbContext();
        return await db.ApiKeys.AsNoTracking().OrderByDescending(k => k.Id).ToListAsync(ct).ConfigureAwait(false);
    }

    /// <summary>The key with this hash, revoked or not, or null.</summary>
    public async Task<ApiKeyEntity?> FindByHashAsync(byte[] keyHash, CancellationToken ct = default)
    {
        await using var db = database.CreateDbContext();
        return await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.KeyHash == keyHash, ct).ConfigureAwait(false);
    }

    /// <summary>Marks key <paramref name="id"/> revoked (now) unless it already is; returns the key, or null when there is none.</summary>
    public async Task<ApiKeyEntity?> RevokeAsync(long id, CancellationToken ct = default)
    {
        await using var db = database.CreateDbContext();
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id, ct).ConfigureAwait(false);
        if (key is null) return null;
        key.RevokedAt ??= DateTimeOffset.UtcNow;
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return key;
    }

    /// <summary>Sets the last-used time of key <paramref name="id"/> (at most once a minute is enough for the caller).</summary>
    public async Task TouchAsync(long id, DateTimeOffset at, CancellationToken ct = default)
    {
        await using var db = database.CreateDbContext();
        await db.ApiKeys.Where(k => k.Id == id).ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, at), ct).ConfigureAwait(false);
    }
}
