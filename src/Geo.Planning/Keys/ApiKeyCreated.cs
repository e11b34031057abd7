namespace Geo.Planning.Keys;

/// <summary>A new key: <see cref="Key"/> is shown once and never stored (only its hash is).</summary>
public sealed record ApiKeyCreated(ApiKeyInfo Info, string Key);
