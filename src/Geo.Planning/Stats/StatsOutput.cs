using Geo.Core.Crs;
using Geo.Core.Geometries;
using Geo.Formats.Csv;
using Geo.Formats.GeoJson;
using Geo.Formats.GeoPackage;
using Geo.Formats.Grids;
using NetTopologySuite.Geometries;

namespace Geo.Planning.Stats;

/// <summary>
/// Writes the results of the statistics on files so that a GIS opens them in the right place:
/// <list type="bullet">
/// <item>CSV: the columns as given (grid results: id, x, y of the cell centre in the working CRS, count, then the results).</item>
/// <item>GeoJSON: WGS 84 longitude/latitude as RFC 7946 requires, transformed from the working CRS with ProjNET; with
/// <see cref="OutputCrs.Keep"/> the working coordinates with a legacy <c>crs</c> member naming them. When the working CRS
/// is unknown GeoJSON is refused (give --crs) unless --keep-crs asks for the coordinates as they are, without a crs member.</item>
/// <item>GeoPackage (.gpkg): one layer in the working CRS, its definition in gpkg_spatial_ref_sys (undefined cartesian when unknown).</item>
/// <item>ESRI ASCII grid (.asc, density only): with a .prj beside it holding the working CRS in ESRI WKT (none when unknown).</item>
/// </list>
/// Every write returns notices saying what was written in which CRS.
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

    /// <summary>Writes local rows to <paramref name="path"/> (.csv, .geojson or .gpkg).</summary>
    /// <param name="geometry">The geometry of location i (GeoJSON and GeoPackage).</param>
    /// <param name="leading">Columns written after the id and before the results for location i (grid cells: x, y, count), or null.</param>
    /// <param name="crs">The working CRS and --keep-crs.</param>
    public IReadOnlyList<string> WriteRows(string path, IReadOnlyList<StatsRow> rows, Func<int, Geometry> geometry, Func<int, (string, object?)[]>? leading, OutputCrs crs)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var lead = rows.Count > 0 && leading is not null ? leading(0).Select(p => p.Item1).ToList() : [];
        List<string> columns = ["id", .. lead, .. StatsRow.Columns.Skip(1)];
        return WriteTable(path, columns, rows.Count, i =>
        {
            var r = rows[i];
            List<object?> v = [r.Id];
            if (leading is not null) v.AddRange(leading(i).Select(p => p.Item2));
            v.AddRange(r.Values.Skip(1));
            return v;
        }, geometry, crs, "results");
    }

    /// <summary>
    /// Writes a table with one geometry per row to <paramref name="path"/>: .csv (the columns only), .geojson or .gpkg
    /// (layer <paramref name="layer"/>), with the CRS rules of this class.
    /// </summary>
    public IReadOnlyList<string> WriteTable(string path, IReadOnlyList<string> columns, int count, Func<int, IReadOnlyList<object?>> values,
        Func<int, Geometry> geometry, OutputCrs crs, string layer)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(geometry);
        ArgumentNullException.ThrowIfNull(crs);
        switch (Kind(path, ".csv", ".geojson", ".gpkg"))
        {
            case ".csv":
            {
                using var csv = new CsvTableWriter(path, columns);
                for (var i = 0; i < count; i++) csv.Write(values(i));
                return crs.Working is { } s ? [$"CSV coordinates in EPSG:{s} ({CrsRegistry.Name(s)})"] : [];
            }
            case ".geojson":
            {
                var (transform, member, notice) = GeoJsonCrs(path, crs);
                using var w = GeoJsonFeatureWriter.Create(path, crs: member);
                for (var i = 0; i < count; i++)
                {
                    var v = values(i);
                    var g = geometry(i);
                    w.Write(transform is null ? g : transform.Apply(g), columns.Select((c, k) => (c, v[k])).ToList());
                }
                return [notice];
            }
            default:
            {
                var rows = Enumerable.Range(0, count).Select(values).ToList();
                var fields = columns.Select((c, k) => new GeoPackageField(c, SqlType(rows.Select(r => r[k])))).ToList();
                var geometries = Enumerable.Range(0, count).Select(geometry).ToList();
                var type = geometries.All(g => g is Point) ? "POINT" : geometries.All(g => g is Polygon or MultiPolygon or GeometryCollection) ? "MULTIPOLYGON" : "GEOMETRY";
                using var w = GeoPackage(path, layer, type, crs.Working, columns, fields);
                for (var i = 0; i < count; i++) w.Write(type == "MULTIPOLYGON" ? AsMultiPolygon(geometries[i]) : geometries[i], rows[i]);
                return [GeoPackageNotice(layer, crs.Working)];
            }
        }
    }

    /// <summary>
    /// Writes the density cells to <paramref name="path"/>: .csv (id, x, y, density at cell centres), .geojson or .gpkg
    /// (square cells with id, x, y, density) or .asc (ESRI ASCII grid, −9999 outside the boundary, with its .prj).
    /// </summary>
    public IReadOnlyList<string> WriteDensity(string path, KdeSurface surface, bool keepCrs = false) =>
        WriteSurface(path, surface.Grid, surface.Result.Density, surface.Summary.Cells, surface.Mask, new OutputCrs(surface.Srid, keepCrs), "density", "density");

    /// <summary>Writes any surface on a density grid (see <see cref="WriteDensity"/>): the value of each kept cell under <paramref name="name"/>.</summary>
    public IReadOnlyList<string> WriteSurface(string path, Geo.Analysis.Density.DensityGrid grid, double[] value, int[] cells, bool[]? mask, OutputCrs crs,
        string name, string layer)
    {
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(crs);
        if (Kind(path, ".csv", ".geojson", ".gpkg", ".asc") == ".asc")
        {
            EsriAsciiGridWriter.Write(path, grid.Columns, grid.Rows, grid.MinX, grid.MinY, grid.CellSize, (c, r) =>
            {
                var i = r * grid.Columns + c;
                return mask is null || mask[i] ? value[i] : null;
            }, crs.Working is { } s ? CrsDefinition.EsriWkt(s) : null);
            return crs.Working is { } w
                ? [$"wrote {Path.GetFileName(EsriAsciiGridWriter.PrjPath(path))} beside it: EPSG:{w} ({CrsRegistry.Name(w)})"]
                : [$"no .prj written: the CRS of the coordinates is unknown (give --crs EPSG:N)"];
        }
        var factory = GeometryServices.Factory(crs.Working ?? 0);
        return WriteTable(path, ["id", "x", "y", name], cells.Length, k =>
        {
            var (c, r) = (cells[k] % grid.Columns, cells[k] / grid.Columns);
            return [k, grid.CentreX(c), grid.CentreY(r), value[cells[k]]];
        }, k =>
        {
            var (c, r) = (cells[k] % grid.Columns, cells[k] / grid.Columns);
            double x0 = grid.MinX + c * grid.CellSize, y0 = grid.MinY + r * grid.CellSize, x1 = x0 + grid.CellSize, y1 = y0 + grid.CellSize;
            return factory.CreatePolygon([new(x0, y0), new(x1, y0), new(x1, y1), new(x0, y1), new(x0, y0)]);
        }, crs, layer);
    }

    /// <summary>How GeoJSON is written for <paramref name="crs"/>: the transform to WGS 84 (null: as they are), the crs member, the notice.</summary>
    /// <exception cref="ArgumentException">The working CRS is unknown and --keep-crs was not given.</exception>
    private static (CrsTransform? Transform, System.Text.Json.JsonElement? Member, string Notice) GeoJsonCrs(string path, OutputCrs crs)
    {
        var file = Path.GetFileName(path);
        if (crs.Working is not { } s)
        {
            if (!crs.Keep)
                throw new ArgumentException($"--out {file}: the CRS of the coordinates is unknown (the input declares none), so they cannot be written " +
                                            "in WGS 84 as GeoJSON requires (RFC 7946); give --crs EPSG:N for the input, or --keep-crs to write them as they are without a CRS.");
            return (null, null, $"{file}: coordinates as in the input, without a CRS (--keep-crs; the input declares none): a GIS may read them as degrees");
        }
        if (crs.Keep && s != CrsRegistry.Wgs84)
            return (null, GeoJsonFeatureWriter.NamedCrs(s), $"{file}: coordinates in EPSG:{s} ({CrsRegistry.Name(s)}) with a crs member naming it (--keep-crs; not RFC 7946)");
        return s == CrsRegistry.Wgs84
            ? (null, null, $"{file}: WGS 84 longitude/latitude (RFC 7946)")
            : (CrsTransform.Create(s, CrsRegistry.Wgs84), null, $"{file}: WGS 84 longitude/latitude (RFC 7946), transformed from EPSG:{s} ({CrsRegistry.Name(s)}); --keep-crs keeps EPSG:{s}");
    }

    private static GeoPackageFeatureWriter GeoPackage(string path, string layer, string type, int? srid, IReadOnlyList<string> columns, List<GeoPackageField> fields)
    {
        if (columns.Any(c => c.Equals("fid", StringComparison.OrdinalIgnoreCase) || c.Equals("geom", StringComparison.OrdinalIgnoreCase)))
            throw new ArgumentException("a column is named fid or geom, which the GeoPackage layer uses itself.");
        return srid is { } s
            ? new GeoPackageFeatureWriter(path, layer, type, s, CrsRegistry.Name(s), CrsDefinition.Wkt(s), fields)
            : new GeoPackageFeatureWriter(path, layer, type, null, null, null, fields);
    }

    private static string GeoPackageNotice(string layer, int? srid) => srid is { } s
        ? $"GeoPackage layer {layer} in EPSG:{s} ({CrsRegistry.Name(s)})"
        : $"GeoPackage layer {layer} with an undefined CRS: the input declares none (give --crs EPSG:N)";

    private static string SqlType(IEnumerable<object?> values)
    {
        var type = "INTEGER";
        var any = false;
        foreach (var v in values)
        {
            switch (v)
            {
                case null: continue;
                case int or long or short or byte or bool: any = true; break;
                case double or float or decimal: any = true; type = "REAL"; break;
                default: return "TEXT";
            }
        }
        return any ? type : "TEXT";
    }

    private static Geometry AsMultiPolygon(Geometry g) => g switch
    {
        MultiPolygon => g,
        Polygon p => g.Factory.CreateMultiPolygon([p]),
        GeometryCollection gc => g.Factory.CreateMultiPolygon(Enumerable.Range(0, gc.NumGeometries).Select(gc.GetGeometryN).OfType<Polygon>().ToArray()),
        _ => g,
    };
}
