using NetTopologySuite.Geometries;

namespace Geo.Storage.Model;

/// <summary>A row of <c>study_area</c>: a municipality or region with its boundary in its metric working CRS.</summary>
public sealed class StudyAreaEntity
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required MultiPolygon Boundary { get; set; }
    public int Srid { get; set; }
    public required string TimeZone { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
