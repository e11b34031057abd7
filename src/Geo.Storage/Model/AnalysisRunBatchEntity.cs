namespace Geo.Storage.Model;

/// <summary>A row of <c>analysis_run_batch</c>: an import batch a run read, with how many of its input rows came from it.</summary>
public sealed class AnalysisRunBatchEntity : IRunResultRow
{
    public required string StudyAreaCode { get; set; }
    public long RunId { get; set; }
    public long ImportBatchId { get; set; }
    public required string Source { get; set; }
    public required string FileName { get; set; }
    public long RowsUsed { get; set; }
}
