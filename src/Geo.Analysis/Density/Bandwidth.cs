namespace Geo.Analysis.Density;

/// <summary>A bandwidth in metres and the text of the rule that produced it.</summary>
/// <param name="Value">Bandwidth h in metres.</param>
/// <param name="Rule">Description of the rule with its inputs, for the CLI to announce.</param>
public readonly record struct Bandwidth(double Value, string Rule);
