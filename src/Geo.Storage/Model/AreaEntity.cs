using NetTopologySuite.Geometries;

namespace Geo.Storage.Model;

/// <summary>A row of <c>area</c>: one polygon of an area set with its population.</summary>
public sealed class AreaEntity
{
    public required string StudyAreaCode { get; set; }
    public required string AreaSet { get; set; }
    public required string Code { get; set; }
    public string? Name { get; set; }
    public required MultiPolygon Geom { get; set; }
    public int? Population { get; set; }
    /// <summary>Population by age band as a JSON object text, e.g. {"0_15": 312}.</summary>
    public string? PopulationByAge { get; set; }
    public string? Attributes { get; set; }
    public long? ImportBatchId { get; set; }
}
