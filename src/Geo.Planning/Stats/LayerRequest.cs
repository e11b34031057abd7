namespace Geo.Planning.Stats;

/// <summary>
/// The analysed layer of moran, gistar and lisa: the <paramref name="Field"/> of every row of <paramref name="Input"/>, or
/// with a <paramref name="Grid"/> the point events of <paramref name="Input"/> counted (or their <paramref name="Field"/>
/// summed) per grid cell.
/// </summary>
/// <param name="Input">GeoJSON (polygons or points), GeoPackage, or CSV with x,y columns.</param>
/// <param name="Field">The numeric field (required without a grid).</param>
/// <param name="IdField">The field identifying each row (not with a grid: cells are identified by index).</param>
/// <param name="Grid">Count point events on this grid instead of reading a field per row.</param>
public sealed record LayerRequest(string Input, string? Field = null, string? IdField = null, GridRequest? Grid = null)
{
    /// <summary>Reads the layer (and builds the grid in grid mode).</summary>
    internal (ValueLayer Layer, PointGrid? Grid) Load(StatsFiles files)
    {
        if (Grid is null)
        {
            if (Field is null) throw new ArgumentException("--field NAME is required (or count point events on a grid with --cell-size M|auto).");
            return (files.ReadValues(Input, Field, IdField), null);
        }
        if (IdField is not null) throw new ArgumentException("--id-field does not apply in grid mode: rows are identified by the cell index (0-based).");
        var points = files.ReadPoints(Input, Field, null);
        var grid = PointGrid.Build(points, Grid, files);
        return (grid.AsLayer(Field is null ? "count of points" : $"sum of {Field}"), grid);
    }
}
