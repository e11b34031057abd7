using Geo.Formats.Csv;
using Geo.Formats.GeoJson;
using Geo.Formats.Grids;
using Geo.Core.Geometries;
using NetTopologySuite.Geometries;

namespace Geo.Planning.Stats;

/// <summary>
/// Writes the results of the statistics on files: rows to CSV (the <see cref="StatsRow.Columns"/>) or GeoJSON (one feature
/// per location with its geometry, the leading properties such as the cell count, then the results; coordinates as in the
/// input with a crs member naming the input's declared CRS, none when it declared none); density cells to CSV, GeoJSON or
/// an ESRI ASCII grid.
/// </summary>
public sealed class StatsOutput
{
    /// <summary>The kind of output file from its extension (".json" counts as ".geojson").</summary>
    /// <exception cref="ArgumentException">The extension is not among <paramref name="allowed"/>.</exception>
    public static string Kind(string path, params string[] allowed)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext == ".json") ext = ".geojson";
        if (!allowed.Contains(ext))
            throw new ArgumentException($"--out {Path.GetFileName(path)}: use a {string.Join(" or ", allowed.Select(a => "FILE" + a))} file name.");
        return ext;
    }

    /// <summary>Writes local rows to <paramref name="path"/> (.csv or .geojson).</summary>
    /// <param name="geometry">The geometry of location i (GeoJSON only).</param>
    /// <param name="leading">Properties written before the results for location i (GeoJSON only), or null.</param>
    /// <param name="srid">The input's declared CRS, named in the GeoJSON's crs member; null writes none.</param>
    public void WriteRows(string path, IReadOnlyList<StatsRow> rows, Func<int, Geometry> geometry, Func<int, (string, object?)[]>? leading, int? srid)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (Kind(path, ".csv", ".geojson") == ".csv")
        {
            using var csv = new CsvTableWriter(path, StatsRow.Columns);
            foreach (var r in rows) csv.Write(r.Values);
            return;
        }
        using var w = GeoJsonFeatureWriter.Create(path, crs: srid is { } s ? GeoJsonFeatureWriter.NamedCrs(s) : null);
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var props = new List<(string, object?)> { ("id", r.Id) };
            props.AddRange(leading?.Invoke(i) ?? []);
            props.AddRange([("statistic", r.Statistic), ("z", r.Z), ("p", r.P), ("pseudo_p", r.PseudoP), ("p_adjusted", r.PAdjusted), ("class", r.Class)]);
            w.Write(geometry(i), props);
        }
    }

    /// <summary>
    /// Writes the density cells to <paramref name="path"/>: .csv (id, x, y, density at cell centres), .geojson (square
    /// cells with id and density) or .asc (ESRI ASCII grid, −9999 outside the boundary).
    /// </summary>
    public void WriteDensity(string path, KdeSurface surface)
    {
        ArgumentNullException.ThrowIfNull(surface);
        var grid = surface.Grid;
        var density = surface.Result.Density;
        var cells = surface.Summary.Cells;
        switch (Kind(path, ".csv", ".geojson", ".asc"))
        {
            case ".csv":
            {
                using var csv = new CsvTableWriter(path, ["id", "x", "y", "density"]);
                for (var k = 0; k < cells.Length; k++)
                {
                    var (c, r) = (cells[k] % grid.Columns, cells[k] / grid.Columns);
                    csv.Write([k, grid.CentreX(c), grid.CentreY(r), density[cells[k]]]);
                }
                break;
            }
            case ".geojson":
            {
                var factory = GeometryServices.Factory(surface.Points.DeclaredSrid ?? 0);
                var srid = surface.Points.DeclaredSrid;
                using var w = GeoJsonFeatureWriter.Create(path, crs: srid is { } s ? GeoJsonFeatureWriter.NamedCrs(s) : null);
                for (var k = 0; k < cells.Length; k++)
                {
                    var (c, r) = (cells[k] % grid.Columns, cells[k] / grid.Columns);
                    double x0 = grid.MinX + c * grid.CellSize, y0 = grid.MinY + r * grid.CellSize, x1 = x0 + grid.CellSize, y1 = y0 + grid.CellSize;
                    w.Write(factory.CreatePolygon([new(x0, y0), new(x1, y0), new(x1, y1), new(x0, y1), new(x0, y0)]), [("id", k), ("density", density[cells[k]])]);
                }
                break;
            }
            default:
                EsriAsciiGridWriter.Write(path, grid.Columns, grid.Rows, grid.MinX, grid.MinY, grid.CellSize, (c, r) =>
                {
                    var i = r * grid.Columns + c;
                    return surface.Mask is null || surface.Mask[i] ? density[i] : null;
                });
                break;
        }
    }
}
