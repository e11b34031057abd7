using Geo.Planning.Causes;
using Geo.Planning.Plans;

namespace Geo.Reporting.Reports;

/// <summary>
/// The lägesbild of a stored run as a document, in the order Swedish municipalities and Brå structure it: 1 summary,
/// 2 method and sources, 3 reference values, 4 trends, 5 where, 6 when, 7 priorities, 8 resources and coverage gaps,
/// 9 cause-analysis facts, 10 the åtgärdsplan draft, 11 the follow-up of the previous plan, 12 appendix tables. Every
/// count is already suppressed for the role the report is made for; the writers only lay it out.
/// </summary>
public sealed record LagesbildReport(
    ReportHeader Header,
    IReadOnlyList<string> Summary,
    ReportMethod Method,
    ReportReference? Reference,
    IReadOnlyList<ReportTrendRow> Trends,
    ReportWhere Where,
    ReportWhen When,
    IReadOnlyList<ReportPriorityRow> AreaPriorities,
    IReadOnlyList<ReportPriorityRow> HotspotPriorities,
    IReadOnlyList<ReportResourceCount> Resources,
    IReadOnlyList<ReportGapRow> Gaps,
    IReadOnlyList<ProblemFacts> Causes,
    Plan? Plan,
    PlanFollowUp? FollowUp,
    IReadOnlyList<ReportAreaRow> Appendix);
