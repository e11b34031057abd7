using System.Globalization;
using Geo.Core.Crs;
using Geo.Formats;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Valid;

namespace Geo.Import.Mapping;

/// <summary>
/// Reads a whole geometry per row (feature geometry or a WKT column), reprojects it to the study area's CRS,
/// reports invalid polygons (NTS <see cref="IsValidOp"/>: the database repairs them with ST_MakeValid) and checks it
/// against the study area with the distance tolerance.
/// </summary>
internal sealed class ShapeReader
{
    private readonly FieldValues _values;
    private readonly int _wktColumn = -1;
    private readonly WktGeometry _wkt = new();
    private readonly CrsTransform _transform;
    private readonly StudyAreaExtent _extent;
    private readonly double _tolerance;
    private readonly RejectAction _outsideAction;

    public ShapeReader(ColumnSet columns, IFeatureReader reader, ImportOptions options, FieldValues values, StudyAreaExtent extent, ICollection<string> notices)
    {
        var p = options.Profile;
        _values = values;
        _extent = extent;
        _tolerance = options.BoundaryToleranceMetres;
        _outsideAction = options.OutsideAction;
        if (p?.WktColumn is not null) _wktColumn = columns.Require(p.WktColumn, "WKT geometry");
        else if (!reader.HasGeometry) _wktColumn = columns.Find("wkt", "geometry", "the_geom", "geom");
        Mode = _wktColumn >= 0 ? CoordinateMode.Wkt : reader.HasGeometry ? CoordinateMode.Geometry : CoordinateMode.None;
        Field = _wktColumn >= 0 ? columns.Name(_wktColumn) : "geometry";
        _transform = CrsTransform.Create(options.StudyArea.Srid, options.StudyArea.Srid);
        _sourceSrid = options.StudyArea.Srid;
        if (Mode == CoordinateMode.None) return;
        var (srid, notice) = Mode == CoordinateMode.Wkt && options.SourceSrid is null && p?.Crs is null
            ? (options.StudyArea.Srid, $"source CRS EPSG:{options.StudyArea.Srid} (WKT column without --crs → study area CRS)")
            : SourceCrs.Resolve(options, reader, CoordinateMode.Geometry);
        _sourceSrid = srid;
        _geographicSource = CrsRegistry.IsGeographic(srid);
        _transform = CrsTransform.Create(srid, options.StudyArea.Srid);
        notices.Add(notice + (_transform.IsIdentity ? "" : $", reprojected to EPSG:{options.StudyArea.Srid}"));
    }

    private readonly int _sourceSrid;
    private readonly bool _geographicSource;

    public CoordinateMode Mode { get; }

    public string Field { get; }

    public int Column => _wktColumn;

    /// <summary>The row's geometry in the study area's CRS, or null (with a rejected issue) when there is none usable.</summary>
    public Geometry? Read(FeatureRow row, RowIssues issues)
    {
        Geometry? g;
        if (_wktColumn >= 0)
        {
            var text = _values.Get(row, _wktColumn);
            if (text.IsEmpty)
            {
                issues.Add(Field, text, $"{Field} is empty: no geometry", RejectAction.Rejected);
                return null;
            }
            if (!_wkt.TryRead(text, out g, out var error))
            {
                issues.Add(Field, text, $"unparsable geometry in {Field} ({error})", RejectAction.Rejected);
                return null;
            }
        }
        else
        {
            if (row.GeometryError is { } err)
            {
                issues.Add(Field, err, $"unparsable geometry: {err}", RejectAction.Rejected);
                return null;
            }
            g = row.Geometry;
        }
        if (g is null || g.IsEmpty)
        {
            issues.Add(Field, default, "geometry is empty", RejectAction.Rejected);
            return null;
        }
        var e = g.EnvelopeInternal;
        if (Beyond(e, PointReader.CoordinateLimit))
        {
            issues.Add(Field, Show(e), $"{Field} has coordinates beyond any coordinate system ({Show(e)}; more than 1,000,000 km from the origin, or not a number: a broken value?)", RejectAction.Rejected);
            return null;
        }
        if (_geographicSource && (Math.Abs(e.MinX) > 180 || Math.Abs(e.MaxX) > 180 || Math.Abs(e.MinY) > 90 || Math.Abs(e.MaxY) > 90))
        {
            issues.Add(Field, Show(e), $"{Field} has coordinates out of range for geographic EPSG:{_sourceSrid} ({Show(e)}; longitude within ±180, latitude within ±90): if the file is not in EPSG:{_sourceSrid}, give its CRS with --crs", RejectAction.Rejected);
            return null;
        }
        g = _transform.Apply(g);
        var t = g.EnvelopeInternal;
        if (!double.IsFinite(t.MinX) || !double.IsFinite(t.MinY) || !double.IsFinite(t.MaxX) || !double.IsFinite(t.MaxY) || Beyond(t, PointReader.CoordinateLimit))
        {
            issues.Add(Field, Show(e), $"{Field} ({Show(e)}) cannot be reprojected from EPSG:{_sourceSrid}", RejectAction.Rejected);
            return null;
        }
        return g;
    }

    /// <summary>True when a bound is beyond ±<paramref name="limit"/> or not a number.</summary>
    private static bool Beyond(Envelope e, double limit) =>
        !(Math.Abs(e.MinX) <= limit && Math.Abs(e.MaxX) <= limit && Math.Abs(e.MinY) <= limit && Math.Abs(e.MaxY) <= limit);

    private static string Show(Envelope e) => string.Create(CultureInfo.InvariantCulture,
        $"x {Fmt(e.MinX)} to {Fmt(e.MaxX)}, y {Fmt(e.MinY)} to {Fmt(e.MaxY)}");

    private static string Fmt(double v) => v.ToString(Math.Abs(v) < 1e15 ? "0.###" : "G6", CultureInfo.InvariantCulture);

    /// <summary>Reports an invalid polygon as repaired by the database (ST_MakeValid).</summary>
    public static void CheckValid(Geometry g, string field, RowIssues issues)
    {
        if (g is not (Polygon or MultiPolygon)) return;
        var op = new IsValidOp(g);
        if (op.IsValid) return;
        var e = op.ValidationError;
        var at = e.Coordinate is { } c ? $" at {c.X.ToString("0.###", CultureInfo.InvariantCulture)} {c.Y.ToString("0.###", CultureInfo.InvariantCulture)}" : "";
        issues.Add(field, e.Message + at, $"invalid polygon ({e.Message}{at}): repaired with ST_MakeValid", RejectAction.Repaired);
    }

    /// <summary>False (with a rejected issue) when <paramref name="g"/> lies beyond the tolerance outside the study area.</summary>
    public bool CheckExtent(Geometry g, RowIssues issues)
    {
        var d = _extent.DistanceTo(g);
        if (d == 0) return true;
        var shown = g.Centroid.Coordinate is { } c ? $"{g.GeometryType} near {c.X.ToString("0.#", CultureInfo.InvariantCulture)} {c.Y.ToString("0.#", CultureInfo.InvariantCulture)}" : g.GeometryType;
        if (d <= _tolerance)
        {
            issues.Add(Field, shown, $"outside study area {_extent.Code} by {d.ToString("N0", CultureInfo.InvariantCulture)} m, within the {_tolerance.ToString("N0", CultureInfo.InvariantCulture)} m tolerance: loaded", RejectAction.Warning);
            return true;
        }
        issues.Add(Field, shown, $"{Field} ({shown}) outside study area {_extent.Code} by {d.ToString("N0", CultureInfo.InvariantCulture)} m", _outsideAction);
        return false;
    }
}
