using System.Globalization;
using Geo.Planning.Causes;
using Geo.Planning.Runs;

namespace Geo.Planning.Plans;

/// <summary>
/// A problem of a run in words for the plan's first column: what (group), where (place), how much (incidents in the
/// period), compared with what (the study area's level, the comparison period), when (peak window) and the trend.
/// </summary>
internal static class ProblemText
{
    public static FactText Of(ProblemFacts p, DateOnly from, DateOnly to) => new(Text(p, from, to, RunText.For("sv")), Text(p, from, to, RunText.For("en")));

    private static string Text(ProblemFacts p, DateOnly from, DateOnly to, RunText t)
    {
        var sv = t.Swedish;
        var lang = t.Lang;
        var period = string.Create(CultureInfo.InvariantCulture, $"{from:yyyy-MM-dd}–{to:yyyy-MM-dd}");
        var parts = new List<string>
        {
            sv ? $"{p.Group.Sv} i {p.Place.Sv}: {t.Whole(p.Incidents)} händelser {period}" : $"{p.Group.En} in {p.Place.En}: {t.Whole(p.Incidents)} incidents {period}",
        };
        if (p.RatePer1000 is { } rate && double.IsFinite(rate))
            parts.Add(sv ? $"{t.Number(rate)} per 1 000 invånare" : $"{t.Number(rate)} per 1,000 residents");
        if (p.RelativeLevel is { } rel && double.IsFinite(rel))
            parts.Add(sv ? $"{t.Number(rel)} gånger kommunens nivå" : $"{t.Number(rel)} times the study area's level");
        if (p.Peak is { } peak)
            parts.Add(sv ? $"mest {peak.Text.Sv} ({t.Percent(peak.Share)} av händelserna)" : $"mostly {peak.Text.En} ({t.Percent(peak.Share)} of incidents)");
        if (p.IncidentsCompare is { } before)
        {
            var change = p.RateRatio is { } rr && double.IsFinite(rr.Statistic)
                ? $"{(rr.Statistic >= 1 ? "+" : "−")}{t.Percent(Math.Abs(rr.Statistic - 1))}"
                : "";
            var significance = p.ChangeClass switch
            {
                "significant_rise" => sv ? "signifikant ökning" : "significant rise",
                "significant_fall" => sv ? "signifikant minskning" : "significant fall",
                "no_significant_change" => sv ? "ingen signifikant förändring" : "no significant change",
                _ => sv ? "förändringen kan inte testas" : "the change cannot be tested",
            };
            parts.Add(sv
                ? $"{change} mot jämförelseperioden ({t.Whole(before)} händelser; {significance})".TrimStart()
                : $"{change} against the comparison period ({t.Whole(before)} incidents; {significance})".TrimStart());
        }
        if (p.TrendClass is "rising" or "falling" && p.TrendPercentPerYear is { } pct && double.IsFinite(pct))
            parts.Add(sv ? $"trend {(pct >= 0 ? "+" : "−")}{t.Number(Math.Abs(pct), 0)} % per år" : $"trend {(pct >= 0 ? "+" : "−")}{t.Number(Math.Abs(pct), 0)}% a year");
        else if (p.TrendClass == "no_trend")
            parts.Add(sv ? "ingen signifikant trend" : "no significant trend");
        if (p.EmergingClass is { } emerging)
            parts.Add(Emerging(emerging, lang));
        if (p.RepeatShare is { } repeat && repeat >= MeasureMatcher.RepeatShareThreshold)
            parts.Add(sv ? $"{t.Percent(repeat)} på platser som drabbats upprepat" : $"{t.Percent(repeat)} at repeat places");
        return string.Join("; ", parts) + ".";
    }

    private static string Emerging(string code, string lang) => (code, lang == "en") switch
    {
        ("new_hot_spot", false) => "ny hot spot",
        ("consecutive_hot_spot", false) => "på varandra följande hot spot",
        ("intensifying_hot_spot", false) => "intensifierande hot spot",
        ("persistent_hot_spot", false) => "ihållande hot spot",
        ("diminishing_hot_spot", false) => "avtagande hot spot",
        ("sporadic_hot_spot", false) => "sporadisk hot spot",
        ("oscillating_hot_spot", false) => "oscillerande hot spot",
        ("historical_hot_spot", false) => "historisk hot spot",
        (_, true) => code.Replace("hot_spot", "hotspot", StringComparison.Ordinal).Replace('_', ' '),
        _ => code.Replace('_', ' '),
    };
}
