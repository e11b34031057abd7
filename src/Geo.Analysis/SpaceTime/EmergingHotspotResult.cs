using Geo.Analysis.Inference;

namespace Geo.Analysis.SpaceTime;

/// <summary>
/// Result of <see cref="EmergingHotspots.Classify"/>: per location its class and the Mann–Kendall trend of its Gi* z series;
/// per time step the Gi* <see cref="LocalResult"/> (its <c>Class</c> is the step's corrected hot/cold decision); per
/// location why its class is undefined (null when it is defined).
/// </summary>
public sealed record EmergingHotspotResult(
    EmergingClass[] Class,
    MannKendallResult[] Trend,
    LocalResult[] Steps,
    double Alpha,
    Correction Correction,
    string?[] Undefined)
{
    public int Count => Class.Length;
}
