using System.Globalization;

namespace Geo.Reporting.Charts;

/// <summary>The words and numbers of the charts in Swedish (decimal comma, space between thousands, U+2212 minus) or English.</summary>
internal sealed class ChartText
{
    private static readonly CultureInfo Sv = CultureInfo.GetCultureInfo("sv-SE");
    private static readonly string[] MonthsSv = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
    private static readonly string[] MonthsEn = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    private static readonly string[] MonthNamesSv = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];
    private static readonly string[] MonthNamesEn = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] DaysSv = ["mån", "tis", "ons", "tor", "fre", "lör", "sön"];
    private static readonly string[] DaysEn = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

    private ChartText(bool swedish) => Swedish = swedish;

    public bool Swedish { get; }

    /// <summary>The text for <paramref name="lang"/>: "sv" (also null or empty) or "en".</summary>
    /// <exception cref="ArgumentException">Another language.</exception>
    public static ChartText For(string? lang) => lang switch
    {
        null or "" or "sv" => new ChartText(true),
        "en" => new ChartText(false),
        _ => throw new ArgumentException($"unknown language '{lang}': use sv or en."),
    };

    /// <summary>Swedish or English text.</summary>
    public string T(string sv, string en) => Swedish ? sv : en;

    /// <summary>A number with <paramref name="decimals"/> decimals: "1 234,5" / "1,234.5"; Swedish negatives with the minus sign U+2212.</summary>
    public string Number(double v, int decimals = 0)
    {
        if (double.IsNaN(v)) return "–";
        var s = v.ToString("N" + decimals, Swedish ? Sv : CultureInfo.InvariantCulture);
        return Swedish ? s.Replace('-', '\u2212') : s;
    }

    /// <summary>"jan" / "Jan" for <paramref name="month"/> 1–12.</summary>
    public string MonthShort(int month) => (Swedish ? MonthsSv : MonthsEn)[month - 1];

    /// <summary>"januari" / "January" for <paramref name="month"/> 1–12.</summary>
    public string MonthName(int month) => (Swedish ? MonthNamesSv : MonthNamesEn)[month - 1];

    /// <summary>"mån" / "Mon" for <paramref name="day"/> 0 (Monday) – 6 (Sunday).</summary>
    public string Weekday(int day) => (Swedish ? DaysSv : DaysEn)[day];

    /// <summary>"fewer than 5" in a legend.</summary>
    public string FewerThan(int threshold) => T($"färre än {threshold} (dolt)", $"fewer than {threshold} (suppressed)");

    /// <summary>"&lt;5" in a cell.</summary>
    public static string Below(int threshold) => "<" + threshold.ToString(CultureInfo.InvariantCulture);
}
