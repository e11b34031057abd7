using System.Globalization;
using Geo.Core.Crs;
using Geo.Formats;
using Geo.Import.Profiles;
using NetTopologySuite.Geometries;
using Geo.Core.Text;

namespace Geo.Import.Mapping;

/// <summary>
/// Reads one point per row from x/y, lat/lon, "(lat, lon)" text or a point geometry; treats empty and withheld
/// coordinates as missing; rejects coordinates no coordinate system has (beyond ±1,000,000 km, e.g. 1e300); fixes swapped
/// lat/lon; reprojects to the study area's CRS and checks the point against its boundary with the distance tolerance.
/// A row with both x/y (used) and lat/lon columns gets a warning when the two places lie further apart than the tolerance.
/// </summary>
internal sealed class PointReader
{
    private readonly FieldValues _values;
    private readonly RejectAction _missingAction;
    private readonly double[] _withheld;
    private readonly string? _withheldOrigin;
    private readonly int _a = -1, _b = -1; // x/y or lat/lon or text column indexes
    private readonly CrsTransform _transform;
    private readonly bool _geographicSource;
    private readonly StudyAreaExtent _extent;
    private readonly GeometryFactory _factory;
    private readonly double _tolerance;
    private readonly RejectAction _outsideAction;
    private readonly string _fieldLabel;
    private readonly string _nameA = "", _nameB = "";
    private readonly WktGeometry _wkt = new();
    private readonly int _lat = -1, _lon = -1; // lat/lon columns beside the x/y used, for the agreement check
    private readonly CrsTransform? _fromWgs84;

    /// <summary>Largest absolute coordinate accepted in any CRS (10^9 m or ft is far beyond the Earth; 1e300 is a broken value).</summary>
    internal const double CoordinateLimit = 1e9;

    public PointReader(ColumnSet columns, IFeatureReader reader, ImportOptions options, FieldValues values,
        GeometryFactory factory, StudyAreaExtent extent, RejectAction missingAction, ICollection<string> notices, bool required)
    {
        var p = options.Profile;
        _values = values;
        _factory = factory;
        _extent = extent;
        _missingAction = missingAction;
        _tolerance = options.BoundaryToleranceMetres;
        _outsideAction = options.OutsideAction;
        _withheld = p?.WithheldCoordinateValues ?? [];
        _withheldOrigin = p is null ? null : $"profile {p.Name}";
        DecimalSeparator = reader.DecimalSeparator;

        if (p?.XColumn is not null || p?.YColumn is not null)
        {
            Mode = CoordinateMode.XY;
            _a = columns.Require(p.XColumn ?? "x", "x coordinate (easting)");
            _b = columns.Require(p.YColumn ?? "y", "y coordinate (northing)");
        }
        else if (p?.LatColumn is not null || p?.LonColumn is not null)
        {
            Mode = CoordinateMode.LatLon;
            _a = columns.Require(p.LatColumn ?? "lat", "latitude");
            _b = columns.Require(p.LonColumn ?? "lon", "longitude");
        }
        else if (p?.LatLonTextColumn is not null)
        {
            Mode = CoordinateMode.LatLonText;
            _a = columns.Require(p.LatLonTextColumn, "\"(lat, lon)\" location text");
        }
        else if (p?.WktColumn is not null)
        {
            Mode = CoordinateMode.Wkt;
            _a = columns.Require(p.WktColumn, "WKT geometry");
        }
        else if (columns.Find("x") >= 0 && columns.Find("y") >= 0)
        {
            Mode = CoordinateMode.XY;
            (_a, _b) = (columns.Find("x"), columns.Find("y"));
        }
        else if (columns.Find("lat", "latitude") >= 0 && columns.Find("lon", "lng", "longitude") >= 0)
        {
            Mode = CoordinateMode.LatLon;
            (_a, _b) = (columns.Find("lat", "latitude"), columns.Find("lon", "lng", "longitude"));
        }
        else if (reader.HasGeometry)
        {
            Mode = CoordinateMode.Geometry;
        }
        else if (required)
        {
            var hint = columns.Find("lat", "latitude") >= 0 ? "lon" : columns.Find("x") >= 0 ? "y" : "x, y";
            throw columns.Missing(hint, "coordinates: x and y (study-area CRS or --crs) or lat and lon (WGS84)");
        }

        if (_a >= 0) _nameA = columns.Name(_a);
        if (_b >= 0) _nameB = columns.Name(_b);
        _fieldLabel = Mode switch
        {
            CoordinateMode.XY or CoordinateMode.LatLon => columns.Name(_a) + "," + columns.Name(_b),
            CoordinateMode.LatLonText or CoordinateMode.Wkt => columns.Name(_a),
            _ => "geometry",
        };
        var (srid, notice) = SourceCrs.Resolve(options, reader, Mode);
        SourceSrid = srid;
        _geographicSource = CrsRegistry.IsGeographic(srid);
        _transform = CrsTransform.Create(srid, options.StudyArea.Srid);
        if (Mode != CoordinateMode.None) notices.Add(notice + (_transform.IsIdentity ? "" : $", reprojected to EPSG:{options.StudyArea.Srid}"));

        if (Mode == CoordinateMode.XY)
        {
            _lat = columns.Find(p?.LatColumn ?? "lat", p?.LatColumn is null ? "latitude" : null);
            _lon = columns.Find(p?.LonColumn ?? "lon", p?.LonColumn is null ? "lng" : null, p?.LonColumn is null ? "longitude" : null);
            if (_lat >= 0 && _lon >= 0 && _lat != _a && _lat != _b && _lon != _a && _lon != _b)
            {
                _fromWgs84 = CrsTransform.Create(CrsRegistry.Wgs84, options.StudyArea.Srid);
                notices.Add($"location from {_fieldLabel}; {columns.Name(_lat)},{columns.Name(_lon)} are compared with it (a warning where they are more than {_tolerance.ToString("N0", CultureInfo.InvariantCulture)} m apart)");
            }
            else _lat = _lon = -1;
        }
    }

    public CoordinateMode Mode { get; }

    private string MissingOutcome => _missingAction == RejectAction.KeptWithoutLocation
        ? "kept without location"
        : "not loaded (a location is required)";

    public int SourceSrid { get; }

    public char DecimalSeparator { get; }

    /// <summary>Column indexes that hold the location (so they are not copied to attributes).</summary>
    public IEnumerable<int> Columns => new[] { _a, _b }.Where(i => i >= 0);

    /// <summary>Rows whose lat/lon were swapped back.</summary>
    public long SwappedCount { get; private set; }

    /// <summary>Reads the row's location; issues go to <paramref name="issues"/>.</summary>
    public PointStatus Read(FeatureRow row, RowIssues issues, out Point? point)
    {
        point = null;
        double a, b;
        ReadOnlySpan<char> raw;
        switch (Mode)
        {
            case CoordinateMode.None:
                issues.Add("location", default, $"no location columns: location missing, {MissingOutcome}", _missingAction);
                return PointStatus.Missing;
            case CoordinateMode.XY:
            case CoordinateMode.LatLon:
            {
                var sa = _values.Get(row, _a);
                var sb = _values.Get(row, _b);
                if (sa.IsEmpty || sb.IsEmpty)
                {
                    var which = sa.IsEmpty ? _nameA : _nameB;
                    issues.Add(which, sa.IsEmpty ? sa : sb, $"{which} is empty: location missing, {MissingOutcome}", _missingAction);
                    return PointStatus.Missing;
                }
                if (!NumberText.TryParseDouble(sa, DecimalSeparator, out a))
                    return Reject(issues, _nameA, sa, "unparsable coordinate");
                if (!NumberText.TryParseDouble(sb, DecimalSeparator, out b))
                    return Reject(issues, _nameB, sb, "unparsable coordinate");
                raw = default;
                break;
            }
            case CoordinateMode.LatLonText:
            {
                raw = _values.Get(row, _a);
                if (raw.IsEmpty)
                {
                    issues.Add(_fieldLabel, raw, $"{_fieldLabel} is empty: location missing, {MissingOutcome}", _missingAction);
                    return PointStatus.Missing;
                }
                if (!TryParseLatLonText(raw, out a, out b))
                    return Reject(issues, _fieldLabel, raw, "no \"(lat, lon)\" pair found in");
                break;
            }
            default:
                return ReadGeometry(row, issues, out point);
        }

        // a, b are (x, y) or (lat, lon).
        var latLon = Mode is CoordinateMode.LatLon or CoordinateMode.LatLonText;
        var x = latLon ? b : a;
        var y = latLon ? a : b;
        if (IsWithheld(a) || IsWithheld(b))
        {
            var field = Mode == CoordinateMode.LatLonText ? _fieldLabel : IsWithheld(a) ? _nameA : _nameB;
            var v = IsWithheld(a) ? a : b;
            issues.Add(field, v.ToString(CultureInfo.InvariantCulture),
                $"{field} = {v.ToString(CultureInfo.InvariantCulture)} means the location is withheld ({_withheldOrigin}): {MissingOutcome}", _missingAction);
            return PointStatus.Missing;
        }
        var status = Place(x, y, latLon, issues, out point);
        if (status == PointStatus.Ok && _fromWgs84 is not null) CheckAgainstLatLon(row, point!, x, y, issues);
        return status;
    }

    /// <summary>Warns when the row's lat/lon, reprojected, lies further than the tolerance from the x/y point used.</summary>
    private void CheckAgainstLatLon(FeatureRow row, Point point, double x, double y, RowIssues issues)
    {
        var latText = _values.Get(row, _lat);
        var lonText = _values.Get(row, _lon);
        if (latText.IsEmpty || lonText.IsEmpty
            || !NumberText.TryParseDouble(latText, DecimalSeparator, out var lat) || !NumberText.TryParseDouble(lonText, DecimalSeparator, out var lon)
            || Math.Abs(lat) > 90 || Math.Abs(lon) > 180) return;
        double lx = lon, ly = lat;
        _fromWgs84!.Apply(ref lx, ref ly);
        if (!double.IsFinite(lx) || !double.IsFinite(ly)) return;
        var d = Math.Sqrt((lx - point.X) * (lx - point.X) + (ly - point.Y) * (ly - point.Y));
        if (d <= _tolerance) return;
        var names = $"{_nameA},{_nameB},lat,lon";
        issues.Add(names, $"{Format(x, y)} / {Format(lat, lon)}", string.Create(CultureInfo.InvariantCulture,
            $"{_nameA},{_nameB} ({Format(x, y)}) and lat,lon ({Format(lat, lon)}) disagree: they lie {d:N0} m apart after reprojection, more than the {_tolerance:N0} m tolerance; {_nameA},{_nameB} used (check which is right)"),
            RejectAction.Warning);
    }

    private PointStatus Place(double x, double y, bool latLon, RowIssues issues, out Point? point)
    {
        point = null;
        // Written so that NaN (a WKT "POINT(NaN NaN)") fails too.
        if (!(Math.Abs(x) <= CoordinateLimit) || !(Math.Abs(y) <= CoordinateLimit))
            return Reject(issues, _fieldLabel, latLon ? Format(y, x) : Format(x, y), "coordinates beyond any coordinate system (more than 1,000,000 km from its origin, or not a number; a broken value?):");
        var inRange = !_geographicSource || (Math.Abs(y) <= 90 && Math.Abs(x) <= 180);
        double tx = x, ty = y;
        if (inRange)
        {
            _transform.Apply(ref tx, ref ty);
            if (Math.Abs(tx) > CoordinateLimit || Math.Abs(ty) > CoordinateLimit) tx = ty = double.NaN;
            if (double.IsFinite(tx) && double.IsFinite(ty) && _extent.Covers(tx, ty))
            {
                point = _factory.CreatePoint(new Coordinate(tx, ty));
                return PointStatus.Ok;
            }
        }
        if (latLon && _geographicSource && Math.Abs(x) <= 90 && Math.Abs(y) <= 180)
        {
            double sx = y, sy = x;
            _transform.Apply(ref sx, ref sy);
            if (double.IsFinite(sx) && double.IsFinite(sy) && !_extent.IsUnbounded && _extent.Covers(sx, sy))
            {
                SwappedCount++;
                issues.Add(_fieldLabel, Format(y, x),
                    $"lat and lon look swapped: lat {Fmt(y)}, lon {Fmt(x)} falls outside study area {_extent.Code}, lat {Fmt(x)}, lon {Fmt(y)} inside: swapped",
                    RejectAction.Warning);
                point = _factory.CreatePoint(new Coordinate(sx, sy));
                return PointStatus.Ok;
            }
        }
        var shown = latLon ? Format(y, x) : Format(x, y);
        if (!inRange)
            return Reject(issues, _fieldLabel, shown, latLon ? "coordinates out of range (|lat| ≤ 90, |lon| ≤ 180):" : $"coordinates out of range for geographic EPSG:{SourceSrid}:");
        if (!double.IsFinite(tx) || !double.IsFinite(ty))
            return Reject(issues, _fieldLabel, shown, $"coordinates cannot be reprojected from EPSG:{SourceSrid}:");
        var d = _extent.DistanceTo(tx, ty);
        if (d <= _tolerance)
        {
            issues.Add(_fieldLabel, shown,
                $"outside study area {_extent.Code} by {d.ToString("N0", CultureInfo.InvariantCulture)} m, within the {_tolerance.ToString("N0", CultureInfo.InvariantCulture)} m tolerance: loaded",
                RejectAction.Warning);
            point = _factory.CreatePoint(new Coordinate(tx, ty));
            return PointStatus.Ok;
        }
        issues.Add(_fieldLabel, shown, $"{_fieldLabel} ({shown}) outside study area {_extent.Code} by {d.ToString("N0", CultureInfo.InvariantCulture)} m", _outsideAction);
        return PointStatus.Rejected;
    }

    private PointStatus ReadGeometry(FeatureRow row, RowIssues issues, out Point? point)
    {
        point = null;
        Geometry? g;
        if (Mode == CoordinateMode.Wkt)
        {
            var text = _values.Get(row, _a);
            if (text.IsEmpty)
            {
                issues.Add(_fieldLabel, text, $"{_fieldLabel} is empty: location missing, {MissingOutcome}", _missingAction);
                return PointStatus.Missing;
            }
            if (!_wkt.TryRead(text, out g, out var error))
                return Reject(issues, _fieldLabel, text, $"unparsable geometry ({error}):");
        }
        else
        {
            if (row.GeometryError is { } err) return Reject(issues, "geometry", err, "unparsable geometry:");
            g = row.Geometry;
        }
        if (g is null || g.IsEmpty)
        {
            issues.Add("geometry", default, $"geometry is empty: location missing, {MissingOutcome}", _missingAction);
            return PointStatus.Missing;
        }
        if (g is not Point p)
            return Reject(issues, "geometry", g.GeometryType, "expected a point geometry, found");
        return Place(p.X, p.Y, false, issues, out point);
    }

    private bool IsWithheld(double v)
    {
        foreach (var w in _withheld)
        {
            if (v == w) return true;
        }
        return false;
    }

    /// <summary>Reads the last "(lat, lon)" pair of a text such as "3510 S Michigan Ave Chicago, IL 60653 (41.8308, -87.6233)".</summary>
    internal static bool TryParseLatLonText(ReadOnlySpan<char> s, out double lat, out double lon)
    {
        lat = lon = 0;
        var close = s.LastIndexOf(')');
        if (close < 0) return false;
        var open = s[..close].LastIndexOf('(');
        if (open < 0) return false;
        var inner = s[(open + 1)..close];
        var comma = inner.IndexOf(',');
        return comma > 0
               && NumberText.TryParseDouble(inner[..comma], '.', out lat)
               && NumberText.TryParseDouble(inner[(comma + 1)..], '.', out lon);
    }

    private static PointStatus Reject(RowIssues issues, string field, ReadOnlySpan<char> value, string what)
    {
        issues.Add(field, value, $"{what} {field} '{Truncate.Value(value)}'", RejectAction.Rejected);
        return PointStatus.Rejected;
    }

    private static string Fmt(double v) => v.ToString(Math.Abs(v) < 1e15 ? "0.######" : "G6", CultureInfo.InvariantCulture);

    private static string Format(double a, double b) => Fmt(a) + ", " + Fmt(b);
}
