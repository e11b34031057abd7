namespace Geo.Analysis.Evaluation;

/// <summary>The count of one region in the period before and the period after an intervention.</summary>
/// <param name="Before">Incidents in the period before.</param>
/// <param name="After">Incidents in the period after.</param>
public sealed record BeforeAfter(double Before, double After)
{
    /// <summary>Δ = after − before.</summary>
    public double Change => After - Before;

    /// <summary>Before + after: the Poisson variance of <see cref="Change"/>.</summary>
    public double Sum => Before + After;

    /// <summary>Throws unless both counts are non-negative integers.</summary>
    internal void Check(string region)
    {
        if (!IsCount(Before) || !IsCount(After))
            throw new ArgumentException($"{region}: counts must be non-negative integers, not ({Before}, {After}).");
    }

    private static bool IsCount(double v) => v >= 0 && double.IsFinite(v) && Math.Floor(v) == v;
}
