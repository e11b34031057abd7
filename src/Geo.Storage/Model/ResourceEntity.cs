using NetTopologySuite.Geometries;

namespace Geo.Storage.Model;

/// <summary>A row of <c>resource</c>: a prevention resource or risk facility with its geometry and opening hours.</summary>
public sealed class ResourceEntity
{
    public required string StudyAreaCode { get; set; }
    public long Id { get; set; }
    public required string Source { get; set; }
    public required string SourceId { get; set; }
    public required string Type { get; set; }
    public string? Name { get; set; }
    public required Geometry Geom { get; set; }
    public string? OwnerAgency { get; set; }
    public string? OpeningHours { get; set; }
    public int? Capacity { get; set; }
    public string? Notes { get; set; }
    public string? Attributes { get; set; }
    public long? ImportBatchId { get; set; }
}
