using System.Globalization;
using Geo.Core.Domain;
using Geo.Formats;
using Geo.Core.Text;
using Geo.Formats.Text;

namespace Geo.Import.Mapping;

/// <summary>
/// Reads an incident's occurrence time from a date(-time) column, a date plus a time column, or separate
/// year/month/day/hour/minute columns; times without an offset are local in the profile's or study area's IANA zone
/// (see <see cref="LocalTimeConverter"/> for the daylight-saving policy). Slash dates such as 03/04/2023 are read in the
/// order the column decides (<see cref="DayMonthRule"/>) unless the profile gives date formats. Dates outside the
/// plausible window — before <see cref="ImportOptions.EarliestDate"/> (as written) or more than
/// <see cref="ImportOptions.MaxDaysAhead"/> days after now — and instants that cannot be stored are rejected.
/// </summary>
internal sealed class TimeReader
{
    private readonly int _date = -1, _time = -1, _year = -1, _month = -1, _day = -1, _hour = -1, _minute = -1, _precisionColumn = -1;
    private readonly string _field;
    private readonly DateTimeParser _parser;
    private readonly LocalTimeConverter _local;
    private readonly TimePrecision? _fixedPrecision;
    private readonly DayMonthRule? _dayMonth;
    private readonly DateOnly _earliest;
    private readonly double _maxDaysAhead;
    private readonly TimeProvider _clock;
    private long _nonexistent, _ambiguous;

    /// <param name="reopen">Opens the file again, for looking ahead in the date column (null: no look-ahead).</param>
    public TimeReader(ColumnSet columns, ImportOptions options, HashSet<int> used, ICollection<string> notices, Func<IFeatureReader>? reopen = null)
    {
        var p = options.Profile;
        _parser = new DateTimeParser(p?.DateFormats);
        if (double.IsNaN(options.MaxDaysAhead) || options.MaxDaysAhead < 0)
            throw new ArgumentException($"The number of days after now that a date may lie must be 0 or more, not {options.MaxDaysAhead}.");
        _earliest = options.EarliestDate;
        _maxDaysAhead = options.MaxDaysAhead;
        _clock = options.Clock;
        if (p?.YearColumn is not null)
        {
            _year = columns.Require(p.YearColumn, "the year of occurrence");
            _month = columns.Require(p.MonthColumn ?? "month", "the month of occurrence");
            if (p.DayColumn is not null) _day = columns.Require(p.DayColumn, "the day of occurrence");
            if (p.HourColumn is not null) _hour = columns.Require(p.HourColumn, "the hour of occurrence");
            if (p.MinuteColumn is not null) _minute = columns.Require(p.MinuteColumn, "the minute of occurrence");
            _field = string.Join(",", new[] { _year, _month, _day, _hour, _minute }.Where(i => i >= 0).Select(columns.Name));
            notices.Add($"occurrence time from columns {_field}");
        }
        else
        {
            _date = columns.Require(p?.DateColumn ?? "occurred_at", "the date and time of the incident");
            if (p?.TimeColumn is not null) _time = columns.Require(p.TimeColumn, "the time of day of the incident");
            _field = columns.Name(_date) + (_time >= 0 ? "," + columns.Name(_time) : "");
            notices.Add($"occurrence time from column(s) {_field}");
            if (_parser.UsesDefaultFormats) _dayMonth = new DayMonthRule(columns.Name(_date), reopen is null ? null : () => SlashDates(reopen, _date));
        }
        foreach (var i in new[] { _date, _time, _year, _month, _day, _hour, _minute }) used.Add(i);
        _fixedPrecision = p?.TimePrecision;
        if (_fixedPrecision is null && (_precisionColumn = columns.Find("time_precision")) >= 0) used.Add(_precisionColumn);

        var zoneId = p?.TimeZone ?? options.StudyArea.TimeZone;
        _local = new LocalTimeConverter(LocalTimeConverter.FindZone(zoneId));
        notices.Add($"times without a UTC offset are local time in {zoneId} ({(p?.TimeZone is null ? "study area" : "profile")})");
        notices.Add(_fixedPrecision is { } fp ? $"time precision {fp.ToString().ToLowerInvariant()} (profile)"
            : _precisionColumn >= 0 ? "time precision from column 'time_precision' (else from the format)" : "time precision inferred from each value's format");
        notices.Add($"dates accepted from {_earliest:yyyy-MM-dd} to {_maxDaysAhead.ToString("0.###", CultureInfo.InvariantCulture)} day(s) after now");
    }

    /// <summary>The slash dates of a column, from a second opening of the file.</summary>
    private static IEnumerable<(long Row, string Value)> SlashDates(Func<IFeatureReader> reopen, int column)
    {
        using var reader = reopen();
        foreach (var row in reader.Read())
        {
            if (row.IsNull(column)) continue;
            var text = row.Span(column).Trim();
            if (DateTimeParser.TryReadDayMonth(text, out var a, out var b) && a != b && (a > 12 || b > 12)) yield return (row.Row, text.ToString());
        }
    }

    public bool Read(FeatureRow row, FieldValues values, RowIssues issues, out DateTimeOffset instant, out TimePrecision precision)
    {
        instant = default;
        precision = TimePrecision.Minute;
        ParsedTime t;
        if (_year >= 0)
        {
            if (!ReadParts(row, values, issues, out t)) return false;
        }
        else
        {
            var text = values.Get(row, _date);
            if (text.IsEmpty)
            {
                issues.Add(_field, text, $"{_field} is empty: no occurrence time", RejectAction.Rejected);
                return false;
            }
            var ok = false;
            t = default;
            var order = DayMonthOrder.MonthFirst;
            if (_dayMonth is not null && DateTimeParser.TryReadDayMonth(text, out var first, out var second)
                && !_dayMonth.TryOrder(text, first, second, row.Row, out order, out var ambiguity))
            {
                issues.Add(_field, text, ambiguity!, RejectAction.Rejected);
                return false;
            }
            if (_time >= 0)
            {
                var time = values.Get(row, _time);
                if (!time.IsEmpty && text.Length + time.Length < 96)
                {
                    Span<char> buf = stackalloc char[text.Length + 1 + time.Length];
                    text.CopyTo(buf);
                    buf[text.Length] = ' ';
                    time.CopyTo(buf[(text.Length + 1)..]);
                    ok = _parser.TryParse(buf, order, out t);
                    if (!ok)
                    {
                        issues.Add(_field, buf, $"unparsable date '{Truncate.Value(buf)}' in {_field}; tried {_parser.Tried}", RejectAction.Rejected);
                        return false;
                    }
                }
            }
            if (!ok && !_parser.TryParse(text, order, out t))
            {
                issues.Add(_field, text, $"unparsable date '{Truncate.Value(text)}' in {_field}; tried {_parser.Tried}", RejectAction.Rejected);
                return false;
            }
        }

        precision = t.Precision;
        if (_fixedPrecision is { } fp) precision = fp;
        else if (_precisionColumn >= 0 && values.Get(row, _precisionColumn) is { IsEmpty: false } pt && !Codes.TimePrecision.TryParse(pt, out precision))
        {
            issues.Add("time_precision", pt, $"unknown time_precision '{pt}'; expected minute, hour, day, month or year", RejectAction.Rejected);
            return false;
        }

        if (!Plausible(t, issues, out instant, out var kind)) return false;
        if (kind == LocalTimeKind.Nonexistent)
        {
            _nonexistent++;
            var local = t.Value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            issues.Add(_field, local,
                $"local time {local} does not exist in {_local.Zone.Id} (clocks spring forward): read with the offset before the change, {Offset(instant.Offset)} ({instant.ToOffset(_local.Zone.GetUtcOffset(instant)):HH:mm} after the change)",
                RejectAction.Warning);
        }
        else if (kind == LocalTimeKind.Ambiguous)
        {
            _ambiguous++;
            var local = t.Value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            issues.Add(_field, local,
                $"local time {local} occurs twice in {_local.Zone.Id} (clocks fall back): the first occurrence, {Offset(instant.Offset)}, is taken",
                RejectAction.Warning);
        }
        return true;
    }

    /// <summary>
    /// The instant of <paramref name="t"/>, or false (with a rejected issue) when it is before the earliest date, more than
    /// the allowed days after now, or cannot be stored (.NET's DateTime.MinValue/MaxValue, which PostgreSQL would store as
    /// -infinity/infinity, and times whose offset takes them past year 1 or 9999).
    /// </summary>
    private bool Plausible(ParsedTime t, RowIssues issues, out DateTimeOffset instant, out LocalTimeKind kind)
    {
        instant = default;
        kind = LocalTimeKind.Normal;
        var shown = Show(t);
        if (DateOnly.FromDateTime(t.Value) < _earliest)
        {
            issues.Add(_field, shown, $"{_field} {shown} is before {_earliest:yyyy-MM-dd}, the earliest date accepted (most likely a typo or a placeholder; --earliest-date sets the limit); the row is not loaded", RejectAction.Rejected);
            return false;
        }

        var now = _clock.GetUtcNow();
        var latest = _maxDaysAhead >= (DateTimeOffset.MaxValue - now).TotalDays ? DateTimeOffset.MaxValue : now.AddDays(_maxDaysAhead);
        string Future() => $"{_field} {shown} is in the future: after {latest.UtcDateTime:yyyy-MM-dd HH:mm} UTC, now + {_maxDaysAhead.ToString("0.###", CultureInfo.InvariantCulture)} day(s), the latest accepted (--max-days-ahead sets the limit); the row is not loaded";
        // Wall-clock times more than a day past the limit are in the future whatever their offset (offsets are at most ±14 h).
        if (t.Value - latest.UtcDateTime > TimeSpan.FromDays(1))
        {
            issues.Add(_field, shown, Future(), RejectAction.Rejected);
            return false;
        }

        if (!TryInstant(t, out instant, out kind) || instant.UtcTicks == DateTime.MinValue.Ticks || instant.UtcTicks == DateTime.MaxValue.Ticks)
        {
            issues.Add(_field, shown, $"{_field} {shown} cannot be stored: it lies at or beyond the limits of the dates Geo can store (0001-01-01 and 9999-12-31 UTC, which the database would turn into -infinity or infinity); the row is not loaded", RejectAction.Rejected);
            return false;
        }
        if (instant > latest)
        {
            issues.Add(_field, shown, Future(), RejectAction.Rejected);
            return false;
        }
        return true;
    }

    /// <summary>The instant of a parsed time: its own offset, else the time zone's; false when it falls outside year 1 to 9999 UTC.</summary>
    private bool TryInstant(ParsedTime t, out DateTimeOffset instant, out LocalTimeKind kind)
    {
        instant = default;
        kind = LocalTimeKind.Normal;
        try
        {
            if (t.Offset is { } offset)
            {
                var utc = t.Value.Ticks - offset.Ticks;
                if (utc < DateTime.MinValue.Ticks || utc > DateTime.MaxValue.Ticks) return false;
                instant = new DateTimeOffset(DateTime.SpecifyKind(t.Value, DateTimeKind.Unspecified), offset);
                return true;
            }
            instant = _local.ToInstant(t.Value, out kind);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            // A local time within hours of year 1 or 9999, where the zone's offset (or the look-back for a gap) leaves the range.
            return false;
        }
    }

    private static string Show(ParsedTime t) =>
        t.Value.ToString(t.Value.TimeOfDay == TimeSpan.Zero && t.Precision is not (TimePrecision.Minute or TimePrecision.Hour) ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
        + (t.Offset is { } o ? (o == TimeSpan.Zero ? "Z" : Offset(o)) : "");

    public void Finish(ICollection<string> notices)
    {
        _dayMonth?.Finish(notices);
        if (_nonexistent > 0) notices.Add($"warning: {_nonexistent:N0} local time(s) fell in a daylight-saving gap: read with the offset before the change");
        if (_ambiguous > 0) notices.Add($"warning: {_ambiguous:N0} local time(s) were ambiguous (clocks fall back): the first occurrence was taken");
    }

    private bool ReadParts(FeatureRow row, FieldValues values, RowIssues issues, out ParsedTime t)
    {
        t = default;
        if (!Int(row, values, _year, out var year) || year is null || !Int(row, values, _month, out var month) || month is null
            || !Int(row, values, _day, out var day) || !Int(row, values, _hour, out var hour) || !Int(row, values, _minute, out var minute)
            || !DateTimeParser.TryFromParts(year.Value, month.Value, day, hour, minute, out t))
        {
            var shown = string.Join(",", new[] { _year, _month, _day, _hour, _minute }.Where(i => i >= 0).Select(i => values.Get(row, i).ToString()));
            issues.Add(_field, shown, $"unparsable date parts '{shown}' in {_field} (expected whole numbers: year, month 1-12, day, hour 0-23, minute 0-59)", RejectAction.Rejected);
            return false;
        }
        return true;
    }

    private static bool Int(FeatureRow row, FieldValues values, int column, out int? value)
    {
        value = null;
        if (column < 0) return true;
        var s = values.Get(row, column);
        if (s.IsEmpty) return true;
        if (!NumberText.TryParseInt(s, out var v)) return false;
        value = v;
        return true;
    }

    private static string Offset(TimeSpan o) => (o < TimeSpan.Zero ? "-" : "+") + o.ToString(@"hh\:mm", CultureInfo.InvariantCulture);
}
