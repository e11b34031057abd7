using Geo.Planning.Causes;

namespace Geo.Planning.Plans;

/// <summary>
/// The follow-up indicator of a plan row, defined so that a later run can recompute it: the code (the catalogue's
/// indicator: <c>incidents</c>, <c>incidents_in_window</c>, <c>repeat_share</c>, <c>hot_cells</c>,
/// <c>coverage_gap_share</c>), its words, the problem it measures (area code, or the hotspot's polygon stored with the row,
/// since hotspot ids differ between runs), the category group, the week window when it counts only those hours, the
/// baseline value over the baseline period (from the run the row was drafted from) and the proposed change (−0.2 = a 20 %
/// reduction).
/// </summary>
public sealed record PlanIndicator(
    string Code,
    string Description,
    string TargetKind,
    string TargetId,
    string CategoryGroup,
    FactWindow? Window,
    double Baseline,
    DateOnly BaselineFrom,
    DateOnly BaselineTo,
    double GoalChange);
