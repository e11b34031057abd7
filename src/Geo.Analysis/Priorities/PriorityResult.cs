namespace Geo.Analysis.Priorities;

/// <summary>Priority scores of a set of targets (areas or hotspots; see <see cref="PriorityScore"/>).</summary>
/// <param name="Score">Σ wₖ zₖ per target.</param>
/// <param name="Rank">1 = highest score; ties go to the lower target index.</param>
/// <param name="Z">The standardised components, [target][k] (0 where the value was NaN or the component constant).</param>
public sealed record PriorityResult(double[] Score, int[] Rank, double[][] Z);
