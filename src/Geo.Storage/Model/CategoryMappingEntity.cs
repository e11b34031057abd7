namespace Geo.Storage.Model;

/// <summary>A row of <c>category_mapping</c>: one source's own category code mapped to a taxonomy code.</summary>
public sealed class CategoryMappingEntity
{
    public required string Source { get; set; }
    public required string SourceCode { get; set; }
    public required string Category { get; set; }
}
