namespace Geo.Planning.Tiles;

/// <summary>The tile cache's state: tiles and bytes held, hits, misses (tiles made by PostgreSQL) and evictions.</summary>
public sealed record TileCacheStatistics(int Tiles, long Bytes, long Hits, long Misses, long Evictions);
