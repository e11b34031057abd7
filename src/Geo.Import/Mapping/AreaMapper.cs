using System.Globalization;
using Geo.Core.Domain;
using Geo.Formats;
using NetTopologySuite;
using NetTopologySuite.Geometries;
using Geo.Core.Text;
using Geo.Core.Geometries;

namespace Geo.Import.Mapping;

/// <summary>
/// Maps features to <see cref="Area"/>s: the native properties (code, name, population, pop_&lt;band&gt; such as
/// pop_0_15 → "0-15"; other properties → attributes only when named, see <see cref="AttributeWriter"/>) or a
/// profile's. Geometries come out as MultiPolygons in the study area's CRS; points become circles only with a
/// profile's <c>pointAreaHectaresColumn</c>.
/// </summary>
internal sealed class AreaMapper : IRowMapper<Area>
{
    private readonly FieldValues _values;
    private readonly int _code, _name, _population, _pointArea;
    private readonly string _codeField;
    private readonly (string Band, int Column)[] _bands;
    private readonly ShapeReader _shapes;
    private readonly GeometryFactory _factory;
    private readonly AttributeWriter _attributes;
    private readonly StoredText _text;
    private readonly HashSet<string> _codes = new(StringComparer.Ordinal); // codes loaded so far: a code loads once
    private readonly IReadOnlyList<string> _columnNames;

    public AreaMapper(IFeatureReader reader, ImportOptions options, List<string> notices)
    {
        var p = options.Profile;
        var columns = new ColumnSet(reader);
        _columnNames = columns.Names;
        _values = new FieldValues(p?.NullValues);
        var used = new HashSet<int>();
        if (p is not null) notices.Add($"profile {p.Name} ({p.Origin})" + (p.Description is null ? "" : $": {p.Description}"));

        _code = columns.Require(p?.CodeColumn ?? "code", "the area code");
        _codeField = columns.Name(_code);
        _name = p?.NameColumn is not null ? columns.Require(p.NameColumn, "the area name") : columns.Find("name");
        _population = p?.PopulationColumn is not null ? columns.Require(p.PopulationColumn, "the population") : columns.Find("population");
        _pointArea = p?.PointAreaHectaresColumn is not null ? columns.Require(p.PointAreaHectaresColumn, "the area in hectares") : -1;
        var bands = new List<(string, int)>();
        if (p?.AgeBandColumns is { } abc)
        {
            foreach (var (band, col) in abc) bands.Add((band, columns.Require(col, $"population aged {band}")));
        }
        else if (p is null)
        {
            for (var i = 0; i < columns.Names.Count; i++)
            {
                if (BandOf(columns.Names[i]) is { } band) bands.Add((band, i));
            }
        }
        _bands = bands.ToArray();
        foreach (var i in new[] { _code, _name, _population, _pointArea }.Concat(_bands.Select(b => b.Column))) used.Add(i);
        notices.Add($"area codes from '{_codeField}'" + (_name >= 0 ? $", names from '{columns.Name(_name)}'" : ", no names")
            + (_population >= 0 ? $", population from '{columns.Name(_population)}'" : ", no population")
            + (_bands.Length > 0 ? $", age bands {string.Join(", ", _bands.Select(b => b.Band))}" : ""));

        _factory = GeometryServices.Factory(options.StudyArea.Srid);
        var extent = new StudyAreaExtent(options.StudyArea, _factory);
        _shapes = new ShapeReader(columns, reader, options, _values, extent, notices);
        if (_shapes.Mode == CoordinateMode.None)
            throw columns.Missing("geometry", "area polygons: a GeoJSON/GeoPackage geometry or a WKT column");
        used.Add(_shapes.Column);
        if (_pointArea >= 0)
            notices.Add($"point features become circles of the area in '{columns.Name(_pointArea)}' (hectares): an approximation of the real outline");
        _attributes = AttributeWriter.Create(columns, options, used, _values, notices);
        _text = new StoredText(columns, [_code], [_name, .. _attributes.ColumnIndexes]);
    }

    public Area? Map(FeatureRow row, RowIssues issues)
    {
        if (!_text.Check(row, _values, issues)) return null;
        var ok = true;
        var codeText = _values.Get(row, _code);
        string? code = null;
        if (codeText.IsEmpty)
        {
            issues.Add(_codeField, codeText, $"{_codeField} is empty", RejectAction.Rejected);
            ok = false;
        }
        else
        {
            code = codeText.ToString();
            if (_codes.Contains(code))
            {
                issues.Add(_codeField, codeText, $"area code '{code}' appears twice in {_codeField}", RejectAction.Rejected);
                ok = false;
            }
        }

        int? population = null;
        if (_population >= 0 && !ReadCount(row, _population, issues, "population", out population)) ok = false;
        Dictionary<string, int>? byAge = null;
        foreach (var (band, column) in _bands)
        {
            if (!ReadCount(row, column, issues, $"population aged {band}", out var n)) ok = false;
            else if (n is { } v) (byAge ??= new Dictionary<string, int>(StringComparer.Ordinal))[band] = v;
        }

        var g = _shapes.Read(row, issues);
        if (g is null) ok = false;
        else
        {
            g = ToMultiPolygon(g, row, issues);
            if (g is null || !_shapes.CheckExtent(g, issues)) ok = false;
            else ShapeReader.CheckValid(g, _shapes.Field, issues);
        }

        if (!ok) return null;
        _codes.Add(code!);
        var name = _name >= 0 && _values.Get(row, _name) is { IsEmpty: false } nm ? nm.ToString() : null;
        return new Area(code!, name, g!, population, byAge, _attributes.Write(row, issues));
    }

    public void Finish(ICollection<string> notices) => _attributes.Finish(notices);

    private MultiPolygon? ToMultiPolygon(Geometry g, FeatureRow row, RowIssues issues)
    {
        switch (g)
        {
            case MultiPolygon mp:
                return mp;
            case Polygon p:
            {
                var m = _factory.CreateMultiPolygon([p]);
                return m;
            }
            case Point pt when _pointArea >= 0:
            {
                var text = _values.Get(row, _pointArea);
                if (!NumberText.TryParseDouble(text, '.', out var ha) || ha <= 0)
                {
                    issues.Add("area", text, $"area '{text}' (hectares) is not a positive number: no circle can be drawn for the point", RejectAction.Rejected);
                    return null;
                }
                // A circle of the same area: r = √(A / π), A in m² (1 ha = 10,000 m²); 16 segments per quadrant.
                var r = Math.Sqrt(ha * 10_000 / Math.PI);
                var circle = (Polygon)_factory.CreatePoint(pt.Coordinate).Buffer(r, 16);
                return _factory.CreateMultiPolygon([circle]);
            }
            default:
                issues.Add(_shapes.Field, g.GeometryType, $"areas need a polygon or multipolygon; found {g.GeometryType}", RejectAction.Rejected);
                return null;
        }
    }

    private bool ReadCount(FeatureRow row, int column, RowIssues issues, string what, out int? value)
    {
        value = null;
        var text = _values.Get(row, column);
        if (text.IsEmpty) return true;
        if (NumberText.TryParseInt(text, out var n) && n >= 0)
        {
            value = n;
            return true;
        }
        var field = NameOf(column);
        issues.Add(field, text, $"non-numeric {what} '{text}' in {field} (expected a whole number ≥ 0)", RejectAction.Rejected);
        return false;
    }

    private string NameOf(int column) => _columnNames[column];

    /// <summary>"pop_0_15" → "0-15", "pop_65_plus" or "pop_65plus" → "65+"; null for other names (e.g. "pop_2023").</summary>
    internal static string? BandOf(string column)
    {
        if (!column.StartsWith("pop_", StringComparison.OrdinalIgnoreCase)) return null;
        var rest = column[4..];
        var parts = rest.Split('_');
        if (parts.Length == 2 && IsAge(parts[0]) && IsAge(parts[1])) return parts[0] + "-" + parts[1];
        if (parts.Length == 2 && IsAge(parts[0]) && parts[1].Equals("plus", StringComparison.OrdinalIgnoreCase)) return parts[0] + "+";
        if (parts.Length == 1 && rest.EndsWith("plus", StringComparison.OrdinalIgnoreCase) && IsAge(rest[..^4])) return rest[..^4] + "+";
        return null;
    }

    private static bool IsAge(string s) => s.Length is > 0 and <= 3 && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out _);
}
