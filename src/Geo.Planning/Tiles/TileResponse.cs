namespace Geo.Planning.Tiles;

/// <summary>The answer to a <see cref="TileRequest"/>: the tile, or why there is none in words a user can act on.</summary>
public sealed record TileResponse(TileStatus Status, TileData? Tile, string? Message)
{
    public static TileResponse Found(TileData tile) => new(TileStatus.Ok, tile, null);

    public static TileResponse Bad(string message) => new(TileStatus.BadRequest, null, message);

    public static TileResponse Missing(string message) => new(TileStatus.NotFound, null, message);
}
