namespace Geo.Planning.Causes;

/// <summary>One fact along the crime triangle: its side (<see cref="TriangleSide"/>) and the fact in words.</summary>
public sealed record TriangleFact(string Side, FactText Text);
