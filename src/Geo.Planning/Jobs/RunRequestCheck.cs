using Geo.Planning.Runs;
using Geo.Planning.StudyAreas;
using Geo.Storage;

namespace Geo.Planning.Jobs;

/// <summary>
/// The checks of an <see cref="AnalyzeRequest"/> that can be made before a run starts (so that a background run is only
/// started when it can begin): the study area exists, the periods are given whole and in order, the categories are in
/// the taxonomy, the area set exists, the cell size is positive. The run repeats them itself (<see cref="AnalyzeService"/>).
/// </summary>
public sealed class RunRequestCheck(StudyAreaService studyAreas, RunInputQueries input)
{
    /// <exception cref="ArgumentException">What is wrong, naming the field.</exception>
    public async Task CheckAsync(AnalyzeRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.StudyAreaCode)) throw new ArgumentException("studyArea is missing: give the code of a study area (GET /api/study-areas).");
        if ((request.From is null) != (request.To is null)) throw new ArgumentException("give both from and to, or neither (the default: the last 12 full months of data).");
        if (request.From is { } f && request.To is { } t && t < f) throw new ArgumentException($"to {t:yyyy-MM-dd} is before from {f:yyyy-MM-dd}.");
        if ((request.CompareFrom is null) != (request.CompareTo is null))
            throw new ArgumentException("give both compareFrom and compareTo, or neither (the default: as many months or days just before the period).");
        if (request.CompareFrom is { } cf && request.CompareTo is { } cto && cto < cf) throw new ArgumentException($"compareTo {cto:yyyy-MM-dd} is before compareFrom {cf:yyyy-MM-dd}.");
        if (request.CellSize is { } size && !(size > 0 && double.IsFinite(size))) throw new ArgumentException($"cellSize must be a number of metres above 0 (or left out for the automatic size), not {size}.");
        if (request.Categories is { Count: > 0 } categories)
        {
            try
            {
                CategorySelection.Expand(categories);
            }
            catch (ArgumentException e)
            {
                throw new ArgumentException(e.Message.Replace("--categories", "categories", StringComparison.Ordinal), e);
            }
        }
        try
        {
            await studyAreas.GetAsync(request.StudyAreaCode, ct).ConfigureAwait(false);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"studyArea: study area '{request.StudyAreaCode}' does not exist (GET /api/study-areas lists them).", e);
        }
        if (request.AreaSet is { } set)
        {
            var sets = await input.AreaSetsWithPopulationAsync(request.StudyAreaCode, ct).ConfigureAwait(false);
            if (!sets.Any(s => s.Name == set))
                throw new ArgumentException($"study area {request.StudyAreaCode} has no area set '{set}'; it has: {(sets.Count == 0 ? "none" : string.Join(", ", sets.Select(s => s.Name)))}.");
        }
    }
}
