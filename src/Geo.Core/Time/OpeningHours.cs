using System.Globalization;

namespace Geo.Core.Time;

/// <summary>
/// Weekly opening hours in the common subset of OpenStreetMap's <c>opening_hours</c> syntax, as a set of open minutes
/// of the week (Monday 00:00 = minute 0). Supported: rules separated by <c>;</c>; weekday selectors (<c>Mo</c>…<c>Su</c>,
/// ranges such as <c>Mo-Fr</c> or <c>Fr-Mo</c>, lists such as <c>Sa,Su</c>); time ranges <c>HH:MM-HH:MM</c>, several
/// separated by <c>,</c>, ending after midnight either by an end before the start (<c>22:00-03:00</c>) or past 24:00
/// (<c>22:00-27:00</c>); <c>off</c>/<c>closed</c>; <c>24/7</c>; a rule without weekdays applies to every day. As in
/// OSM, a later rule replaces the times of the days it names (the hours that an earlier day runs past midnight stay).
/// Anything else (public holidays <c>PH</c>, months, weeks, dates, <c>sunrise</c>, open ends <c>+</c>, comments) is
/// refused with a message that names the part not understood.
/// </summary>
public sealed class OpeningHours
{
    /// <summary>Minutes in a week.</summary>
    public const int MinutesPerWeek = 7 * 24 * 60;

    private static readonly string[] Days = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];

    private readonly bool[] _open;

    private OpeningHours(string text, bool[] open)
    {
        Text = text;
        _open = open;
    }

    /// <summary>The text parsed.</summary>
    public string Text { get; }

    /// <summary>Open minutes in the week.</summary>
    public int OpenMinutes => _open.Count(o => o);

    /// <summary>True when open in minute <paramref name="minuteOfWeek"/> (0 = Monday 00:00–00:01; wraps around the week).</summary>
    public bool IsOpen(int minuteOfWeek) => _open[((minuteOfWeek % MinutesPerWeek) + MinutesPerWeek) % MinutesPerWeek];

    /// <summary>True when open at <paramref name="day"/> <paramref name="hour"/>:<paramref name="minute"/>.</summary>
    public bool IsOpen(DayOfWeek day, int hour, int minute) => IsOpen(MinuteOfWeek(day, hour, minute));

    /// <summary>The share of hour <paramref name="hourOfWeek"/> (0 = Monday 00–01) during which it is open, 0 to 1.</summary>
    public double OpenShareOfHour(int hourOfWeek)
    {
        var start = ((hourOfWeek % 168) + 168) % 168 * 60;
        var open = 0;
        for (var m = start; m < start + 60; m++) if (_open[m]) open++;
        return open / 60.0;
    }

    /// <summary>Minute of the week of a local time (Monday 00:00 = 0).</summary>
    public static int MinuteOfWeek(DayOfWeek day, int hour, int minute) => (((int)day + 6) % 7 * 24 + hour) * 60 + minute;

    /// <summary>Parses <paramref name="text"/>.</summary>
    /// <exception cref="FormatException">The text is empty or outside the supported subset; the message names the part.</exception>
    public static OpeningHours Parse(string text) =>
        TryParse(text, out var hours, out var error) ? hours : throw new FormatException(error);

    /// <summary>Parses <paramref name="text"/>; false with a message naming the part not understood.</summary>
    public static bool TryParse(string? text, out OpeningHours hours, out string error)
    {
        hours = null!;
        error = "";
        if (string.IsNullOrWhiteSpace(text)) { error = "opening hours are empty."; return false; }
        // Per day, its intervals in minutes from that day's 00:00 (the end may pass 24:00, up to 48:00).
        var perDay = new List<(int Start, int End)>[7];
        for (var d = 0; d < 7; d++) perDay[d] = [];
        foreach (var raw in text.Split(';'))
        {
            var rule = raw.Trim();
            if (rule.Length == 0) continue;
            if (rule == "24/7")
            {
                for (var d = 0; d < 7; d++) perDay[d] = [(0, 24 * 60)];
                continue;
            }
            var space = rule.IndexOf(' ', StringComparison.Ordinal);
            var first = space < 0 ? rule : rule[..space];
            bool[] days;
            string times;
            if (TryDays(first, out var selected))
            {
                days = selected;
                times = space < 0 ? "" : rule[(space + 1)..].Trim();
                if (times.Length == 0) { error = $"\"{rule}\": the days have no hours (give e.g. \"{first} 10:00-18:00\" or \"{first} off\")."; return false; }
            }
            else if (first.Length > 0 && char.IsDigit(first[0]))
            {
                days = [true, true, true, true, true, true, true];
                times = rule;
            }
            else
            {
                error = $"\"{first}\" in \"{rule}\" is not a weekday selector Geo understands (Mo, Tu, We, Th, Fr, Sa, Su, ranges like Mo-Fr, lists like Sa,Su); " +
                        "public holidays, months, weeks and dates are not supported.";
                return false;
            }
            List<(int, int)> intervals = [];
            if (times is not ("off" or "closed"))
            {
                foreach (var part in times.Split(','))
                {
                    if (!TryRange(part.Trim(), out var range))
                    {
                        error = $"\"{part.Trim()}\" in \"{rule}\" is not a time range HH:MM-HH:MM (sunrise/sunset, open ends \"+\" and comments are not supported).";
                        return false;
                    }
                    intervals.Add(range);
                }
            }
            for (var d = 0; d < 7; d++) if (days[d]) perDay[d] = [.. intervals];
        }
        var open = new bool[MinutesPerWeek];
        for (var d = 0; d < 7; d++)
            foreach (var (start, end) in perDay[d])
                for (var m = start; m < end; m++) open[(d * 1440 + m) % MinutesPerWeek] = true;
        hours = new OpeningHours(text.Trim(), open);
        return true;
    }

    /// <summary>"Mo", "Mo-Fr", "Fr-Mo", "Sa,Su", "Mo-We,Fr".</summary>
    private static bool TryDays(string s, out bool[] days)
    {
        days = new bool[7];
        foreach (var item in s.Split(','))
        {
            var dash = item.IndexOf('-', StringComparison.Ordinal);
            var a = Array.IndexOf(Days, dash < 0 ? item : item[..dash]);
            var b = dash < 0 ? a : Array.IndexOf(Days, item[(dash + 1)..]);
            if (a < 0 || b < 0) return false;
            for (var d = a; ; d = (d + 1) % 7)
            {
                days[d] = true;
                if (d == b) break;
            }
        }
        return true;
    }

    /// <summary>"HH:MM-HH:MM": minutes from the day's start; an end before the start or past 24:00 runs into the next day.</summary>
    private static bool TryRange(string s, out (int Start, int End) range)
    {
        range = default;
        var dash = s.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0 || !TryTime(s[..dash], 24, out var start) || !TryTime(s[(dash + 1)..], 48, out var end)) return false;
        if (start == 24 * 60) return false;
        if (end <= start) end += 24 * 60;
        if (end - start > 24 * 60) return false;
        range = (start, end);
        return true;
    }

    /// <summary>"HH:MM" with HH:MM at most <paramref name="maxHour"/>:00.</summary>
    private static bool TryTime(string s, int maxHour, out int minutes)
    {
        minutes = 0;
        if (s.Length != 5 || s[2] != ':') return false;
        if (!int.TryParse(s.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var h) ||
            !int.TryParse(s.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m) || m > 59) return false;
        minutes = h * 60 + m;
        return minutes <= maxHour * 60;
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Text} ({OpenMinutes / 60.0:0.#} h a week)");
}
