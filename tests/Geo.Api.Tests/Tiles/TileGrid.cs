namespace Geo.Api.Tests.Tiles;

/// <summary>The XYZ (Web Mercator) tile of a WGS 84 position.</summary>
public static class TileGrid
{
    public static (int X, int Y) TileOf(double lon, double lat, int z)
    {
        var n = 1 << z;
        var x = (int)Math.Floor((lon + 180) / 360 * n);
        var rad = lat * Math.PI / 180;
        var y = (int)Math.Floor((1 - Math.Log(Math.Tan(rad) + 1 / Math.Cos(rad)) / Math.PI) / 2 * n);
        return (Math.Clamp(x, 0, n - 1), Math.Clamp(y, 0, n - 1));
    }

    /// <summary>Every tile at zoom <paramref name="z"/> that covers the box.</summary>
    public static IEnumerable<(int X, int Y)> Covering(double minLon, double minLat, double maxLon, double maxLat, int z)
    {
        var (x0, y0) = TileOf(minLon, maxLat, z);
        var (x1, y1) = TileOf(maxLon, minLat, z);
        for (var x = x0; x <= x1; x++)
            for (var y = y0; y <= y1; y++)
                yield return (x, y);
    }
}
