namespace Geo.Planning.Keys;

/// <summary>What may be shown of an API key: never the key itself, only its prefix.</summary>
public sealed record ApiKeyInfo(long Id, string Name, string Role, string Prefix, string CreatedBy, DateTimeOffset CreatedAt,
    DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt)
{
    public bool Revoked => RevokedAt is not null;
}
