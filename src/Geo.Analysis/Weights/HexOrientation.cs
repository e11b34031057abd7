namespace Geo.Analysis.Weights;

/// <summary>Orientation and offset layout of a hexagonal grid (Red Blob Games "offset coordinates").</summary>
public enum HexOrientation
{
    /// <summary>Pointy-top hexagons in rows; odd rows are shifted half a cell towards increasing column ("odd-r").</summary>
    PointyTopOddRowsShifted,
    /// <summary>Flat-top hexagons in columns; odd columns are shifted half a cell towards increasing row ("odd-q").</summary>
    FlatTopOddColumnsShifted,
}
