namespace Geo.Analysis.Inference;

/// <summary>
/// With R permutations the smallest pseudo p is 1/(R + 1). When that exceeds the per-location threshold (alpha/n under
/// Bonferroni, and for the strongest single location under Benjamini–Hochberg or Holm; alpha without correction), an
/// isolated location can never be significant: <see cref="Check"/> says so and how many permutations it would take.
/// </summary>
/// <param name="Floor">The smallest attainable pseudo p, 1/(R + 1).</param>
/// <param name="Threshold">alpha/n, or alpha without correction.</param>
/// <param name="Needed">The fewest permutations that reach the threshold.</param>
public sealed record PermutationFloor(int Permutations, int Locations, double Alpha, Correction Correction, double Floor, double Threshold, long Needed)
{
    /// <summary>The floor when it is above the threshold, else null (the permutations can reach significance).</summary>
    public static PermutationFloor? Check(int permutations, int locations, double alpha, Correction correction)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(permutations);
        var floor = 1.0 / (permutations + 1);
        var threshold = correction == Correction.None ? alpha : alpha / locations;
        if (floor <= threshold) return null;
        var needed = (long)Math.Ceiling((correction == Correction.None ? 1 : locations) / alpha) - 1;
        return new PermutationFloor(permutations, locations, alpha, correction, floor, threshold, needed);
    }
}
