using Geo.Storage;

namespace Geo.Planning.StudyAreas;

/// <summary>
/// The study areas as the HTTP API browses them: the list with bounding boxes in WGS 84, one study area with its area
/// sets, the areas of a set and the resources as points. Unknown codes give null, so that the caller can answer 404.
/// </summary>
public sealed class StudyAreaCatalog(StudyAreaQueries queries, SummaryQueries summaries)
{
    /// <summary>Every study area, by code.</summary>
    public Task<IReadOnlyList<StudyAreaExtent>> ListAsync(CancellationToken ct = default) => queries.ExtentsAsync(null, ct);

    /// <summary>The study area with its area sets, or null when no study area has this code.</summary>
    public async Task<StudyAreaDetails?> GetAsync(string code, CancellationToken ct = default)
    {
        var extent = (await queries.ExtentsAsync(code, ct).ConfigureAwait(false)).SingleOrDefault();
        if (extent is null) return null;
        return new StudyAreaDetails(extent, await summaries.AreaSetsAsync(code, ct).ConfigureAwait(false));
    }

    /// <summary>The areas of area set <paramref name="areaSet"/>, or null when the study area has no such set.</summary>
    public async Task<IReadOnlyList<AreaListItem>?> AreasAsync(string code, string areaSet, CancellationToken ct = default)
    {
        var sets = await summaries.AreaSetsAsync(code, ct).ConfigureAwait(false);
        if (!sets.Any(s => s.Name == areaSet)) return null;
        return await queries.AreasAsync(code, areaSet, ct).ConfigureAwait(false);
    }

    /// <summary>The area set names of a study area, by name (for messages).</summary>
    public async Task<IReadOnlyList<string>> AreaSetNamesAsync(string code, CancellationToken ct = default) =>
        [.. (await summaries.AreaSetsAsync(code, ct).ConfigureAwait(false)).Select(s => s.Name)];

    /// <summary>The resources of a study area as points in WGS 84 (of one type when given), by id.</summary>
    public Task<IReadOnlyList<ResourcePoint>> ResourcesAsync(string code, string? type, CancellationToken ct = default) =>
        queries.ResourcesAsync(code, type, ct);
}
