namespace Geo.Storage.Model;

/// <summary>A row of <c>category</c>: one node of the category taxonomy (synchronised from the built-in taxonomy).</summary>
public sealed class CategoryEntity
{
    public required string Code { get; set; }
    public string? Parent { get; set; }
    public required string LabelSv { get; set; }
    public required string LabelEn { get; set; }
}
