namespace Geo.Analysis.Density;

/// <summary>A bandwidth in metres and the text of the rule that produced it.</summary>
/// <param name="Value">Bandwidth h in metres.</param>
/// <param name="Rule">Description of the rule with its inputs, for the CLI to announce.</param>
public readonly record struct Bandwidth(double Value, string Rule)
{
    /// <summary>
    /// The shortest bandwidth (metres) a rule may choose: below it the points are (nearly) at one place, the density is a
    /// spike whose height depends only on the rounding of the coordinates, and the user must give the bandwidth.
    /// </summary>
    public const double MinimumAutomatic = 1.0;
}
