using Geo.Planning.Runs;

namespace Geo.Planning.Plans;

/// <summary>
/// A stored draft: the plan as stored now, how many rows were added, how many untouched rows were refreshed and how
/// many edited rows were kept unchanged (the last two only when drafting into a plan), and the announced defaults.
/// </summary>
public sealed record PlanDraftResult(Plan Plan, int Added, int Refreshed, int Kept, IReadOnlyList<RunNotice> Notices);
