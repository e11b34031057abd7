namespace Geo.Storage.Model;

/// <summary>
/// A row of <c>api_key</c> (migration 0007): a named key of one role, stored as the SHA-256 hash of the key; the prefix
/// (the key's first characters) tells keys apart without revealing them.
/// </summary>
public sealed class ApiKeyEntity
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public required string Role { get; set; }
    public required string Prefix { get; set; }
    public required byte[] KeyHash { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
}
