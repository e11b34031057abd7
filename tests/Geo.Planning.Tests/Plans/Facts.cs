using Geo.Planning.Causes;
using NetTopologySuite.Geometries;

namespace Geo.Planning.Tests.Plans;

/// <summary>Hand-built cause-analysis facts for the plan tests (what CauseService would read from a run).</summary>
internal static class Facts
{
    public static FactWindow FriSatNight(double share = 0.6) => new(4, 5, 22, 4, share, new FactText("fre–lör 22–04", "Fri–Sat 22–04"));

    public static CauseHypothesis Hypothesis(string code, string side, IReadOnlyList<string> places, IReadOnlyList<string> times, double support = 0.8) =>
        new(code, side, new FactText($"Kan {code} vara en orsak?", $"Could {code} be a cause?"), [], places, times, support);

    public static FactResource Resource(string type, string role, double distance = 0) =>
        new(type, type + " 1", null, distance, true, null, false, role);

    public static ProblemFacts Problem(
        string kind = "hotspot", string id = "10", string group = "violence", int rank = 1, int incidents = 143,
        IReadOnlyList<string>? placeTypes = null, IReadOnlyList<string>? times = null, FactWindow? peak = null, double? repeatShare = null,
        FactCoverage? coverage = null, IReadOnlyList<CauseHypothesis>? hypotheses = null, IReadOnlyList<FactResource>? resources = null,
        Geometry? geometry = null)
    {
        var label = group switch
        {
            "violence" => new FactText("Våld och hot", "Violence and threats"),
            "burglary" => new FactText("Inbrott", "Burglary"),
            _ => new FactText(group, group),
        };
        var place = kind == "hotspot" ? new FactText($"hot spot {id} (9999C0903)", $"hotspot {id} (9999C0903)") : new FactText($"område {id}", $"area {id}");
        return new ProblemFacts(kind, id, group, rank, 2.5, place, label, incidents, 120, 365, kind == "area" ? 12.3 : null, 3.4,
            "significant_rise", new FactRatio(1.19, 1.01, 1.4, 0.04), "no_trend", 2.0, kind == "hotspot" ? "persistent_hot_spot" : null,
            peak, times ?? [], repeatShare, resources ?? [], placeTypes ?? [], coverage ?? new FactCoverage("none", null, []), [], [],
            hypotheses ?? [], geometry);
    }

    /// <summary>A night-economy violence hotspot: licensed premises inside, peak Fri–Sat 22–04, a temporal coverage gap then.</summary>
    public static ProblemFacts NightEconomyHotspot(string id = "10", Geometry? geometry = null, int rank = 1) => Problem(
        id: id, rank: rank, placeTypes: ["licensed_premises", "youth_centre"], times: ["night", "weekend"], peak: FriSatNight(),
        coverage: new FactCoverage("temporal", 0.7, [FriSatNight(0.7)]),
        hypotheses:
        [
            Hypothesis("night_economy", "place", ["licensed_premises"], ["night", "weekend"], 0.9),
            Hypothesis("uncovered_hours", "guardian", ["youth_centre"], ["night", "weekend"], 0.7),
        ],
        resources: [Resource("licensed_premises", "risk"), Resource("youth_centre", "guardian", 120)],
        geometry: geometry);
}
