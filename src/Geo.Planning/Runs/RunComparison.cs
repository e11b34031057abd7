using Geo.Storage.Model;

namespace Geo.Planning.Runs;

/// <summary>
/// <c>geo runs compare A B</c>: the follow-up the law asks for — what changed between two runs of one study area:
/// parameters, the problems entering and leaving the top N, and the indicators that moved significantly.
/// </summary>
public sealed record RunComparison(
    AnalysisRunEntity A,
    AnalysisRunEntity B,
    int TopN,
    IReadOnlyList<ParameterChange> Parameters,
    IReadOnlyList<RankChange> Entered,
    IReadOnlyList<RankChange> Left,
    IReadOnlyList<RankChange> Stayed,
    IReadOnlyList<RunChange> Moved,
    int HotspotsA,
    int HotspotsB);
