using Geo.Analysis.Inference;

namespace Geo.Analysis.Change;

/// <summary>Per-location result of <see cref="CountChange.Test"/>; NaN where both counts are 0 (no test).</summary>
/// <param name="Z">Signed normal score (after − before) / √(before + after): positive for an increase.</param>
/// <param name="P">Exact two-sided conditional binomial p-value.</param>
/// <param name="PAdjusted">P after <paramref name="Correction"/>, applied once over all tested locations.</param>
/// <param name="Alpha">Significance level.</param>
/// <param name="Correction">Multiple-testing correction used.</param>
public sealed record CountChangeResult(double[] Z, double[] P, double[] PAdjusted, double Alpha, Correction Correction)
{
    /// <summary>Number of locations.</summary>
    public int Count => Z.Length;

    /// <summary>Whether location <paramref name="i"/> changed significantly (adjusted p ≤ alpha).</summary>
    public bool IsSignificant(int i) => PAdjusted[i] <= Alpha;

    /// <summary>+1 for a significant increase, −1 for a significant decrease, 0 otherwise.</summary>
    public int Direction(int i) => IsSignificant(i) ? Math.Sign(Z[i]) : 0;
}
