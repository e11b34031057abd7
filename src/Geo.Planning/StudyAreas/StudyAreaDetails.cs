using Geo.Storage;

namespace Geo.Planning.StudyAreas;

/// <summary>A study area with its bounding box in WGS 84 and its area sets (number of areas, summed population).</summary>
public sealed record StudyAreaDetails(StudyAreaExtent StudyArea, IReadOnlyList<AreaSetSummary> AreaSets);
