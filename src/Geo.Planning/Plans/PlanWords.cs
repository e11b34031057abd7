using Geo.Analysis.Time;
using Geo.Planning.Causes;
using Geo.Planning.Measures;

namespace Geo.Planning.Plans;

/// <summary>The words and time codes the plan drafts share (Swedish and English).</summary>
internal static class PlanWords
{
    /// <summary>Hour of week where the catalogue's weekend starts (Friday 18:00; Monday 00:00 = 0).</summary>
    private const int WeekendStart = 4 * 24 + 18;

    public static WeekWindow Week(FactWindow w) => new(w.FirstDay, w.LastDay, w.StartHour, w.EndHour, w.Share);

    /// <summary>
    /// The catalogue's time codes a week window falls in: night (22–06), evening (18–22), daytime (06–18), weekend (Fri 18 –
    /// Sun 24) and weekday (Mon–Fri outside the weekend), each when at least one hour of the window is in it. Fri–Sat 22–04
    /// gives night and weekend.
    /// </summary>
    public static IReadOnlyList<string> Times(FactWindow w)
    {
        var window = Week(w);
        bool night = false, evening = false, day = false, weekend = false, weekday = false;
        for (var h = 0; h < 168; h++)
        {
            if (!window.Contains(h)) continue;
            var hour = h % 24;
            if (hour >= 22 || hour < 6) night = true;
            else if (hour >= 18) evening = true;
            else day = true;
            if (h >= WeekendStart) weekend = true;
            else weekday = true;
        }
        var list = new List<string>();
        if (night) list.Add("night");
        if (evening) list.Add("evening");
        if (day) list.Add("daytime");
        if (weekend) list.Add("weekend");
        if (weekday) list.Add("weekday");
        return list;
    }

    public static string Time(string code, string lang) => (code, lang == "en") switch
    {
        ("night", false) => "natt",
        ("night", true) => "night",
        ("evening", false) => "kväll",
        ("evening", true) => "evening",
        ("daytime", false) => "dagtid",
        ("daytime", true) => "daytime",
        ("weekday", false) => "vardag",
        ("weekday", true) => "weekdays",
        ("weekend", false) => "helg",
        ("weekend", true) => "weekend",
        ("school_term", false) => "skoltermin",
        ("school_term", true) => "school term",
        ("summer_holiday", false) => "sommarlov",
        ("summer_holiday", true) => "summer holiday",
        ("any", false) => "alla tider",
        ("any", true) => "any time",
        _ => code,
    };

    /// <summary>"a och b" / "a and b", "a, b och c".</summary>
    public static string And(IReadOnlyList<string> items, string lang) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + (lang == "en" ? " and " : " och ") + items[^1],
    };

    public static string PlaceType(MeasureCatalogue catalogue, string code, string lang)
    {
        var p = catalogue.PlaceTypes.FirstOrDefault(x => x.Code == code);
        var label = p is null ? code.Replace('_', ' ') : lang == "en" ? p.LabelEn : p.LabelSv;
        return label.Length > 1 && char.IsUpper(label[0]) && !char.IsUpper(label[1]) ? char.ToLowerInvariant(label[0]) + label[1..] : label;
    }

    /// <summary>The problem's place as the goal names it: "hot spot 10" / "hotspot 10", or the area's words of the facts.</summary>
    public static string Target(ProblemFacts p, string lang) =>
        p.TargetKind == "hotspot" ? (lang == "en" ? $"hotspot {p.TargetId}" : $"hot spot {p.TargetId}") : p.Place.In(lang);

    /// <summary>The category main group as the object of "reduce": "våldet" / "violence".</summary>
    public static string GroupObject(string group, FactText label, string lang) => (group, lang == "en") switch
    {
        ("violence", false) => "våldet",
        ("violence", true) => "violence",
        ("theft", false) => "stölderna",
        ("theft", true) => "thefts",
        ("burglary", false) => "inbrotten",
        ("burglary", true) => "burglaries",
        ("robbery", false) => "rånen",
        ("robbery", true) => "robberies",
        ("vandalism", false) => "skadegörelsen",
        ("vandalism", true) => "vandalism",
        ("drugs", false) => "narkotikabrotten",
        ("drugs", true) => "drug offences",
        ("disorder", false) => "ordningsstörningarna",
        ("disorder", true) => "disorder",
        ("sexual", false) => "sexualbrotten",
        ("sexual", true) => "sexual offences",
        ("fire", false) => "bränderna",
        ("fire", true) => "fires",
        ("weapons", false) => "vapenbrotten",
        ("weapons", true) => "weapons offences",
        ("fraud", false) => "bedrägerierna",
        ("fraud", true) => "fraud",
        ("traffic", false) => "trafikbrotten",
        ("traffic", true) => "traffic offences",
        (_, false) => $"händelserna ({label.Sv.ToLowerInvariant()})",
        (_, true) => $"incidents ({label.En.ToLowerInvariant()})",
    };
}
