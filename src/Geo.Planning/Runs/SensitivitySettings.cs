namespace Geo.Planning.Runs;

/// <summary>The weight-sensitivity check of the top priorities: random draws of every weight within ±<see cref="Spread"/>.</summary>
public sealed record SensitivitySettings(int Draws = 1000, double Spread = 0.25);
