namespace Geo.Storage.Model;

/// <summary>A row of <c>area_set</c>: a named set of areas (DeSO, RegSO, districts, custom) of a study area.</summary>
public sealed class AreaSetEntity
{
    public required string StudyAreaCode { get; set; }
    public required string Name { get; set; }
    public required string Kind { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
}
