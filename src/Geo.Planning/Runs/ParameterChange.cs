namespace Geo.Planning.Runs;

/// <summary>A parameter whose resolved value differs between two runs.</summary>
public sealed record ParameterChange(string Name, string? A, string? B);
