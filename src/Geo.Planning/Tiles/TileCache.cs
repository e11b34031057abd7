namespace Geo.Planning.Tiles;

/// <summary>
/// A least-recently-used cache of tiles bounded by bytes: each tile costs its length plus <see cref="Overhead"/>; adding
/// beyond the bound evicts the least recently read tiles first. Thread-safe (one lock; a lookup is a dictionary probe
/// and a list move).
/// </summary>
public sealed class TileCache(long capacityBytes)
{
    /// <summary>The bytes counted per entry besides the tile (key, node, entity tag).</summary>
    public const int Overhead = 256;

    private readonly Lock _gate = new();
    private readonly Dictionary<TileKey, LinkedListNode<(TileKey Key, TileData Tile)>> _map = [];
    private readonly LinkedList<(TileKey Key, TileData Tile)> _order = new();
    private long _bytes, _hits, _misses, _evictions;

    /// <summary>The tile under <paramref name="key"/>, or null; a hit makes it the most recently used.</summary>
    public TileData? Get(TileKey key)
    {
        lock (_gate)
        {
            if (!_map.TryGetValue(key, out var node)) { _misses++; return null; }
            _order.Remove(node);
            _order.AddFirst(node);
            _hits++;
            return node.Value.Tile;
        }
    }

    /// <summary>Stores <paramref name="tile"/> (a tile larger than the whole bound is not kept).</summary>
    public void Add(TileKey key, TileData tile)
    {
        var size = Size(tile);
        if (size > capacityBytes) return;
        lock (_gate)
        {
            if (_map.TryGetValue(key, out var old))
            {
                _order.Remove(old);
                _bytes -= Size(old.Value.Tile);
            }
            var node = _order.AddFirst((key, tile));
            _map[key] = node;
            _bytes += size;
            while (_bytes > capacityBytes && _order.Last is { } last)
            {
                _order.RemoveLast();
                _map.Remove(last.Value.Key);
                _bytes -= Size(last.Value.Tile);
                _evictions++;
            }
        }
    }

    /// <summary>Forgets every tile.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _map.Clear();
            _order.Clear();
            _bytes = 0;
        }
    }

    /// <summary>What the cache holds and how it has been used.</summary>
    public TileCacheStatistics Statistics
    {
        get { lock (_gate) return new TileCacheStatistics(_map.Count, _bytes, _hits, _misses, _evictions); }
    }

    private static long Size(TileData tile) => tile.Bytes.Length + Overhead;
}
