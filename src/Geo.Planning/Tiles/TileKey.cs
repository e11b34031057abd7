namespace Geo.Planning.Tiles;

/// <summary>
/// The tile cache's key: the run (with its creation time, so that a deleted run's id is never answered from the cache
/// for another run), the layer, the tile, the category group and the view (the suppression threshold, 0 for the analyst).
/// </summary>
public readonly record struct TileKey(long RunId, long RunCreatedTicks, string Layer, int Z, int X, int Y, string Group, int SuppressBelow);
