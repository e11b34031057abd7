namespace Geo.Reporting.Maps;

/// <summary>
/// The class codes of hotspot cells: Gi* confidence classes (<see cref="FromConfidence"/>) or the emerging classes as the
/// runs store them (snake case of Geo.Analysis.SpaceTime.EmergingClass: "persistent_hot_spot", "new_cold_spot", "no_pattern", …).
/// </summary>
public static class CellClasses
{
    public const string Hot99 = "hot_99";
    public const string Hot95 = "hot_95";
    public const string Hot90 = "hot_90";
    public const string NotSignificant = "not_significant";
    public const string Cold90 = "cold_90";
    public const string Cold95 = "cold_95";
    public const string Cold99 = "cold_99";

    /// <summary>The Gi* codes in legend order (hot to cold).</summary>
    public static IReadOnlyList<string> Gi { get; } = [Hot99, Hot95, Hot90, NotSignificant, Cold90, Cold95, Cold99];

    /// <summary>The emerging codes in legend order (hot classes, cold classes, no pattern).</summary>
    public static IReadOnlyList<string> Emerging { get; } =
    [
        "new_hot_spot", "consecutive_hot_spot", "intensifying_hot_spot", "persistent_hot_spot", "diminishing_hot_spot",
        "sporadic_hot_spot", "oscillating_hot_spot", "historical_hot_spot",
        "new_cold_spot", "consecutive_cold_spot", "intensifying_cold_spot", "persistent_cold_spot", "diminishing_cold_spot",
        "sporadic_cold_spot", "oscillating_cold_spot", "historical_cold_spot", "no_pattern",
    ];

    /// <summary>The code of a run cell's signed Gi* confidence (99, 95, 90, 0, −90, −95, −99); null (undefined) gives null.</summary>
    public static string? FromConfidence(int? confidence) => confidence switch
    {
        null => null,
        >= 99 => Hot99,
        >= 95 => Hot95,
        >= 90 => Hot90,
        <= -99 => Cold99,
        <= -95 => Cold95,
        <= -90 => Cold90,
        _ => NotSignificant,
    };

    /// <summary>The label of a class code in Swedish ("sv") or English ("en"); an unknown code is returned as it is.</summary>
    public static string Label(string code, string lang = "sv")
    {
        var sv = lang != "en";
        string Conf(string word, int p) => sv ? $"{word}, {p} % konfidens" : $"{word}, {p}% confidence";
        return code switch
        {
            Hot99 => Conf("Hot spot", 99),
            Hot95 => Conf("Hot spot", 95),
            Hot90 => Conf("Hot spot", 90),
            NotSignificant => sv ? "Inte signifikant" : "Not significant",
            Cold90 => Conf("Cold spot", 90),
            Cold95 => Conf("Cold spot", 95),
            Cold99 => Conf("Cold spot", 99),
            "no_pattern" => sv ? "Inget mönster" : "No pattern",
            _ when code.EndsWith("_hot_spot", StringComparison.Ordinal) || code.EndsWith("_cold_spot", StringComparison.Ordinal) => EmergingLabel(code, sv),
            _ => code,
        };
    }

    private static string EmergingLabel(string code, bool sv)
    {
        var hot = code.EndsWith("_hot_spot", StringComparison.Ordinal);
        var kind = code[..code.IndexOf(hot ? "_hot_spot" : "_cold_spot", StringComparison.Ordinal)];
        var spot = hot ? "hot spot" : "cold spot";
        var (adjSv, adjEn) = kind switch
        {
            "new" => ("Ny", "New"),
            "consecutive" => ("På varandra följande", "Consecutive"),
            "intensifying" => ("Intensifierande", "Intensifying"),
            "persistent" => ("Ihållande", "Persistent"),
            "diminishing" => ("Avtagande", "Diminishing"),
            "sporadic" => ("Sporadisk", "Sporadic"),
            "oscillating" => ("Oscillerande", "Oscillating"),
            "historical" => ("Historisk", "Historical"),
            _ => (kind, kind),
        };
        return $"{(sv ? adjSv : adjEn)} {spot}";
    }
}
