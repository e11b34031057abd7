namespace Geo.Reporting.Maps;

/// <summary>How a resource type is drawn: a shape ("circle", "square", "triangle", "diamond") and a fill colour (#RRGGBB).</summary>
public sealed record ResourceSymbol(string Shape, string Fill);
