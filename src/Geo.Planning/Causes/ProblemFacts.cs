using NetTopologySuite.Geometries;

namespace Geo.Planning.Causes;

/// <summary>
/// The facts a cross-agency group needs to discuss the causes of one prioritised problem of a stored run (an area or a
/// hotspot × a category group), arranged along the crime triangle (<see cref="TriangleSide"/>), with the hypotheses they
/// suggest. Facts are what the run's data shows; hypotheses are proposals to check, never proven causes.
/// </summary>
/// <param name="TargetKind"><c>area</c> or <c>hotspot</c>.</param>
/// <param name="TargetId">The area code, or the hotspot id as text.</param>
/// <param name="CategoryGroup">The category main group (taxonomy code, e.g. <c>violence</c>).</param>
/// <param name="Rank">The problem's priority rank within its kind (1 = highest).</param>
/// <param name="Score">The priority score.</param>
/// <param name="Place">Where, in words: "område Centrum (9999C0903)" / "hot spot 10 (9999C0903, 9999C0902)".</param>
/// <param name="Group">The group's label: "Våld" / "Violence".</param>
/// <param name="Incidents">Incidents of the group in the problem in the run's period.</param>
/// <param name="IncidentsCompare">The same in the comparison period, when the run has one.</param>
/// <param name="Days">Days in the run's period (for rates per day in goals and follow-up).</param>
/// <param name="RatePer1000">An area's rate per 1,000 residents (null for hotspots and areas without population).</param>
/// <param name="RelativeLevel">Times the study area's level: an area's rate against the study area's, a hotspot's density against the study area's.</param>
/// <param name="ChangeClass"><c>significant_rise</c>, <c>significant_fall</c>, <c>no_significant_change</c> or <c>undefined</c>; null without a comparison period.</param>
/// <param name="RateRatio">The change against the comparison period (exact rate ratio with its 95 % interval and p).</param>
/// <param name="TrendClass"><c>rising</c>, <c>falling</c>, <c>no_trend</c> or <c>undefined</c>.</param>
/// <param name="TrendPercentPerYear">The Poisson trend in % per year.</param>
/// <param name="EmergingClass">A hotspot's emerging class (<c>persistent_hot_spot</c>, ...); null for areas.</param>
/// <param name="Peak">The problem's own peak window of the week (the group's incidents in the problem), when it has one.</param>
/// <param name="Times">The measure catalogue's time codes the problem falls in (<c>night</c>, <c>evening</c>, <c>weekend</c>, <c>daytime</c>, <c>weekday</c>), most of its incidents first.</param>
/// <param name="RepeatShare">Share of incidents at repeat places.</param>
/// <param name="Resources">The resources within the run's coverage distance and the nearest of each type beyond it, each with whether it is open in the peak window.</param>
/// <param name="PlaceTypes">The catalogue's place-type codes present at the problem (resource types within the coverage distance, and kinds of area).</param>
/// <param name="Coverage">The coverage gap of the problem (from its hotspot, or the hotspots reaching into its area).</param>
/// <param name="MissingSources">Kinds of sources the run lacks (e.g. <c>youth_survey</c>, <c>school_reports</c>) with what they would tell.</param>
/// <param name="Triangle">The facts along the crime triangle, in order: place, offender, target, then the controllers.</param>
/// <param name="Hypotheses">Candidate causes to discuss, most supported first.</param>
/// <param name="Geometry">The area's or hotspot's polygon in the study area's CRS.</param>
public sealed record ProblemFacts(
    string TargetKind,
    string TargetId,
    string CategoryGroup,
    int Rank,
    double Score,
    FactText Place,
    FactText Group,
    int Incidents,
    int? IncidentsCompare,
    int Days,
    double? RatePer1000,
    double? RelativeLevel,
    string? ChangeClass,
    FactRatio? RateRatio,
    string? TrendClass,
    double? TrendPercentPerYear,
    string? EmergingClass,
    FactWindow? Peak,
    IReadOnlyList<string> Times,
    double? RepeatShare,
    IReadOnlyList<FactResource> Resources,
    IReadOnlyList<string> PlaceTypes,
    FactCoverage Coverage,
    IReadOnlyList<FactText> MissingSources,
    IReadOnlyList<TriangleFact> Triangle,
    IReadOnlyList<CauseHypothesis> Hypotheses,
    Geometry? Geometry);
