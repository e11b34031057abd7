using System.Globalization;
using System.Text;

namespace Geo.Formats.Grids;

/// <summary>
/// Writes an ESRI ASCII grid (.asc): the header (ncols, nrows, xllcorner, yllcorner, cellsize, NODATA_value) then the
/// rows from north to south, values as shortest round-trip invariant numbers, cells left out as the NODATA value; with a
/// CRS, its WKT in a <c>.prj</c> file beside it (same name, extension .prj), which GDAL and QGIS read as the grid's CRS.
/// </summary>
public static class EsriAsciiGridWriter
{
    public const double NoData = -9999;

    /// <param name="path">The .asc file.</param>
    /// <param name="columns">Cells per row.</param>
    /// <param name="rows">Rows.</param>
    /// <param name="minX">West edge of the grid.</param>
    /// <param name="minY">South edge of the grid.</param>
    /// <param name="cellSize">Cell side.</param>
    /// <param name="value">The value of cell (column, row), rows counted from the south; null or non-finite for no data.</param>
    /// <param name="crsWkt">WKT of the grid's CRS for the .prj beside it, or null for no .prj (an existing one is removed).</param>
    public static void Write(string path, int columns, int rows, double minX, double minY, double cellSize, Func<int, int, double?> value, string? crsWkt = null)
    {
        var prj = PrjPath(path);
        if (crsWkt is null) File.Delete(prj);
        else File.WriteAllText(prj, crsWkt, new UTF8Encoding(false));
        ArgumentNullException.ThrowIfNull(value);
        var inv = CultureInfo.InvariantCulture;
        using var w = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };
        w.Write($"ncols {columns}\nnrows {rows}\n");
        w.Write("xllcorner " + minX.ToString("R", inv) + "\nyllcorner " + minY.ToString("R", inv) + "\n");
        w.Write("cellsize " + cellSize.ToString("R", inv) + "\nNODATA_value " + NoData.ToString(inv) + "\n");
        for (var r = rows - 1; r >= 0; r--)
        {
            for (var c = 0; c < columns; c++)
            {
                if (c > 0) w.Write(' ');
                var v = value(c, r);
                w.Write(v is { } d && double.IsFinite(d) ? d.ToString("R", inv) : NoData.ToString(inv));
            }
            w.Write('\n');
        }
    }

    /// <summary>The .prj beside an .asc file.</summary>
    public static string PrjPath(string path) => Path.ChangeExtension(path, ".prj");
}
