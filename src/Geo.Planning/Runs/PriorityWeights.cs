namespace Geo.Planning.Runs;

/// <summary>
/// Weights of the standardised components of a priority score (docs/lagesbild.md). Defaults: level against the
/// reference 0.25, change 0.10, trend 0.10, hotspot share 0.15, harm 0.25, coverage gap 0.10, confidence 0.05.
/// </summary>
public sealed record PriorityWeights(
    double Level = 0.25, double Change = 0.10, double Trend = 0.10, double Hotspot = 0.15, double Harm = 0.25, double Gap = 0.10,
    double Confidence = 0.05)
{
    /// <summary>Component names in the order of <see cref="ToArray"/>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["level", "change", "trend", "hotspot", "harm", "gap", "confidence"];

    public double[] ToArray() => [Level, Change, Trend, Hotspot, Harm, Gap, Confidence];
}
