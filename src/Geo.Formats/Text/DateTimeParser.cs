using System.Globalization;
using Geo.Core.Domain;
using Geo.Core.Text;

namespace Geo.Formats.Text;

/// <summary>
/// Parses incident dates and times. A hand-written fast path reads ISO 8601 and its common variants
/// (<c>yyyy</c>, <c>yyyy-MM</c>, <c>yyyy-MM-dd</c>, then <c>T</c> or a space, <c>H</c> or <c>HH</c>, <c>HH:mm</c>,
/// <c>HH:mm:ss[.fffffff]</c>, then optionally a space and <c>Z</c>, <c>±HH:mm</c>, <c>±HHmm</c> or <c>±HH</c>;
/// e.g. polisen's "2022-09-26 15:55:23 +02:00"); other text is tried against the profile's .NET formats
/// or, without them, slash formats: month/day/year (Chicago: "7/19/2017 13:45", "07/19/2017 01:45:00 PM") or, when the
/// caller says the column puts the day first (<see cref="DayMonthOrder.DayFirst"/>), day/month/year. Which order a column
/// uses is the caller's decision (see <see cref="TryReadDayMonth"/>): 03/04/2023 alone does not tell.
/// The precision follows the most detailed part present (seconds count as minute precision).
/// </summary>
public sealed class DateTimeParser
{
    /// <summary>Formats tried after ISO 8601 when a profile gives none.</summary>
    public static readonly string[] DefaultFormats =
    [
        "M/d/yyyy h:mm:ss tt", "M/d/yyyy h:mm tt", "M/d/yyyy H:mm:ss", "M/d/yyyy H:mm", "M/d/yyyy",
    ];

    /// <summary>The day-first counterparts of <see cref="DefaultFormats"/>, used for a column that puts the day first.</summary>
    public static readonly string[] DayFirstFormats =
    [
        "d/M/yyyy h:mm:ss tt", "d/M/yyyy h:mm tt", "d/M/yyyy H:mm:ss", "d/M/yyyy H:mm", "d/M/yyyy",
    ];

    private readonly string[] _formats;
    private readonly TimePrecision[] _formatPrecision;
    private readonly bool[] _formatHasOffset;

    public DateTimeParser(string[]? formats)
    {
        UsesDefaultFormats = formats is not { Length: > 0 };
        _formats = UsesDefaultFormats ? DefaultFormats : formats!;
        _formatPrecision = _formats.Select(PrecisionOf).ToArray();
        _formatHasOffset = _formats.Select(f => f.Contains('z') || f.Contains('K')).ToArray();
        Tried = "ISO 8601 (yyyy-MM-dd[ HH:mm[:ss]][ ±HH:mm|Z], yyyy-MM, yyyy), " + string.Join(", ", _formats)
            + (UsesDefaultFormats ? " (or d/M/yyyy … where the column puts the day first)" : "");
    }

    /// <summary>The formats tried, for reject reasons.</summary>
    public string Tried { get; }

    /// <summary>True when no formats were given: slash dates are read with <see cref="DefaultFormats"/> or <see cref="DayFirstFormats"/>.</summary>
    public bool UsesDefaultFormats { get; }

    /// <summary>Parses ISO 8601, then the given formats or, without them, month-first slash dates.</summary>
    public bool TryParse(ReadOnlySpan<char> text, out ParsedTime result) => TryParse(text, DayMonthOrder.MonthFirst, out result);

    /// <summary>
    /// Parses ISO 8601, then the given formats or, without them, slash dates in <paramref name="order"/>
    /// (<see cref="DayMonthOrder.Unknown"/> reads them month first, as <see cref="TryParse(ReadOnlySpan{char}, out ParsedTime)"/>).
    /// </summary>
    public bool TryParse(ReadOnlySpan<char> text, DayMonthOrder order, out ParsedTime result)
    {
        text = text.Trim();
        if (TryParseIso(text, out result)) return true;
        var formats = UsesDefaultFormats && order == DayMonthOrder.DayFirst ? DayFirstFormats : _formats;
        for (var i = 0; i < formats.Length; i++)
        {
            if (_formatHasOffset[i])
            {
                if (DateTimeOffset.TryParseExact(text, formats[i], CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dto))
                {
                    result = new ParsedTime(dto.DateTime, dto.Offset, _formatPrecision[i]);
                    return true;
                }
            }
            else if (DateTime.TryParseExact(text, formats[i], CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dt))
            {
                result = new ParsedTime(dt, null, _formatPrecision[i]);
                return true;
            }
        }
        result = default;
        return false;
    }

    /// <summary>
    /// The two numbers before the year of a slash date ("03/04/2023", "7/19/2017 13:45"): <paramref name="first"/> and
    /// <paramref name="second"/> (one or two digits each, then a four-digit year); false for any other text.
    /// </summary>
    public static bool TryReadDayMonth(ReadOnlySpan<char> text, out int first, out int second)
    {
        first = second = 0;
        text = text.Trim();
        var a = text.IndexOf('/');
        if (a is < 1 or > 2 || !NumberText.TryParseDigits(text[..a], out first)) return false;
        var rest = text[(a + 1)..];
        var b = rest.IndexOf('/');
        if (b is < 1 or > 2 || !NumberText.TryParseDigits(rest[..b], out second)) return false;
        var year = rest[(b + 1)..];
        return year.Length >= 4 && NumberText.TryParseDigits(year[..4], out _) && (year.Length == 4 || !char.IsAsciiDigit(year[4]));
    }

    /// <summary>Builds a time from separate numeric parts (Vancouver's YEAR, MONTH, DAY, HOUR, MINUTE); missing parts lower the precision.</summary>
    public static bool TryFromParts(int year, int month, int? day, int? hour, int? minute, out ParsedTime result)
    {
        result = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12) return false;
        if (day is null)
        {
            result = new ParsedTime(new DateTime(year, month, 1), null, TimePrecision.Month);
            return true;
        }
        if (day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        if (hour is null)
        {
            result = new ParsedTime(new DateTime(year, month, day.Value), null, TimePrecision.Day);
            return true;
        }
        if (hour is < 0 or > 23) return false;
        if (minute is null)
        {
            result = new ParsedTime(new DateTime(year, month, day.Value, hour.Value, 0, 0), null, TimePrecision.Hour);
            return true;
        }
        if (minute is < 0 or > 59) return false;
        result = new ParsedTime(new DateTime(year, month, day.Value, hour.Value, minute.Value, 0), null, TimePrecision.Minute);
        return true;
    }

    internal static bool TryParseIso(ReadOnlySpan<char> s, out ParsedTime result)
    {
        result = default;
        if (s.Length < 4 || !NumberText.TryParseDigits(s[..4], out var year) || year < 1) return false;
        if (s.Length == 4)
        {
            result = new ParsedTime(new DateTime(year, 1, 1), null, TimePrecision.Year);
            return true;
        }
        if (s.Length < 7 || s[4] != '-' || !NumberText.TryParseDigits(s.Slice(5, 2), out var month) || month is < 1 or > 12) return false;
        if (s.Length == 7)
        {
            result = new ParsedTime(new DateTime(year, month, 1), null, TimePrecision.Month);
            return true;
        }
        if (s.Length < 10 || s[7] != '-' || !NumberText.TryParseDigits(s.Slice(8, 2), out var day)
            || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        if (s.Length == 10)
        {
            result = new ParsedTime(new DateTime(year, month, day), null, TimePrecision.Day);
            return true;
        }
        if (s[10] != 'T' && s[10] != ' ' && s[10] != 't') return false;
        var p = 11;
        // One- or two-digit hour: the police feed writes "2022-09-29 7:56:30 +02:00".
        var hourDigits = s.Length > p + 1 && (uint)(s[p + 1] - '0') <= 9 ? 2 : 1;
        if (s.Length < p + hourDigits || !NumberText.TryParseDigits(s.Slice(p, hourDigits), out var hour) || hour > 23) return false;
        p += hourDigits;
        int minute = 0, second = 0;
        long fraction = 0;
        var precision = TimePrecision.Hour;
        if (p < s.Length && s[p] == ':')
        {
            if (s.Length < p + 3 || !NumberText.TryParseDigits(s.Slice(p + 1, 2), out minute) || minute > 59) return false;
            p += 3;
            precision = TimePrecision.Minute;
            if (p < s.Length && s[p] == ':')
            {
                if (s.Length < p + 3 || !NumberText.TryParseDigits(s.Slice(p + 1, 2), out second) || second > 59) return false;
                p += 3;
                if (p < s.Length && (s[p] == '.' || s[p] == ','))
                {
                    p++;
                    var scale = TimeSpan.TicksPerSecond;
                    var start = p;
                    while (p < s.Length && (uint)(s[p] - '0') <= 9)
                    {
                        if (scale > 1) { scale /= 10; fraction += (s[p] - '0') * scale; }
                        p++;
                    }
                    if (p == start) return false;
                }
            }
        }
        var value = new DateTime(year, month, day, hour, minute, second).AddTicks(fraction);
        if (p < s.Length && s[p] == ' ') p++;
        if (p == s.Length)
        {
            result = new ParsedTime(value, null, precision);
            return true;
        }
        if (!TryParseOffset(s[p..], out var offset)) return false;
        result = new ParsedTime(value, offset, precision);
        return true;
    }

    private static bool TryParseOffset(ReadOnlySpan<char> s, out TimeSpan offset)
    {
        offset = default;
        if (s.Length == 1 && (s[0] == 'Z' || s[0] == 'z')) return true;
        if (s.Length < 3 || (s[0] != '+' && s[0] != '-')) return false;
        if (!NumberText.TryParseDigits(s.Slice(1, 2), out var h) || h > 14) return false;
        var m = 0;
        var rest = s[3..];
        if (rest.Length > 0 && rest[0] == ':') rest = rest[1..];
        if (rest.Length == 2) { if (!NumberText.TryParseDigits(rest, out m) || m > 59) return false; }
        else if (rest.Length != 0) return false;
        offset = new TimeSpan(h, m, 0);
        if (s[0] == '-') offset = -offset;
        return true;
    }

    private static TimePrecision PrecisionOf(string format)
    {
        if (format.Contains('m') || format.Contains('s')) return TimePrecision.Minute;
        if (format.Contains('H') || format.Contains('h')) return TimePrecision.Hour;
        if (format.Contains('d')) return TimePrecision.Day;
        if (format.Contains('M')) return TimePrecision.Month;
        return TimePrecision.Year;
    }
}
