using Geo.Storage.Model;

namespace Geo.Planning.Runs;

/// <summary>A stored run with its provenance and results as <c>geo runs show</c> presents them.</summary>
public sealed record RunDetails(
    AnalysisRunEntity Run,
    IReadOnlyList<AnalysisRunBatchEntity> Batches,
    IReadOnlyList<RunPriorityEntity> TopAreas,
    IReadOnlyList<RunPriorityEntity> TopHotspots,
    IReadOnlyList<RunHotspotEntity> Hotspots,
    int Areas,
    int Cells);
