using Geo.Core.Domain;
using Geo.Formats;
using NetTopologySuite;
using NetTopologySuite.Geometries;
using Geo.Core.Text;
using Geo.Core.Geometries;

namespace Geo.Import.Mapping;

/// <summary>
/// Maps rows to <see cref="Resource"/>s: the native columns (source_id, type, name, x/y or lat/lon or a feature
/// geometry, owner_agency, opening_hours, capacity, notes; other columns → attributes only when named, see
/// <see cref="AttributeWriter"/>) or a profile's columns.
/// </summary>
internal sealed class ResourceMapper : IRowMapper<Resource>
{
    private readonly FieldValues _values;
    private readonly RowIdentity _identity;
    private readonly string _idField;
    private readonly string _source;
    private readonly string? _fixedType;
    private readonly int _typeColumn = -1;
    private readonly ResourceTypeResolver? _types;
    private readonly StringPool _pool = new();
    private readonly int _name, _owner, _hours, _capacity, _notes;
    private readonly string? _fixedOwner;
    private readonly PointReader? _points;
    private readonly ShapeReader? _shapes;
    private readonly AttributeWriter _attributes;
    private readonly StoredText _text;

    public ResourceMapper(IFeatureReader reader, ImportOptions options, List<string> notices)
    {
        var p = options.Profile;
        var columns = new ColumnSet(reader);
        _values = new FieldValues(p?.NullValues);
        var used = new HashSet<int>();
        if (p is not null) notices.Add($"profile {p.Name} ({p.Origin})" + (p.Description is null ? "" : $": {p.Description}"));

        var idColumn = p is null ? columns.Require("source_id", "the resource's id in its source")
            : p.IdColumn is not null ? columns.Require(p.IdColumn, "the resource's id in its source") : -1;
        _idField = idColumn >= 0 ? columns.Name(idColumn) : "source_id";
        _identity = new RowIdentity(idColumn, _values);
        used.Add(idColumn);
        notices.Add(idColumn >= 0 ? $"ids from column '{_idField}'"
            : "ids: no id column → \"h\" + FNV-1a 64-bit hash of the row's text (+ \"-N\" for the N-th identical row): stable across re-imports");

        _source = options.Source is { Length: > 0 } os ? os : p?.Source ?? ImportOptions.DefaultSource;
        notices.Add(options.Source is { Length: > 0 } ? $"source '{_source}' (--source)"
            : p?.Source is not null ? $"source '{_source}' (profile)"
            : $"source '{_source}' (default: no profile or --source; give --source NAME to keep the ids of different systems apart)");
        if (_source.Length > StoredText.MaxIdLength)
            throw new ArgumentException($"The source name is {_source.Length:N0} characters long; at most {StoredText.MaxIdLength} are allowed.");

        if (p?.FixedType is { Length: > 0 } ft)
        {
            if (ResourceTypeResolver.Problem(ft) is { } problem) throw new InvalidDataException($"Profile {p.Name}: fixedType: {problem}.");
            _fixedType = ft;
            notices.Add($"type '{ft}' for every row (profile)");
        }
        else
        {
            _typeColumn = columns.Require(p?.TypeColumn ?? "type", "the resource type");
            used.Add(_typeColumn);
            _types = new ResourceTypeResolver(p?.TypeMapping, columns.Name(_typeColumn));
        }

        _name = p is null ? columns.Require("name", "the resource's name") : p.NameColumn is null ? -1 : columns.Require(p.NameColumn, "the resource's name");
        _owner = p?.OwnerColumn is not null ? columns.Require(p.OwnerColumn, "the owning agency") : columns.Find("owner_agency");
        _fixedOwner = p?.FixedOwner;
        _hours = p?.OpeningHoursColumn is not null ? columns.Require(p.OpeningHoursColumn, "opening hours") : columns.Find("opening_hours");
        _capacity = p?.CapacityColumn is not null ? columns.Require(p.CapacityColumn, "capacity") : columns.Find("capacity");
        _notes = p?.NotesColumn is not null ? columns.Require(p.NotesColumn, "notes") : columns.Find("notes");
        foreach (var i in new[] { _name, _owner, _hours, _capacity, _notes }) used.Add(i);

        var factory = GeometryServices.Factory(options.StudyArea.Srid);
        var extent = new StudyAreaExtent(options.StudyArea, factory);
        var pointColumns = p?.XColumn ?? p?.YColumn ?? p?.LatColumn ?? p?.LonColumn ?? p?.LatLonTextColumn;
        var hasPointColumns = pointColumns is not null
            || (columns.Find("x") >= 0 && columns.Find("y") >= 0)
            || (columns.Find("lat", "latitude") >= 0 && columns.Find("lon", "lng", "longitude") >= 0);
        if (hasPointColumns)
        {
            _points = new PointReader(columns, reader, options, _values, factory, extent, RejectAction.Rejected, notices, required: true);
            foreach (var c in _points.Columns) used.Add(c);
        }
        else
        {
            _shapes = new ShapeReader(columns, reader, options, _values, extent, notices);
            if (_shapes.Mode == CoordinateMode.None)
                throw columns.Missing("x, y", "coordinates: x and y, lat and lon, or a GeoJSON/GeoPackage geometry");
            used.Add(_shapes.Column);
        }
        _attributes = AttributeWriter.Create(columns, options, used, _values, notices);
        _text = new StoredText(columns, [idColumn], [_name, _owner, _hours, _notes, .. _attributes.ColumnIndexes]);
    }

    public Resource? Map(FeatureRow row, RowIssues issues)
    {
        var ok = true;
        var id = _identity.Read(row);
        if (id is null)
        {
            issues.Add(_idField, default, $"{_idField} is empty", RejectAction.Rejected);
            ok = false;
        }
        if (!_text.Check(row, _values, issues)) return null;

        var type = _fixedType ?? "";
        if (_types is not null)
        {
            var text = _values.Get(row, _typeColumn);
            if (!_types.TryResolve(text, out type, out var reason))
            {
                issues.Add("type", text, reason!, RejectAction.Rejected);
                ok = false;
            }
        }

        Geometry? geometry = null;
        if (_points is not null)
        {
            if (_points.Read(row, issues, out var point) != PointStatus.Ok) ok = false;
            geometry = point;
        }
        else
        {
            geometry = _shapes!.Read(row, issues);
            if (geometry is null || !_shapes.CheckExtent(geometry, issues)) ok = false;
            else ShapeReader.CheckValid(geometry, _shapes.Field, issues);
        }

        int? capacity = null;
        if (_capacity >= 0 && _values.Get(row, _capacity) is { IsEmpty: false } cap)
        {
            if (NumberText.TryParseInt(cap, out var c) && c >= 0) capacity = c;
            else issues.Add("capacity", cap, $"capacity '{cap}' is not a whole number: left empty", RejectAction.Warning);
        }

        // Opening hours are kept as given; what Geo cannot read (outside the common subset of OpenStreetMap's
        // opening_hours) is reported with the resource and the text, and counts as closed in the runs' coverage gaps.
        var hours = Text(row, _hours);
        if (hours is not null && !Geo.Core.Time.OpeningHours.TryParse(hours, out _, out var hoursError))
            issues.Add("opening_hours", hours, $"opening hours of resource {id} cannot be read ({hoursError}): kept as text; geo analyze counts it as closed", RejectAction.Warning);

        if (!ok) return null;
        return new Resource(_source, id!, type, Text(row, _name), geometry!,
            _fixedOwner ?? (_owner >= 0 ? Pooled(row, _owner) : null), hours, capacity, Text(row, _notes), _attributes.Write(row, issues));
    }

    public void Finish(ICollection<string> notices)
    {
        if (_points is { SwappedCount: > 0 })
            notices.Add($"warning: lat and lon looked swapped in {_points.SwappedCount:N0} row(s): swapped and loaded");
        _attributes.Finish(notices);
    }

    private string? Text(FeatureRow row, int column) =>
        column >= 0 && _values.Get(row, column) is { IsEmpty: false } v ? v.ToString() : null;

    private string? Pooled(FeatureRow row, int column) =>
        _values.Get(row, column) is { IsEmpty: false } v ? _pool.Get(v) : null;
}
