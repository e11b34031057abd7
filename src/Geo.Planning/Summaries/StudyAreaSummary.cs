using Geo.Core.Domain;
using Geo.Storage;

namespace Geo.Planning.Summaries;

/// <summary>
/// What is loaded for a study area: incidents by category and by source (time span, location and time precision), resources
/// by type, area sets, import batches.
/// </summary>
public sealed record StudyAreaSummary(
    StudyArea StudyArea,
    IReadOnlyList<CategoryCount> Categories,
    IReadOnlyList<SourceSummary> Sources,
    IReadOnlyList<ResourceTypeCount> Resources,
    IReadOnlyList<AreaSetSummary> AreaSets,
    IReadOnlyList<ImportBatchSummary> Imports)
{
    public long Incidents => Categories.Sum(c => c.Incidents);

    public long WithoutLocation => Categories.Sum(c => c.WithoutLocation);
}
