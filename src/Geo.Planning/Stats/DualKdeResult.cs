using Geo.Analysis.Density;

namespace Geo.Planning.Stats;

/// <summary>The events per resident on the incident surface's grid.</summary>
/// <param name="Incidents">The incident density surface (events per km²), its grid, mask and notices.</param>
/// <param name="Population">The population density (residents per km²) on the same grid with the same kernel and bandwidth.</param>
/// <param name="Rate">Events per <paramref name="Per"/> residents per cell; NaN outside the boundary and where the population is too thin.</param>
/// <param name="Per">Residents the rate refers to.</param>
/// <param name="Residents">Residents read (the population field summed).</param>
/// <param name="WithoutRate">Cells inside the boundary without a rate (smoothed population below the minimum).</param>
/// <param name="Notices">What was read and chosen.</param>
public sealed record DualKdeResult(KdeSurface Incidents, KdeResult Population, double[] Rate, double Per, double Residents, int WithoutRate, IReadOnlyList<string> Notices)
{
    /// <summary>The name of the rate column: per_1000_residents.</summary>
    public string RateName => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"per_{Per:0.###}_residents");
}
