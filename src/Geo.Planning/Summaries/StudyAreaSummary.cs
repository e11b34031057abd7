using Geo.Core.Domain;
using Geo.Storage;

namespace Geo.Planning.Summaries;

/// <summary>What is loaded for a study area: incidents by category, resources by type, area sets, import batches.</summary>
public sealed record StudyAreaSummary(
    StudyArea StudyArea,
    IReadOnlyList<CategoryCount> Categories,
    IReadOnlyList<ResourceTypeCount> Resources,
    IReadOnlyList<AreaSetSummary> AreaSets,
    IReadOnlyList<ImportBatchSummary> Imports)
{
    public long Incidents => Categories.Sum(c => c.Incidents);

    public long WithoutLocation => Categories.Sum(c => c.WithoutLocation);
}
