using System.Globalization;

namespace Geo.Analysis.Time;

/// <summary>
/// A recurring window of the week: the days <see cref="FirstDay"/> … <see cref="LastDay"/> (Monday = 0 … Sunday = 6,
/// consecutive, wrapping from Sunday to Monday when <see cref="LastDay"/> &lt; <see cref="FirstDay"/>), each from
/// <see cref="StartHour"/>:00 to <see cref="EndHour"/>:00. When <see cref="EndHour"/> ≤ <see cref="StartHour"/> the
/// window runs past midnight into the next day and those hours belong to the day it started: Friday 22–03 is Friday
/// 22:00 to Saturday 03:00. <see cref="EndHour"/> = <see cref="StartHour"/> is a whole day from the start hour.
/// </summary>
/// <param name="FirstDay">First day, 0–6.</param>
/// <param name="LastDay">Last day, 0–6.</param>
/// <param name="StartHour">Start hour, 0–23.</param>
/// <param name="EndHour">End hour (exclusive), 0–24.</param>
/// <param name="Share">The share of events inside the window; what it is a share of is said by whoever made it.</param>
public sealed record WeekWindow(int FirstDay, int LastDay, int StartHour, int EndHour, double Share)
{
    private static readonly string[] DaysSv = ["mån", "tis", "ons", "tors", "fre", "lör", "sön"];
    private static readonly string[] DaysEn = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

    /// <summary>Number of days, 1–7.</summary>
    public int Days => (LastDay - FirstDay + 7) % 7 + 1;

    /// <summary>Hours per day, 1–24.</summary>
    public int Hours => (EndHour - StartHour + 24) % 24 is var h && h == 0 ? 24 : h;

    /// <summary>Hours of the week inside the window (<see cref="Days"/> × <see cref="Hours"/>).</summary>
    public int Slots => Days * Hours;

    /// <summary>The share of the week's 168 hours that the window covers (the share of events a flat profile would put in it).</summary>
    public double SlotShare => Slots / 168.0;

    /// <summary>True when hour of week <paramref name="hourOfWeek"/> (day × 24 + hour, Monday 00–01 = 0; wraps) is inside.</summary>
    public bool Contains(int hourOfWeek)
    {
        // Count back from the start hour: the day the hour's night belongs to and the offset into that day's window.
        var t = (((hourOfWeek - StartHour) % 168) + 168) % 168;
        var day = t / 24;
        return t % 24 < Hours && (day - FirstDay + 7) % 7 < Days;
    }

    /// <summary>
    /// The window in words without its share: "sv" gives "fre–lör 22–03" (mån tis ons tors fre lör sön; one day "fre 22–03";
    /// all seven "alla dagar 22–03"), "en" gives "Fri–Sat 22–03" ("every day 22–03"). An end at midnight is written 24.
    /// </summary>
    /// <exception cref="ArgumentException">The language is neither "sv" nor "en".</exception>
    public string Describe(string lang)
    {
        var sv = lang.Equals("sv", StringComparison.OrdinalIgnoreCase);
        if (!sv && !lang.Equals("en", StringComparison.OrdinalIgnoreCase))
            throw new ArgumentException($"language '{lang}' is not supported; use \"sv\" or \"en\".", nameof(lang));
        var names = sv ? DaysSv : DaysEn;
        var days = Days == 7 ? (sv ? "alla dagar" : "every day")
            : Days == 1 ? names[FirstDay]
            : $"{names[FirstDay]}–{names[LastDay]}";
        var end = EndHour == 0 ? 24 : EndHour;
        return string.Create(CultureInfo.InvariantCulture, $"{days} {StartHour:00}–{end:00}");
    }
}
