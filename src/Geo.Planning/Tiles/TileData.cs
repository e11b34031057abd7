namespace Geo.Planning.Tiles;

/// <summary>A tile's bytes (empty when no feature falls in it) and its strong entity tag (quoted, a hash of the bytes).</summary>
public sealed record TileData(byte[] Bytes, string ETag)
{
    /// <summary>True when the tile has no feature.</summary>
    public bool IsEmpty => Bytes.Length == 0;
}
