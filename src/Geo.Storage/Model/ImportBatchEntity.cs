using Geo.Core.Domain;

namespace Geo.Storage.Model;

/// <summary>A row of <c>import_batch</c>: the provenance of one load (file, hash, mapping, what happened to its rows).</summary>
public sealed class ImportBatchEntity
{
    public long Id { get; set; }
    public required string StudyAreaCode { get; set; }
    public ImportKind Kind { get; set; }
    public required string FileName { get; set; }
    public string? Sha256 { get; set; }
    public required string Source { get; set; }
    public string? Mapping { get; set; }
    public long RowsRead { get; set; }
    public long RowsLoaded { get; set; }
    public long RowsRejected { get; set; }
    public long RowsNew { get; set; }
    public long RowsUpdated { get; set; }
    public long RowsUnchanged { get; set; }
    public long RowsWithoutLocation { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public required string ImportedBy { get; set; }
}
