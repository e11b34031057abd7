using System.Globalization;
using Geo.Analysis.Time;
using Geo.Core.Time;

namespace Geo.Planning.Causes;

/// <summary>
/// The measure catalogue's time codes of a problem's hours (night 22–06, evening 18–22, daytime 06–18, weekday Mon–Fri,
/// weekend Fri 18 – Sun 24; <see cref="Geo.Planning.Measures.MeasureVocabulary.Times"/>), whether a resource is open in a
/// window, and opening hours in words.
/// </summary>
internal static class CauseTimes
{
    /// <summary>The codes in the order ties are listed.</summary>
    public static readonly string[] Codes = ["night", "evening", "daytime", "weekday", "weekend"];

    /// <summary>A code holds when at least this share of a window's hours lies in it.</summary>
    public const double WindowShare = 0.5;

    /// <summary>A code holds for a profile when at least this share of the timed incidents lies in it ...</summary>
    public const double ProfileShare = 0.3;

    /// <summary>... and that share is at least this many times the code's share of the week's hours.</summary>
    public const double ProfileExcess = 1.2;

    private static readonly string[] DaysSv = ["mån", "tis", "ons", "tors", "fre", "lör", "sön"];
    private static readonly string[] DaysEn = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    private static readonly string[] DaysPluralSv = ["måndagar", "tisdagar", "onsdagar", "torsdagar", "fredagar", "lördagar", "söndagar"];
    private static readonly string[] DaysPluralEn = ["Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays"];

    /// <summary>Whether hour of week <paramref name="hourOfWeek"/> (Monday 00–01 = 0) lies in time code <paramref name="code"/>.</summary>
    public static bool In(string code, int hourOfWeek)
    {
        var day = hourOfWeek / 24 % 7;
        var hour = hourOfWeek % 24;
        return code switch
        {
            "night" => hour >= 22 || hour < 6,
            "evening" => hour is >= 18 and < 22,
            "daytime" => hour is >= 6 and < 18,
            "weekday" => day <= 4,
            "weekend" => (day == 4 && hour >= 18) || day >= 5,
            _ => false,
        };
    }

    /// <summary>The share of the week's 168 hours in a code.</summary>
    public static double SlotShare(string code) => Enumerable.Range(0, 168).Count(h => In(code, h)) / 168.0;

    /// <summary>The share of a window's hours in each code.</summary>
    public static Dictionary<string, double> OfWindow(WeekWindow w)
    {
        var hours = Enumerable.Range(0, 168).Where(w.Contains).ToList();
        return Codes.ToDictionary(c => c, c => hours.Count == 0 ? 0 : hours.Count(h => In(c, h)) / (double)hours.Count, StringComparer.Ordinal);
    }

    /// <summary>The share of a 168-hour profile's incidents in each code (NaN when the profile is empty).</summary>
    public static Dictionary<string, double> OfProfile(IReadOnlyList<double> profile)
    {
        var total = profile.Sum();
        return Codes.ToDictionary(c => c, c => total > 0 ? Enumerable.Range(0, 168).Where(h => In(c, h)).Sum(h => profile[h]) / total : double.NaN,
            StringComparer.Ordinal);
    }

    /// <summary>
    /// The codes a problem falls in: those holding at least <see cref="WindowShare"/> of its peak window's hours (when the
    /// peak is above a flat week), and those holding at least <see cref="ProfileShare"/> of its timed incidents and
    /// <see cref="ProfileExcess"/> times their share of the week; most of its incidents first.
    /// </summary>
    public static IReadOnlyList<string> Of(WeekWindow? peak, IReadOnlyList<double>? profile)
    {
        var shares = profile is null ? null : OfProfile(profile);
        var window = peak is not null && peak.Share > peak.SlotShare ? OfWindow(peak) : null;
        var codes = new List<string>();
        foreach (var c in Codes)
        {
            var byWindow = window is not null && window[c] >= WindowShare;
            var byProfile = shares is not null && shares[c] >= ProfileShare && shares[c] >= ProfileExcess * SlotShare(c);
            if (byWindow || byProfile) codes.Add(c);
        }
        return [.. codes.OrderByDescending(c => shares is null || double.IsNaN(shares[c]) ? 0 : shares[c]).ThenBy(c => Array.IndexOf(Codes, c))];
    }

    /// <summary>The codes of a window alone (<see cref="WindowShare"/> of its hours), in code order.</summary>
    public static IReadOnlyList<string> OfWindowOnly(WeekWindow w)
    {
        var shares = OfWindow(w);
        return [.. Codes.Where(c => shares[c] >= WindowShare)];
    }

    /// <summary>The share of a profile's incidents in the hours <paramref name="inside"/> holds (NaN when empty).</summary>
    public static double Share(IReadOnlyList<double>? profile, Func<int, bool> inside)
    {
        if (profile is null) return double.NaN;
        var total = profile.Sum();
        if (total <= 0) return double.NaN;
        double sum = 0;
        for (var h = 0; h < 168; h++) if (inside(h)) sum += profile[h];
        return sum / total;
    }

    /// <summary>
    /// Whether a resource is open in a window: open for at least half of the window's minutes. Null when its hours or the
    /// window are unknown.
    /// </summary>
    public static bool? OpenIn(OpeningHours? hours, WeekWindow? window)
    {
        if (hours is null || window is null) return null;
        var slots = Enumerable.Range(0, 168).Where(window.Contains).ToList();
        if (slots.Count == 0) return null;
        return slots.Sum(hours.OpenShareOfHour) / slots.Count >= 0.5;
    }

    /// <summary>Opening hours in words: "mån–tors 15–21; fre 15–22" / "Mon–Thu 15–21; Fri 15–22", "dygnet runt", "aldrig öppet".</summary>
    public static string Describe(OpeningHours hours, string lang)
    {
        var sv = lang != "en";
        if (hours.OpenMinutes >= OpeningHours.MinutesPerWeek) return sv ? "dygnet runt" : "around the clock";
        if (hours.OpenMinutes == 0) return sv ? "aldrig öppet" : "never open";
        var perDay = new string[7];
        for (var d = 0; d < 7; d++) perDay[d] = string.Join(", ", Intervals(hours, d).Select(i => $"{Clock(i.Start)}–{Clock(i.End, true)}"));
        var names = sv ? DaysSv : DaysEn;
        var parts = new List<string>();
        for (var d = 0; d < 7;)
        {
            if (perDay[d].Length == 0) { d++; continue; }
            var last = d;
            while (last + 1 < 7 && perDay[last + 1] == perDay[d]) last++;
            var days = last == d ? names[d] : last == 6 && d == 0 ? (sv ? "alla dagar" : "every day") : $"{names[d]}–{names[last]}";
            parts.Add($"{days} {perDay[d]}");
            d = last + 1;
        }
        return string.Join("; ", parts);
    }

    /// <summary>The hour (or hh:mm) a resource closes on day <paramref name="day"/> (the end of the last opening that starts that day), or null when it does not open that day.</summary>
    public static string? ClosingOn(OpeningHours hours, int day)
    {
        var list = Intervals(hours, day);
        return list.Count == 0 ? null : Clock(list[^1].End, true);
    }

    /// <summary>"fredagar" / "Fridays".</summary>
    public static string DayPlural(int day, string lang) => (lang == "en" ? DaysPluralEn : DaysPluralSv)[day];

    /// <summary>The openings that start on day <paramref name="day"/> (minutes of the day; an end at or before the start runs past midnight).</summary>
    private static List<(int Start, int End)> Intervals(OpeningHours hours, int day)
    {
        var list = new List<(int, int)>();
        var from = day * 1440;
        for (var m = from; m < from + 1440; m++)
        {
            if (!hours.IsOpen(m) || hours.IsOpen(m - 1)) continue;
            var e = m + 1;
            while (e - m < OpeningHours.MinutesPerWeek && hours.IsOpen(e)) e++;
            list.Add((m - from, e % 1440));
        }
        return list;
    }

    private static string Clock(int minuteOfDay, bool end = false)
    {
        if (end && minuteOfDay == 0) return "24";
        return minuteOfDay % 60 == 0
            ? (minuteOfDay / 60).ToString("00", CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{minuteOfDay / 60:00}:{minuteOfDay % 60:00}");
    }
}
