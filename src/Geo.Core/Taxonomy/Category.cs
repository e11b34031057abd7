namespace Geo.Core.Taxonomy;

/// <summary>One node of the hierarchical category code list.</summary>
/// <param name="Code">Dotted code, e.g. "violence" (main group) or "violence.assault".</param>
/// <param name="Parent">Parent code, null for a main group.</param>
/// <param name="LabelSv">Swedish label.</param>
/// <param name="LabelEn">English label.</param>
public sealed record Category(string Code, string? Parent, string LabelSv, string LabelEn)
{
    public bool IsMainGroup => Parent is null;
    public string MainGroup => Code.Split('.')[0];
}
