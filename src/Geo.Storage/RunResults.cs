using Geo.Storage.Model;

namespace Geo.Storage;

/// <summary>
/// Everything a completed run stores at once (<see cref="RunStore.CompleteAsync"/>): its result rows and the fields of its
/// <c>analysis_run</c> row that are known only at the end. The rows' <c>StudyAreaCode</c> and <c>RunId</c> are ignored:
/// the run's are written.
/// </summary>
/// <param name="Batches">The import batches read, with the rows used from each.</param>
/// <param name="AreaIndicators">Area indicators (the whole study area as area <c>*</c> with IsReference).</param>
/// <param name="Cells">Grid cells.</param>
/// <param name="Hotspots">Hotspots.</param>
/// <param name="Priorities">Priorities.</param>
/// <param name="InputFingerprint">SHA-256 of the input rows, 64 lower-case hex digits.</param>
/// <param name="IncidentsRead">Input rows read.</param>
/// <param name="Steps">The steps with their seconds, a JSON array text.</param>
/// <param name="Notices">The announced automatic choices, a JSON array text.</param>
/// <param name="DataQuality">The data-quality statement, a JSON text, or null.</param>
/// <param name="Reference">The reference values, a JSON text, or null.</param>
/// <param name="Parameters">The parameters (JSON object text) when they changed since the run was created, or null to keep them.</param>
public sealed record RunResults(
    IReadOnlyList<AnalysisRunBatchEntity> Batches,
    IReadOnlyList<RunAreaIndicatorEntity> AreaIndicators,
    IReadOnlyList<RunCellEntity> Cells,
    IReadOnlyList<RunHotspotEntity> Hotspots,
    IReadOnlyList<RunPriorityEntity> Priorities,
    string InputFingerprint,
    long IncidentsRead,
    string Steps,
    string Notices,
    string? DataQuality = null,
    string? Reference = null,
    string? Parameters = null);
