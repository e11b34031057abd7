namespace Geo.Core.Domain;

/// <summary>Provenance of one load: what file, which mapping, what happened to its rows.</summary>
public sealed record ImportBatch(
    long Id,
    string StudyAreaCode,
    ImportKind Kind,
    string FileName,
    string Sha256,
    string Source,
    string? Mapping,
    long RowsRead,
    long RowsLoaded,
    long RowsRejected,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    string ImportedBy);
