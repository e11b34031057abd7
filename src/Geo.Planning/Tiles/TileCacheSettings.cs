namespace Geo.Planning.Tiles;

/// <summary>The tile cache's bound in bytes (the HTTP service sets it from <c>Geo:TileCacheMegabytes</c>).</summary>
public sealed record TileCacheSettings(long Bytes)
{
    /// <summary>128 MB.</summary>
    public static TileCacheSettings Default { get; } = FromMegabytes(128);

    public static TileCacheSettings FromMegabytes(int megabytes) => new(Math.Max(0, (long)megabytes) * 1024 * 1024);
}
