using System.Globalization;
using Geo.Core.Taxonomy;

namespace Geo.Planning.Runs;

/// <summary>Words and numbers of a run's reasons in Swedish (decimal comma, "62 %") or English ("62%").</summary>
internal sealed class RunText(bool swedish)
{
    private static readonly CultureInfo Sv = CultureInfo.GetCultureInfo("sv-SE");

    public bool Swedish { get; } = swedish;

    public static RunText For(string lang) => new(lang != "en");

    public string Number(double v, int decimals = 1) =>
        v.ToString("N" + decimals, Swedish ? Sv : CultureInfo.InvariantCulture).Replace('\u2212', '-');

    public string Whole(double v) => v.ToString("N0", Swedish ? Sv : CultureInfo.InvariantCulture);

    public string Percent(double share) => Swedish ? $"{Whole(share * 100)} %" : $"{Whole(share * 100)}%";

    public string Group(string code)
    {
        if (code == AreaIndicatorBuilder.Total) return Swedish ? "Alla händelser" : "All incidents";
        var c = CategoryTaxonomy.BuiltIn.Find(code);
        return c is null ? code : Swedish ? c.LabelSv : c.LabelEn;
    }

    /// <summary>A resource type in a count phrase: "2 serveringsställen", "1 fritidsgård".</summary>
    public string Count(string type, int n)
    {
        var (sv1, svN, en1, enN) = type switch
        {
            "licensed_premises" => ("serveringsställe", "serveringsställen", "licensed premises", "licensed premises"),
            "transit_stop" => ("hållplats", "hållplatser", "transit stop", "transit stops"),
            "school" => ("skola", "skolor", "school", "schools"),
            "shop" => ("butik", "butiker", "shop", "shops"),
            "youth_centre" => ("fritidsgård", "fritidsgårdar", "youth centre", "youth centres"),
            "sports_facility" => ("idrottsanläggning", "idrottsanläggningar", "sports facility", "sports facilities"),
            _ => (Label(type), Label(type), Label(type), Label(type)),
        };
        return Swedish ? $"{n} {(n == 1 ? sv1 : svN)}" : $"{n} {(n == 1 ? en1 : enN)}";
    }

    /// <summary>A prevention resource type as a noun in a "no … open" phrase.</summary>
    public string Prevention(string type) => type switch
    {
        "youth_centre" => Swedish ? "fritidsgård" : "youth centre",
        "field_work_area" => Swedish ? "fältverksamhet" : "field work",
        "police_station" => Swedish ? "polis" : "police",
        "social_services" => Swedish ? "socialtjänst" : "social services",
        _ => Label(type).ToLowerInvariant(),
    };

    public string Label(string type) => Geo.Core.Domain.ResourceTypes.All.TryGetValue(type, out var l) ? (Swedish ? l.Sv : l.En) : type;

    /// <summary>"a, b eller c" / "a, b or c".</summary>
    public string Or(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + (Swedish ? " eller " : " or ") + items[^1],
    };

    public string Lang => Swedish ? "sv" : "en";
}
