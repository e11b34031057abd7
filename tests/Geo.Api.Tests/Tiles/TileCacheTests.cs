using Geo.Planning.Tiles;

namespace Geo.Api.Tests.Tiles;

/// <summary>The tile cache keeps at most its bound in bytes and evicts the least recently read tile first.</summary>
public sealed class TileCacheTests
{
    private static TileKey Key(int x, int k = 0) => new(1, 42, TileLayers.Cells, 12, x, 7, "total", k);

    private static TileData Tile(int bytes) => new(new byte[bytes], TileService.ETagOf(new byte[bytes]));

    [Fact]
    public void The_least_recently_read_tile_goes_first_when_the_bound_is_reached()
    {
        var cache = new TileCache(3 * (1000 + TileCache.Overhead));
        cache.Add(Key(1), Tile(1000));
        cache.Add(Key(2), Tile(1000));
        cache.Add(Key(3), Tile(1000));
        Assert.NotNull(cache.Get(Key(1)));         // 1 is now the most recently read: 2 is the oldest
        cache.Add(Key(4), Tile(1000));
        Assert.Null(cache.Get(Key(2)));
        Assert.NotNull(cache.Get(Key(1)));
        Assert.NotNull(cache.Get(Key(3)));
        Assert.NotNull(cache.Get(Key(4)));
        var s = cache.Statistics;
        Assert.Equal(3, s.Tiles);
        Assert.Equal(3 * (1000 + TileCache.Overhead), s.Bytes);
        Assert.Equal(1, s.Evictions);
    }

    [Fact]
    public void The_view_is_part_of_the_key_and_a_tile_larger_than_the_bound_is_not_kept()
    {
        var cache = new TileCache(10_000);
        cache.Add(Key(1, k: 5), Tile(10));
        Assert.Null(cache.Get(Key(1, k: 0)));
        Assert.NotNull(cache.Get(Key(1, k: 5)));
        cache.Add(Key(2), Tile(20_000));
        Assert.Null(cache.Get(Key(2)));
        Assert.Equal(1, cache.Statistics.Tiles);
    }

    [Fact]
    public void The_etag_is_a_quoted_hash_of_the_bytes()
    {
        var a = TileService.ETagOf([1, 2, 3]);
        Assert.Matches("^\"[0-9a-f]{32}\"$", a);
        Assert.Equal(a, TileService.ETagOf([1, 2, 3]));
        Assert.NotEqual(a, TileService.ETagOf([1, 2, 4]));
    }

    [Theory]
    [InlineData(0, 0, 0, true)]
    [InlineData(22, 4194303, 4194303, true)]
    [InlineData(23, 0, 0, false)]
    [InlineData(-1, 0, 0, false)]
    [InlineData(3, 8, 0, false)]
    [InlineData(3, 0, 8, false)]
    [InlineData(3, -1, 0, false)]
    public void Tile_coordinates_are_checked(int z, int x, int y, bool valid) =>
        Assert.Equal(valid, TileService.CheckTile(z, x, y) is null);
}
