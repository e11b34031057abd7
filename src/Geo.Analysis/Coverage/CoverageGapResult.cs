using Geo.Analysis.Time;

namespace Geo.Analysis.Coverage;

/// <summary>How many of a hotspot's incidents happen when no prevention resource is open (see <see cref="CoverageGap"/>).</summary>
/// <param name="Incidents">Incidents assessed.</param>
/// <param name="Uncovered">Incidents at a minute of the week when none of the resources is open.</param>
/// <param name="UncoveredShare"><see cref="Uncovered"/>/<see cref="Incidents"/>; NaN when there are no incidents.</param>
/// <param name="IsGap">True when there are incidents and <see cref="UncoveredShare"/> reaches the threshold.</param>
/// <param name="UncoveredWindows">The main windows of the uncovered incidents, at most three, largest first; each
/// <see cref="WeekWindow.Share"/> is the share of ALL the incidents that are uncovered and inside that window.</param>
public sealed record CoverageGapResult(int Incidents, int Uncovered, double UncoveredShare, bool IsGap, IReadOnlyList<WeekWindow> UncoveredWindows);
