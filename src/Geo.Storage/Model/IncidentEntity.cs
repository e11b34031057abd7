using Geo.Core.Domain;
using NetTopologySuite.Geometries;

namespace Geo.Storage.Model;

/// <summary>
/// A row of <c>incident</c>, for reading (incidents are written by the bulk loader's binary COPY and set-based merge,
/// never through the context).
/// </summary>
public sealed class IncidentEntity
{
    public required string StudyAreaCode { get; set; }
    public long Id { get; set; }
    public required string Source { get; set; }
    public required string SourceId { get; set; }
    public required string Category { get; set; }
    public string? SourceCategory { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public TimePrecision TimePrecision { get; set; }
    public Point? Geom { get; set; }
    public LocationPrecision LocationPrecision { get; set; }
    /// <summary>Non-personal source attributes as a JSON object text.</summary>
    public string? Attributes { get; set; }
    public long? ImportBatchId { get; set; }
}
