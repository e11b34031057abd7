using Geo.Storage.Model;

namespace Geo.Planning.Runs;

/// <summary>The stored run: its row, what it announced, its steps and its top priorities (areas and hotspots).</summary>
public sealed record AnalyzeResult(
    AnalysisRunEntity Run,
    IReadOnlyList<RunNotice> Notices,
    IReadOnlyList<RunStep> Steps,
    IReadOnlyList<RunPriorityEntity> TopAreas,
    IReadOnlyList<RunPriorityEntity> TopHotspots,
    IReadOnlyList<RunHotspotEntity> Hotspots);
