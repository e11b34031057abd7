using System.Globalization;
using Geo.Core.Domain;
using Geo.Core.Taxonomy;
using Geo.Formats;
using Geo.Import.Profiles;
using NetTopologySuite;
using NetTopologySuite.Geometries;
using Geo.Core.Geometries;

namespace Geo.Import.Mapping;

/// <summary>
/// Maps rows to <see cref="Incident"/>s: the native columns (source_id, occurred_at, category, x/y or lat/lon,
/// source, time_precision, location_precision; other columns → attributes only when named, see
/// <see cref="AttributeWriter"/>) or a profile's columns. See docs/import-formats.md.
/// </summary>
internal sealed class IncidentMapper : IRowMapper<Incident>
{
    private readonly FieldValues _values;
    private readonly RowIdentity _identity;
    private readonly string _idField;
    private readonly string? _source;
    private readonly int _sourceColumn = -1;
    private readonly StringPool _pool = new();
    private readonly TimeReader _time;
    private readonly string? _fixedCategory;
    private readonly int _categoryColumn = -1;
    private readonly CategoryResolver? _categories;
    private readonly LocationPrecision? _fixedLocationPrecision;
    private readonly int _locationPrecisionColumn = -1;
    private readonly PointReader _points;
    private readonly AttributeWriter _attributes;
    private readonly StoredText _text;

    /// <param name="reopen">Opens the file again (to look ahead in the date column), or null.</param>
    public IncidentMapper(IFeatureReader reader, ImportOptions options, List<string> notices, Func<IFeatureReader>? reopen = null)
    {
        var p = options.Profile;
        var columns = new ColumnSet(reader);
        _values = new FieldValues(p?.NullValues);
        var used = new HashSet<int>();
        if (p is not null) notices.Add($"profile {p.Name} ({p.Origin})" + (p.Description is null ? "" : $": {p.Description}"));

        // identity
        var idColumn = p is null ? columns.Require("source_id", "the incident's id in its source")
            : p.IdColumn is not null ? columns.Require(p.IdColumn, "the incident's id in its source") : -1;
        _idField = idColumn >= 0 ? columns.Name(idColumn) : "source_id";
        _identity = new RowIdentity(idColumn, _values);
        used.Add(idColumn);
        notices.Add(idColumn >= 0
            ? $"ids from column '{_idField}'"
            : "ids: no id column → \"h\" + FNV-1a 64-bit hash of the row's text (+ \"-N\" for the N-th identical row): stable across re-imports");

        // source
        if (options.Source is { Length: > 0 } os) _source = os;
        else if (p?.Source is { Length: > 0 } ps) _source = ps;
        else if (p is null && (_sourceColumn = columns.Find("source")) >= 0) used.Add(_sourceColumn);
        if (_source is null && _sourceColumn < 0)
        {
            _source = ImportOptions.DefaultSource;
            notices.Add($"source '{_source}' (default: no source column, profile or --source; give --source NAME to keep the ids of different systems apart)");
        }
        else if (_source is not null) notices.Add($"source '{_source}' ({(options.Source is { Length: > 0 } ? "--source" : "profile")})");
        else notices.Add("source from column 'source'");
        if (_source?.Length > StoredText.MaxIdLength)
            throw new ArgumentException($"The source name is {_source.Length:N0} characters long; at most {StoredText.MaxIdLength} are allowed.");

        // time
        _time = new TimeReader(columns, options, used, notices, reopen);

        // category
        var taxonomy = options.EffectiveTaxonomy;
        if (p?.FixedCategory is { Length: > 0 } fixedCategory)
        {
            if (!taxonomy.Contains(fixedCategory))
                throw new InvalidDataException($"Profile {p.Name}: fixedCategory '{fixedCategory}' is not in the taxonomy; closest: {string.Join(", ", taxonomy.Suggest(fixedCategory))}.");
            _fixedCategory = fixedCategory;
            if (p.CategoryColumn is not null) used.Add(_categoryColumn = columns.Require(p.CategoryColumn, "the source's own category"));
            notices.Add($"category '{fixedCategory}' for every row (profile)");
            if (options.Mapping is not null) notices.Add($"warning: the category mapping {options.Mapping.Source} (--mapping) is not used: profile {p.Name} gives every row the category '{fixedCategory}'");
        }
        else
        {
            _categoryColumn = columns.Require(p?.CategoryColumn ?? "category", "the incident category");
            used.Add(_categoryColumn);
            var mapping = options.Mapping ?? (p is null ? null : CategoryMappings.ForProfile(p, taxonomy));
            _categories = new CategoryResolver(taxonomy, mapping, columns.Name(_categoryColumn));
            var origin = options.Mapping is not null
                ? p?.CategoryMapping is { } overridden ? $"; --mapping, instead of the profile's '{overridden}'" : "; --mapping"
                : p?.CategoryMapping is { } own && CategoryMappings.IsPath(own) ? $"; the profile's {own}" : "";
            notices.Add(mapping is null
                ? $"categories: column '{columns.Name(_categoryColumn)}' holds taxonomy codes"
                : $"categories: column '{columns.Name(_categoryColumn)}' mapped with the {mapping.Source} mapping ({mapping.Entries.Count} codes{origin})");
        }

        // location
        _fixedLocationPrecision = p?.LocationPrecision;
        if (_fixedLocationPrecision is null && (_locationPrecisionColumn = columns.Find("location_precision")) >= 0) used.Add(_locationPrecisionColumn);
        var factory = GeometryServices.Factory(options.StudyArea.Srid);
        var extent = new StudyAreaExtent(options.StudyArea, factory);
        _points = new PointReader(columns, reader, options, _values, factory, extent, RejectAction.KeptWithoutLocation, notices, required: true);
        foreach (var c in _points.Columns) used.Add(c);
        notices.Add(_fixedLocationPrecision is { } lp ? $"location precision {lp.Code()} (profile)"
            : _locationPrecisionColumn >= 0 ? "location precision from column 'location_precision'" : "location precision exact (default)");
        if (p?.WithheldCoordinateValues is { Length: > 0 } w)
            notices.Add($"coordinates equal to {string.Join(" or ", w.Select(v => v.ToString(CultureInfo.InvariantCulture)))} mean withheld: rows kept without location");

        _attributes = AttributeWriter.Create(columns, options, used, _values, notices);
        _text = new StoredText(columns, [idColumn, _sourceColumn], [_categoryColumn, .. _attributes.ColumnIndexes]);
    }

    public Incident? Map(FeatureRow row, RowIssues issues)
    {
        var ok = true;
        var id = _identity.Read(row);
        if (id is null)
        {
            issues.Add(_idField, default, $"{_idField} is empty", RejectAction.Rejected);
            ok = false;
        }
        if (!_text.Check(row, _values, issues)) return null;

        ok &= _time.Read(row, _values, issues, out var occurredAt, out var precision);

        string category;
        string? sourceCategory = null;
        if (_fixedCategory is not null)
        {
            category = _fixedCategory;
            if (_categoryColumn >= 0 && _values.Get(row, _categoryColumn) is { IsEmpty: false } sc) sourceCategory = _pool.Get(sc);
        }
        else
        {
            var text = _values.Get(row, _categoryColumn);
            if (!_categories!.TryResolve(text, out category, out var src, out var reason))
            {
                issues.Add(_categories.Field, text, reason!, RejectAction.Rejected);
                ok = false;
            }
            sourceCategory = src;
        }

        var source = _source ?? _pool.Get(_values.Get(row, _sourceColumn));
        if (source.Length == 0)
        {
            issues.Add("source", default, "source is empty", RejectAction.Rejected);
            ok = false;
        }

        var locationPrecision = _fixedLocationPrecision ?? LocationPrecision.Exact;
        Point? point = null;
        if (_locationPrecisionColumn >= 0 && _values.Get(row, _locationPrecisionColumn) is { IsEmpty: false } lpText)
        {
            if (!Codes.LocationPrecision.TryParse(lpText, out locationPrecision))
            {
                issues.Add("location_precision", lpText, $"unknown location_precision '{lpText}'; expected exact, address, street_segment, area_centroid or withheld", RejectAction.Rejected);
                ok = false;
            }
        }
        if (locationPrecision == LocationPrecision.Withheld)
        {
            issues.Add("location_precision", "withheld", "location_precision = withheld: kept without location", RejectAction.KeptWithoutLocation);
        }
        else
        {
            switch (_points.Read(row, issues, out point))
            {
                case PointStatus.Rejected: ok = false; break;
                case PointStatus.Missing: locationPrecision = LocationPrecision.Withheld; break;
            }
        }

        if (!ok) return null;
        return new Incident(source, id!, category, occurredAt, precision, point, locationPrecision, sourceCategory, _attributes.Write(row, issues));
    }

    public void Finish(ICollection<string> notices)
    {
        if (_points.SwappedCount > 0)
            notices.Add($"warning: lat and lon looked swapped in {_points.SwappedCount:N0} row(s) (outside the study area as given, inside when swapped): swapped and loaded");
        _time.Finish(notices);
        _attributes.Finish(notices);
    }
}
