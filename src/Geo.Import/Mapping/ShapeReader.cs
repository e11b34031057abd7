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
        if (Mode == CoordinateMode.None) return;
        var (srid, notice) = SourceCrs.Resolve(options, reader, CoordinateMode.Geometry);
        if (Mode == CoordinateMode.Wkt && options.SourceSrid is null && p?.Crs is null)
            (srid, notice) = (options.StudyArea.Srid, $"source CRS EPSG:{options.StudyArea.Srid} (WKT column without --crs → study area CRS)");
        _transform = CrsTransform.Create(srid, options.StudyArea.Srid);
        notices.Add(notice + (_transform.IsIdentity ? "" : $", reprojected to EPSG:{options.StudyArea.Srid}"));
    }

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
        g = _transform.Apply(g);
        return g;
    }

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
