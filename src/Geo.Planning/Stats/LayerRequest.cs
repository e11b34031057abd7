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
/// <param name="Events">The working CRS, and in grid mode the row filters and time zone of the point events.</param>
public sealed record LayerRequest(string Input, string? Field = null, string? IdField = null, GridRequest? Grid = null, EventInput? Events = null)
{
    /// <summary>Reads the layer (and builds the grid in grid mode).</summary>
    internal (ValueLayer Layer, PointGrid? Grid) Load(StatsFiles files)
    {
        if (Grid is null)
        {
            if (Field is null) throw new ArgumentException("--field NAME is required (or count point events on a grid with --cell-size M|auto).");
            if (Events is { Filters: true } || Events?.TimeZone is not null)
                throw new ArgumentException("--category, --where, --from, --to and --time-zone filter point events on a grid: add --cell-size M or --cell-size auto.");
            return (files.ReadValues(Input, Field, IdField, Events?.Crs), null);
        }
        if (IdField is not null) throw new ArgumentException("--id-field does not apply in grid mode: rows are identified by the cell index (0-based).");
        var points = files.ReadPoints(Input, Field, Events?.TimeField, Events ?? new EventInput());
        var grid = PointGrid.Build(points, Grid, files);
        return (grid.AsLayer(Field is null ? "count of points" : $"sum of {Field}"), grid);
    }
}
