namespace Geo.Analysis.Grids;

/// <summary>Shape of the cells of a <see cref="HotspotGrid"/>.</summary>
public enum GridShape
{
    /// <summary>Square cells, rows from south to north, columns from west to east.</summary>
    Square,
    /// <summary>
    /// Pointy-top hexagons in rows, odd rows shifted half a cell east (Red Blob Games "odd-r" offset coordinates,
    /// <see cref="Weights.HexOrientation.PointyTopOddRowsShifted"/>); the cell size is the flat-to-flat width.
    /// </summary>
    Hexagonal,
}
