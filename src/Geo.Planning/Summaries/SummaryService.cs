using Geo.Planning.StudyAreas;
using Geo.Storage;

namespace Geo.Planning.Summaries;

/// <summary>The summary of what is loaded for a study area.</summary>
public sealed class SummaryService(StudyAreaService studyAreas, SummaryQueries queries)
{
    /// <exception cref="ArgumentException">No study area has this code.</exception>
    public async Task<StudyAreaSummary> GetAsync(string studyAreaCode, CancellationToken ct = default)
    {
        var sa = await studyAreas.GetAsync(studyAreaCode, ct).ConfigureAwait(false);
        return new StudyAreaSummary(sa,
            await queries.IncidentsByCategoryAsync(studyAreaCode, ct).ConfigureAwait(false),
            await queries.IncidentsBySourceAsync(studyAreaCode, ct).ConfigureAwait(false),
            await queries.ResourcesByTypeAsync(studyAreaCode, ct).ConfigureAwait(false),
            await queries.AreaSetsAsync(studyAreaCode, ct).ConfigureAwait(false),
            await queries.ImportBatchSummariesAsync(studyAreaCode, ct).ConfigureAwait(false));
    }
}
