namespace Geo.Storage.Model;

/// <summary>
/// A row of <c>reference_load</c>: one load of the national reference table from one source (the files, their hash, the
/// population year, how many rows were read, used and left out by reason).
/// </summary>
public sealed class ReferenceLoadEntity
{
    public long Id { get; set; }
    public required string Source { get; set; }
    public required string EventsFile { get; set; }
    public string? EventsSha256 { get; set; }
    public required string PopulationFile { get; set; }
    public int PopulationYear { get; set; }
    public long RowsRead { get; set; }
    public long RowsUsed { get; set; }

    /// <summary>JSON object: rows left out by reason, e.g. <c>{"unmatched_location": 12, "unmapped_type": 3}</c>.</summary>
    public string RowsLeftOut { get; set; } = "{}";

    public required string LoadedBy { get; set; }
    public DateTimeOffset LoadedAt { get; set; }
}
