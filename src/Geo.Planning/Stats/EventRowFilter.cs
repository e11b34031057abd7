using Geo.Formats;

namespace Geo.Planning.Stats;

/// <summary>
/// The row filters of <see cref="EventInput"/> on one opened file: category codes, FIELD=VALUE and the local date range,
/// each counting the rows it kept of those that reached it (category, then where, then dates).
/// </summary>
internal sealed class EventRowFilter
{
    private readonly EventInput _input;
    private readonly int _category = -1;
    private readonly string _categoryName = "";
    private readonly int _where = -1;
    private readonly string _whereValue = "";
    private readonly string _whereText = "";
    private readonly string? _timeName;
    private int _categorySeen, _categoryKept, _whereSeen, _whereKept, _timeSeen, _timeKept;

    public EventRowFilter(IFeatureReader reader, EventInput input, string path, int timeIndex)
    {
        _input = input;
        if (input.Categories is not null)
        {
            if (input.CategoryField is { } name) _category = StatsFiles.IndexOf(reader, name, "--category-field", path);
            else
            {
                _category = new ColumnSet(reader).Find("category", "kategori");
                if (_category < 0)
                    throw new ArgumentException($"--category: {path} has no field named category or kategori; name the field with --category-field NAME (fields: {string.Join(", ", reader.Fields)}).");
            }
            _categoryName = reader.Fields[_category];
        }
        if (input.WhereParts() is { } w)
        {
            _where = StatsFiles.IndexOf(reader, w.Field, "--where", path);
            _whereValue = WeightsSpec.Canon(w.Value);
            _whereText = $"{reader.Fields[_where]}={w.Value}";
        }
        if (input.From is not null || input.To is not null)
        {
            if (timeIndex < 0) throw new ArgumentException("--from/--to keep the events of a date range: give the field with each event's date or time with --time-field NAME.");
            _timeName = reader.Fields[timeIndex];
        }
    }

    /// <summary>True when the row passes the category and where filters.</summary>
    public bool Keep(FeatureRow row)
    {
        if (_category >= 0)
        {
            _categorySeen++;
            if (row.IsNull(_category) || !Matches(row.Span(_category).Trim())) return false;
            _categoryKept++;
        }
        if (_where >= 0)
        {
            _whereSeen++;
            if (row.IsNull(_where) || !string.Equals(WeightsSpec.Canon(row.Text(_where)), _whereValue, StringComparison.OrdinalIgnoreCase)) return false;
            _whereKept++;
        }
        return true;
    }

    /// <summary>True when the event's local time falls on a date from --from to --to.</summary>
    public bool Keep(DateTime local)
    {
        if (_timeName is null) return true;
        _timeSeen++;
        var d = DateOnly.FromDateTime(local);
        if (_input.From is { } f && d < f) return false;
        if (_input.To is { } t && d > t) return false;
        _timeKept++;
        return true;
    }

    private bool Matches(ReadOnlySpan<char> value)
    {
        foreach (var code in _input.Categories!)
        {
            if (value.Equals(code, StringComparison.OrdinalIgnoreCase)) return true;
            if (value.Length > code.Length && value[code.Length] == '.' && value.StartsWith(code, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>One line per filter: what it asked for and how many rows it kept.</summary>
    public IEnumerable<string> Notices()
    {
        if (_category >= 0)
            yield return $"filter --category {string.Join(",", _input.Categories!)} (field {_categoryName}; a code also matches its sub-codes): kept {_categoryKept} of {_categorySeen} rows";
        if (_where >= 0)
            yield return $"filter --where {_whereText}: kept {_whereKept} of {_whereSeen} rows";
        if (_timeName is not null)
            yield return $"filter {(_input.From is { } f ? $"--from {f:yyyy-MM-dd} " : "")}{(_input.To is { } t ? $"--to {t:yyyy-MM-dd} " : "")}" +
                         $"(local dates of field {_timeName}): kept {_timeKept} of {_timeSeen} rows with a time";
    }
}
