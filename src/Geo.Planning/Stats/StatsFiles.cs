using System.Globalization;
using Geo.Core.Crs;
using Geo.Analysis.Inference;
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
    /// <summary>Event times: ISO 8601 and the US month/day/year forms the importers read (times with an offset are converted to local time, the others used as written).</summary>
    private static readonly DateTimeParser Times = new(null);

    /// <summary>The time formats accepted, for help texts and errors.</summary>
    public static string TimeFormats => Times.Tried;

    /// <summary>Point events with an optional weight field and time field; rows without a location are left out and counted.</summary>
    public PointLayer ReadPoints(string path, string? weightField, string? timeField) => ReadPoints(path, weightField, timeField, new EventInput());

    /// <summary>
    /// Point events with an optional weight field and time field, filtered and projected as <paramref name="input"/> asks.
    /// Rows without a location, weight or time (empty, <c>NA</c>, <c>NULL</c>) are left out and counted; times with a UTC
    /// offset are converted to the local time of <see cref="EventInput.TimeZone"/>; longitude/latitude is projected to a
    /// metric CRS. Each step is announced in <see cref="PointLayer.Notices"/>.
    /// </summary>
    public PointLayer ReadPoints(string path, string? weightField, string? timeField, EventInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        input.Validate();
        if (!File.Exists(path)) throw new FileNotFoundException($"input file {path} not found.", path);
        using var reader = FeatureReaders.Open(path);
        var wi = weightField is null ? -1 : IndexOf(reader, weightField, "--field", path);
        var ti = timeField is null ? -1 : IndexOf(reader, timeField, "--time-field", path);
        var (xi, yi) = reader.HasGeometry ? (-1, -1) : XY(reader, path);
        var filter = new EventRowFilter(reader, input, path, ti);
        var xs = new List<double>();
        var ys = new List<double>();
        var ws = weightField is null ? null : new List<double>();
        var ts = timeField is null ? null : new List<DateTime>();
        int read = 0, without = 0, noWeight = 0, noTime = 0, converted = 0, wallClock = 0;
        TimeZoneInfo? zone = null;
        foreach (var row in reader.Read())
        {
            if (!filter.Keep(row)) continue;
            read++;
            var time = default(DateTime);
            if (ti >= 0)
            {
                if (IsMissing(row, ti)) { noTime++; continue; }
                if (!Times.TryParse(row.Span(ti), out var t))
                    throw new InvalidDataException($"{path} row {row.Row}: field {reader.Fields[ti]} has \"{row.Text(ti)}\", not a date or time ({Times.Tried}).");
                if (t.Offset is { } offset)
                {
                    zone ??= input.Zone();
                    time = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(t.Value - offset, DateTimeKind.Utc), zone);
                    converted++;
                }
                else { time = t.Value; wallClock++; }
                if (!filter.Keep(time)) continue;
            }
            var w = 1.0;
            if (wi >= 0)
            {
                if (IsMissing(row, wi)) { noWeight++; continue; }
                w = Number(reader, row, wi, reader.Fields[wi], path);
            }
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
                if (IsMissing(row, xi) || IsMissing(row, yi)) { without++; continue; }
                x = Number(reader, row, xi, reader.Fields[xi], path);
                y = Number(reader, row, yi, reader.Fields[yi], path);
            }
            xs.Add(x); ys.Add(y); ws?.Add(w); ts?.Add(time);
        }
        var notices = new List<string>(filter.Notices());
        if (noTime > 0) notices.Add(Missing(noTime, reader.Fields[ti]));
        if (noWeight > 0) notices.Add(Missing(noWeight, reader.Fields[wi]));
        if (converted > 0)
            notices.Add($"times: {converted} carry a UTC offset or Z: converted to {(input.TimeZone ?? EventInput.DefaultTimeZone)} local time" +
                        (input.TimeZone is null ? " (the default; give --time-zone IANA to choose)" : "") +
                        (wallClock > 0 ? $"; {wallClock} without an offset are taken as local wall-clock time as written" : ""));
        else if (input.TimeZone is not null && wallClock > 0)
            notices.Add($"times: none carries a UTC offset: taken as local wall-clock time as written (--time-zone {input.TimeZone} converts only times with an offset)");
        if (read == 0) throw NoRows(path);
        if (xs.Count < 2) throw new ArgumentException($"{path} has {xs.Count} located points{(input.Filters || noTime + noWeight > 0 ? " left after the filters and missing values" : "")}; at least 2 are needed.");
        var X = xs.ToArray();
        var Y = ys.ToArray();
        var crs = Project(reader, xi, yi, X, Y, input.Crs);
        if (crs.Notice is { } n) notices.Add(n);
        return new PointLayer(path, X, Y, ws?.ToArray(), ts?.ToArray(), read, without, crs.Srid) { Notices = notices };
    }

    /// <summary>The numeric <paramref name="field"/> of every row, with the rows' polygons or points and optional ids.</summary>
    public ValueLayer ReadValues(string path, string field, string? idField) => ReadValues(path, field, idField, null);

    /// <summary>
    /// The numeric <paramref name="field"/> of every row, with the rows' polygons or points and optional ids; rows without a
    /// value (empty, <c>NA</c>, <c>NULL</c>) are left out and counted; longitude/latitude is projected to <paramref name="crs"/>
    /// or the UTM zone of the data.
    /// </summary>
    public ValueLayer ReadValues(string path, string field, string? idField, int? crs)
    {
        if (crs is not null) new EventInput(crs).Validate();
        if (!File.Exists(path)) throw new FileNotFoundException($"input file {path} not found.", path);
        using var reader = FeatureReaders.Open(path);
        var fi = IndexOf(reader, field, "--field", path);
        var ii = idField is null ? -1 : IndexOf(reader, idField, "--id-field", path);
        var (xi, yi) = reader.HasGeometry ? (-1, -1) : XY(reader, path);
        var factory = GeometryServices.Factory(reader.DeclaredSrid ?? 0);
        var values = new List<double>();
        var ids = idField is null ? null : new List<string>();
        var idRows = idField is null ? null : new List<long>();
        var geometries = new List<Geometry>();
        var missing = 0;
        foreach (var row in reader.Read())
        {
            if (IsMissing(row, fi)) { missing++; continue; }
            values.Add(Number(reader, row, fi, field, path));
            ids?.Add(WeightsSpec.Canon(row.Text(ii)));
            idRows?.Add(row.Row);
            if (reader.HasGeometry)
            {
                if (row.GeometryError is { } err) throw new InvalidDataException($"{path} row {row.Row}: unparsable geometry: {err}");
                var g = row.Geometry ?? throw new InvalidDataException($"{path} row {row.Row}: the feature has no geometry.");
                if (g is not (Polygon or MultiPolygon or Point))
                    throw new InvalidDataException($"{path} row {row.Row}: {g.GeometryType} geometry; stats needs polygons or points.");
                geometries.Add(g.Copy());
            }
            else
            {
                var (x, y) = (Number(reader, row, xi, reader.Fields[xi], path), Number(reader, row, yi, reader.Fields[yi], path));
                geometries.Add(factory.CreatePoint(new Coordinate(x, y)));
            }
        }
        var notices = new List<string>();
        if (missing > 0) notices.Add(Missing(missing, reader.Fields[fi]));
        if (values.Count == 0 && missing == 0) throw NoRows(path);
        if (ids is not null) CheckUniqueIds(path, idField!, ids, idRows!);
        if (values.Count < 4) throw new ArgumentException($"{path} has {values.Count} rows{(missing > 0 ? $" with a value of {field} ({missing} without)" : "")}; spatial statistics need at least 4.");
        var extent = new Envelope();
        double sx = 0, sy = 0;
        var fine = false;
        foreach (var g in geometries)
        {
            var e = g.EnvelopeInternal;
            extent.ExpandToInclude(e);
            sx += e.Centre.X; sy += e.Centre.Y;
            fine = fine || WorkingCrs.Fine(e.MinX) || WorkingCrs.Fine(e.MinY) || WorkingCrs.Fine(e.MaxX) || WorkingCrs.Fine(e.MaxY);
        }
        var working = WorkingCrs.Resolve(reader, LonLatNames(reader, xi, yi), extent, sx / geometries.Count, sy / geometries.Count, fine, crs);
        if (working.Notice is { } n) notices.Add(n);
        if (working.Transform is { } tr)
            for (var i = 0; i < geometries.Count; i++) geometries[i] = tr.Apply(geometries[i]);
        var polygons = new List<Geometry>();
        var points = new List<(double, double)>();
        foreach (var g in geometries)
        {
            if (g is Point pt) points.Add((pt.X, pt.Y));
            else { polygons.Add(g); var c = g.Centroid; points.Add((c.X, c.Y)); }
        }
        var allPolygons = reader.HasGeometry && polygons.Count == values.Count;
        return new ValueLayer(path, field, values.ToArray(), ids?.ToArray(), allPolygons ? polygons : null, points, geometries, working.Srid) { Notices = notices };
    }

    /// <summary>Detects degrees and projects the points in place; the CRS of the coordinates afterwards, with its notice.</summary>
    private static WorkingCrs Project(IFeatureReader reader, int xi, int yi, double[] x, double[] y, int? crs)
    {
        var extent = new Envelope();
        double sx = 0, sy = 0;
        var fine = false;
        for (var i = 0; i < x.Length; i++)
        {
            extent.ExpandToInclude(x[i], y[i]);
            sx += x[i]; sy += y[i];
            fine = fine || WorkingCrs.Fine(x[i]) || WorkingCrs.Fine(y[i]);
        }
        var working = WorkingCrs.Resolve(reader, LonLatNames(reader, xi, yi), extent, sx / x.Length, sy / x.Length, fine, crs);
        if (working.Transform is { } t)
            for (var i = 0; i < x.Length; i++) t.Apply(ref x[i], ref y[i]);
        return working;
    }

    /// <summary>True when the x,y columns of a file without geometry are named lon/longitude and lat/latitude.</summary>
    private static bool LonLatNames(IFeatureReader reader, int xi, int yi) =>
        xi >= 0 && yi >= 0 && reader.Fields[xi].Trim().ToLowerInvariant() is "lon" or "long" or "lng" or "longitude"
        && reader.Fields[yi].Trim().ToLowerInvariant() is "lat" or "latitude";

    /// <summary>The notice of rows left out for a missing value.</summary>
    private static string Missing(int count, string field) =>
        $"{count} row{(count == 1 ? "" : "s")} without a value in field {field} (NA, NULL or empty) left out";

    /// <summary>
    /// The study-area boundary of a grid: the union of the polygons of <paramref name="path"/> (projected to the points' CRS
    /// when it declares another or is in degrees, and checked to lie where the points are), or without a file the points'
    /// convex hull; with one line describing it.
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
        var read = BoundaryReader.Read(reader, new BoundaryOptions());
        Geometry boundary = read.Boundary;
        var described = read.Describe(Path.GetFileName(path));
        var env = boundary.EnvelopeInternal;
        var declared = reader.DeclaredSrid;
        if (points.DeclaredSrid is { } target)
        {
            int? from = declared is { } b && b != target ? b
                : declared is null && reader.CrsProblem is null && WorkingCrs.InDegrees(env) ? CrsRegistry.Wgs84 : null;
            if (from is { } f)
            {
                boundary = CrsTransform.Create(f, target).Apply(boundary);
                described += $"; projected from EPSG:{f}{(declared is null ? " (no crs member: WGS 84 per RFC 7946)" : "")} to EPSG:{target} as the points";
            }
        }
        else if (declared is { } b && CrsRegistry.IsSupported(b) && CrsRegistry.IsGeographic(b))
            throw new ArgumentException($"--boundary {path} is in degrees (EPSG:{b}) but the CRS of {points.File} is not known: give it with --crs EPSG:N (e.g. EPSG:3006 for SWEREF 99 TM).");
        var box = boundary.EnvelopeInternal;
        var near = 0;
        for (var i = 0; i < points.Count && near == 0; i++) if (box.Contains(points.X[i], points.Y[i])) near++;
        if (near == 0)
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"none of the {points.Count} points of {points.File} lies within the extent of --boundary {path} (x {box.MinX:0.###} to {box.MaxX:0.###}, y {box.MinY:0.###} to {box.MaxY:0.###}): are both in the same CRS? Give the points' CRS with --crs EPSG:N."));
        return (boundary, described);
    }

    internal static int IndexOf(IFeatureReader reader, string name, string option, string path)
    {
        for (var i = 0; i < reader.Fields.Count; i++) if (reader.Fields[i] == name) return i;
        for (var i = 0; i < reader.Fields.Count; i++) if (string.Equals(reader.Fields[i], name, StringComparison.OrdinalIgnoreCase)) return i;
        if (!HasRows(path)) throw NoRows(path);
        throw new ArgumentException($"{option} {name}: no such field in {path}; fields: {string.Join(", ", reader.Fields)}.");
    }

    /// <summary>The x and y columns of a file without geometry (x/lon/longitude/easting/e and y/lat/latitude/northing/n).</summary>
    private static (int X, int Y) XY(IFeatureReader reader, string path)
    {
        var columns = new ColumnSet(reader);
        var xi = columns.Find("x", "lon", "longitude", "easting", "e");
        var yi = columns.Find("y", "lat", "latitude", "northing", "n");
        if ((xi < 0 || yi < 0) && !HasRows(path)) throw NoRows(path);
        if (xi < 0 || yi < 0)
            throw new ArgumentException($"{path} has no geometry and no x,y columns; fields: {string.Join(", ", reader.Fields)}.");
        return (xi, yi);
    }

    /// <summary>The data error of a layer without rows (an empty CSV, a GeoJSON without features), said before any field is looked up.</summary>
    private static StatisticInputException NoRows(string path) =>
        new($"{path} has no rows: there is nothing to analyse; check that the file is the layer you meant (and that an export did not stop early).");

    /// <summary>
    /// Whether the file has at least one row (read with a second reader, only when a field lookup failed); a first row that
    /// cannot be read counts as a row, so that the field error is the one reported.
    /// </summary>
    private static bool HasRows(string path)
    {
        try
        {
            using var reader = FeatureReaders.Open(path);
            return reader.Read().Any();
        }
        catch (Exception e) when (e is InputFormatException or InvalidDataException)
        {
            return true;
        }
    }

    /// <summary>--id-field values must identify the rows: the first repeated value is an error naming both rows.</summary>
    private static void CheckUniqueIds(string path, string idField, IReadOnlyList<string> ids, IReadOnlyList<long> rows)
    {
        if (InputCheck.DuplicateIds(ids) is not { } duplicate) return;
        var (first, second) = duplicate;
        throw new StatisticInputException(
            $"{path}: --id-field {idField} has the value \"{ids[first]}\" on row {rows[first]} and on row {rows[second]}; ids must identify the rows one to one (choose a unique field, or leave out --id-field to number the rows).");
    }

    /// <summary>True when the field is absent, null or blank in this row.</summary>
    private static bool IsBlank(FeatureRow row, int i) => row.IsNull(i) || row.Span(i).Trim().IsEmpty;

    /// <summary>True when the field is absent, null, blank, <c>NA</c> or <c>NULL</c> (any case) in this row: a missing value.</summary>
    private static bool IsMissing(FeatureRow row, int i)
    {
        if (IsBlank(row, i)) return true;
        var s = row.Span(i).Trim();
        return s.Equals("NA", StringComparison.OrdinalIgnoreCase) || s.Equals("NULL", StringComparison.OrdinalIgnoreCase);
    }

    private static double Number(IFeatureReader reader, FeatureRow row, int i, string field, string path)
    {
        if (NumberText.TryParseDouble(row.Span(i), reader.DecimalSeparator, out var v)) return v;
        var shown = IsBlank(row, i) ? "an empty value" : $"\"{row.Text(i)}\"";
        throw new InvalidDataException($"{path} row {row.Row}: field {field} has {shown}, not a number.");
    }
}
