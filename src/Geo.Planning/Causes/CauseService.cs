namespace Geo.Planning.Causes;

/// <summary>
/// Cause-analysis support: the facts and hypotheses of the top problems of a stored run (read back, never recomputed
/// except for what the run does not store per problem, such as a hotspot group's own peak window).
/// </summary>
public sealed class CauseService
{
    /// <summary>The facts of the top <paramref name="topN"/> problems of each kind (areas, hotspots) of run <paramref name="runId"/>, areas first, by rank.</summary>
    /// <exception cref="ArgumentException">No completed run has this id.</exception>
    public Task<IReadOnlyList<ProblemFacts>> FactsAsync(long runId, int topN = 5, CancellationToken ct = default) =>
        throw new NotImplementedException("issue 12: cause-analysis facts");
}
