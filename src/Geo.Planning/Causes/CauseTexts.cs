namespace Geo.Planning.Causes;

/// <summary>Words of the cause-analysis facts for the shells: the sides of the crime triangle and the hypothesis codes.</summary>
public static class CauseTexts
{
    /// <summary>A side of the crime triangle (<see cref="TriangleSide"/>) in Swedish ("sv", default) or English ("en").</summary>
    public static string Side(string side, string lang) => (side, lang == "en") switch
    {
        (TriangleSide.Place, false) => "Plats",
        (TriangleSide.Place, true) => "Place",
        (TriangleSide.Offender, false) => "Gärningsperson",
        (TriangleSide.Offender, true) => "Offender",
        (TriangleSide.Target, false) => "Mål/offer",
        (TriangleSide.Target, true) => "Target/victim",
        (TriangleSide.PlaceManager, false) => "Platsansvarig",
        (TriangleSide.PlaceManager, true) => "Place manager",
        (TriangleSide.Handler, false) => "Handledare",
        (TriangleSide.Handler, true) => "Handler",
        (TriangleSide.Guardian, false) => "Väktare/skydd",
        (TriangleSide.Guardian, true) => "Guardian",
        _ => side,
    };

    /// <summary>The hypothesis codes CauseService proposes (docs/lagesbild.md, "Cause-analysis facts").</summary>
    public static IReadOnlyList<string> HypothesisCodes { get; } =
    [
        "night_economy", "transit_node", "school_time", "youth_evenings", "uncovered_hours", "no_guardians", "repeat_targets",
        "shop_targets", "housing_management", "drug_market",
    ];
}
