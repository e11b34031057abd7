using Geo.Core.Geometries;
using Geo.Core.Text;
using Geo.Formats;
using Geo.Formats.Boundaries;
using Geo.Formats.Text;
using NetTopologySuite.Geometries;

namespace Geo.Planning.Stats;

/// <summary>
/// Reads the inputs of the statistics on files (<c>geo stats</c>, and later the API's file uploads): point events, value
/// layers and boundaries, with errors that name the file, row and field.
/// </summary>
public sealed class StatsFiles
{
    /// <summary>Event times: ISO 8601 and the US month/day/year forms the importers read (the wall-clock date is used).</summary>
    private static readonly DateTimeParser Times = new(null);

    /// <summary>The time formats accepted, for help texts and errors.</summary>
    public static string TimeFormats => Times.Tried;

    /// <summary>Point events with an optional weight field and time field; rows without a location are left out and counted.</summary>
    public PointLayer ReadPoints(string path, string? weightField, string? timeField)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"input file {path} not found.", path);
        using var reader = FeatureReaders.Open(path);
        var wi = weightField is null ? -1 : IndexOf(reader, weightField, "--field", path);
        var ti = timeField is null ? -1 : IndexOf(reader, timeField, "--time-field", path);
        var (xi, yi) = reader.HasGeometry ? (-1, -1) : XY(reader, path);
        var xs = new List<double>();
        var ys = new List<double>();
        var ws = weightField is null ? null : new List<double>();
        var ts = timeField is null ? null : new List<DateTime>();
        int read = 0, without = 0;
        foreach (var row in reader.Read())
        {
            read++;
            ParsedTime t = default;
            if (ti >= 0 && !Times.TryParse(row.Span(ti), out t))
            {
                var shown = IsBlank(row, ti) ? "an empty value" : $"\"{row.Text(ti)}\"";
                throw new InvalidDataException($"{path} row {row.Row}: field {reader.Fields[ti]} has {shown}, not a date or time ({Times.Tried}).");
            }
            var w = wi >= 0 ? Number(reader, row, wi, reader.Fields[wi], path) : 1;
            double x, y;
            if (reader.HasGeometry)
            {
                if (row.GeometryError is { } err) throw new InvalidDataException($"{path} row {row.Row}: unparsable geometry: {err}");
                if (row.Geometry is null || row.Geometry.IsEmpty) { without++; continue; }
                if (row.Geometry is not Point p)
                    throw new InvalidDataException($"{path} row {row.Row}: {row.Geometry.GeometryType} geometry; this needs point events (use the polygons without --cell-size).");
                (x, y) = (p.X, p.Y);
            }
            else
            {
                if (IsBlank(row, xi) || IsBlank(row, yi)) { without++; continue; }
                x = Number(reader, row, xi, reader.Fields[xi], path);
                y = Number(reader, row, yi, reader.Fields[yi], path);
            }
            xs.Add(x); ys.Add(y); ws?.Add(w); ts?.Add(t.Value);
        }
        if (xs.Count < 2) throw new ArgumentException($"{path} has {xs.Count} located points; at least 2 are needed.");
        return new PointLayer(path, xs.ToArray(), ys.ToArray(), ws?.ToArray(), ts?.ToArray(), read, without, reader.DeclaredSrid);
    }

    /// <summary>The numeric <paramref name="field"/> of every row, with the rows' polygons or points and optional ids.</summary>
    public ValueLayer ReadValues(string path, string field, string? idField)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"input file {path} not found.", path);
        using var reader = FeatureReaders.Open(path);
        var fi = IndexOf(reader, field, "--field", path);
        var ii = idField is null ? -1 : IndexOf(reader, idField, "--id-field", path);
        var (xi, yi) = reader.HasGeometry ? (-1, -1) : XY(reader, path);
        var factory = GeometryServices.Factory(reader.DeclaredSrid ?? 0);
        var values = new List<double>();
        var ids = idField is null ? null : new List<string>();
        var polygons = new List<Geometry>();
        var points = new List<(double, double)>();
        var geometries = new List<Geometry>();
        var allPolygons = reader.HasGeometry;
        foreach (var row in reader.Read())
        {
            values.Add(Number(reader, row, fi, field, path));
            ids?.Add(WeightsSpec.Canon(row.Text(ii)));
            if (reader.HasGeometry)
            {
                if (row.GeometryError is { } err) throw new InvalidDataException($"{path} row {row.Row}: unparsable geometry: {err}");
                var g = row.Geometry ?? throw new InvalidDataException($"{path} row {row.Row}: the feature has no geometry.");
                if (g is Polygon or MultiPolygon) { polygons.Add(g.Copy()); var c = g.Centroid; points.Add((c.X, c.Y)); }
                else if (g is Point pt) { allPolygons = false; points.Add((pt.X, pt.Y)); }
                else throw new InvalidDataException($"{path} row {row.Row}: {g.GeometryType} geometry; stats needs polygons or points.");
                geometries.Add(g.Copy());
            }
            else
            {
                var (x, y) = (Number(reader, row, xi, reader.Fields[xi], path), Number(reader, row, yi, reader.Fields[yi], path));
                points.Add((x, y));
                geometries.Add(factory.CreatePoint(new Coordinate(x, y)));
            }
        }
        if (values.Count < 4) throw new ArgumentException($"{path} has {values.Count} rows; spatial statistics need at least 4.");
        if (allPolygons && polygons.Count != values.Count) allPolygons = false;
        return new ValueLayer(path, field, values.ToArray(), ids?.ToArray(), allPolygons ? polygons : null, points, geometries, reader.DeclaredSrid);
    }

    /// <summary>
    /// The study-area boundary of a grid: the union of the polygons of <paramref name="path"/> (checked against the points'
    /// CRS), or without a file the points' convex hull; with one line describing it.
    /// </summary>
    public (Geometry Boundary, string Description) ReadBoundary(string? path, PointLayer points)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (path is null)
        {
            var coords = new Coordinate[points.Count];
            for (var i = 0; i < coords.Length; i++) coords[i] = new Coordinate(points.X[i], points.Y[i]);
            var hull = GeometryServices.Factory(points.DeclaredSrid ?? 0).CreateMultiPointFromCoords(coords).ConvexHull();
            if (hull.Area <= 0) throw new ArgumentException($"the points of {points.File} lie on a line; give --boundary FILE.");
            return (hull, $"the convex hull of the points ({hull.Area / 1e6:0.###} km²; no --boundary given)");
        }
        if (!File.Exists(path)) throw new FileNotFoundException($"boundary file {path} not found.", path);
        using var reader = FeatureReaders.Open(path);
        if (!reader.HasGeometry) throw new ArgumentException($"--boundary {path}: needs a GeoJSON (or GeoPackage) file with polygons.");
        if (points.DeclaredSrid is { } a && reader.DeclaredSrid is { } b && a != b)
            throw new ArgumentException($"--boundary {path} is in EPSG:{b} but {points.File} in EPSG:{a}; give both in the same CRS.");
        var read = BoundaryReader.Read(reader, new BoundaryOptions());
        return (read.Boundary, read.Describe(Path.GetFileName(path)));
    }

    private static int IndexOf(IFeatureReader reader, string name, string option, string path)
    {
        for (var i = 0; i < reader.Fields.Count; i++) if (reader.Fields[i] == name) return i;
        for (var i = 0; i < reader.Fields.Count; i++) if (string.Equals(reader.Fields[i], name, StringComparison.OrdinalIgnoreCase)) return i;
        throw new ArgumentException($"{option} {name}: no such field in {path}; fields: {string.Join(", ", reader.Fields)}.");
    }

    /// <summary>The x and y columns of a file without geometry (x/lon/longitude/easting/e and y/lat/latitude/northing/n).</summary>
    private static (int X, int Y) XY(IFeatureReader reader, string path)
    {
        var columns = new ColumnSet(reader);
        var xi = columns.Find("x", "lon", "longitude", "easting", "e");
        var yi = columns.Find("y", "lat", "latitude", "northing", "n");
        if (xi < 0 || yi < 0)
            throw new ArgumentException($"{path} has no geometry and no x,y columns; fields: {string.Join(", ", reader.Fields)}.");
        return (xi, yi);
    }

    /// <summary>True when the field is absent, null or blank in this row.</summary>
    private static bool IsBlank(FeatureRow row, int i) => row.IsNull(i) || row.Span(i).Trim().IsEmpty;

    private static double Number(IFeatureReader reader, FeatureRow row, int i, string field, string path)
    {
        if (NumberText.TryParseDouble(row.Span(i), reader.DecimalSeparator, out var v)) return v;
        var shown = IsBlank(row, i) ? "an empty value" : $"\"{row.Text(i)}\"";
        throw new InvalidDataException($"{path} row {row.Row}: field {field} has {shown}, not a number.");
    }
}
