namespace Geo.Planning.Tiles;

/// <summary>How a tile request ended.</summary>
public enum TileStatus
{
    /// <summary>The tile (possibly empty).</summary>
    Ok,

    /// <summary>A parameter is out of range (z, x, y, group): the message says which.</summary>
    BadRequest,

    /// <summary>No such layer, or no such completed run.</summary>
    NotFound,
}
