using Geo.Planning.Runs;

namespace Geo.Api.Models;

/// <summary>
/// What changed between two runs of a study area (as <c>geo runs compare</c>): the parameters that differ, the areas that
/// entered, left or stayed in the top <see cref="TopN"/> priorities (reasons in the language asked for), the area
/// indicators whose incidents per day moved significantly, and the hotspot counts.
/// </summary>
public sealed record RunComparisonResponse(
    RunSummaryResponse A, RunSummaryResponse B, int TopN, IReadOnlyList<ParameterChange> Parameters,
    IReadOnlyList<RankChangeResponse> Entered, IReadOnlyList<RankChangeResponse> Left, IReadOnlyList<RankChangeResponse> Stayed,
    IReadOnlyList<RunChangeResponse> Moved, int HotspotsA, int HotspotsB);
