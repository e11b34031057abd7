namespace Geo.Planning.Tiles;

/// <summary>
/// A vector tile of a run: layer <see cref="Layer"/> (see <see cref="TileLayers"/>), tile <see cref="Z"/>/<see cref="X"/>/
/// <see cref="Y"/> of the Web Mercator (XYZ) grid, the category group of the areas and hotspots layers (null: total), and
/// the suppression threshold of the caller's view: counts from 1 to <see cref="SuppressBelow"/> − 1 are left out (0 or 1:
/// nothing is suppressed, the analyst's view).
/// </summary>
public sealed record TileRequest(long RunId, string Layer, int Z, int X, int Y, string? Group = null, int SuppressBelow = 0);
