namespace Geo.Analysis.Rates;

/// <summary>Rates and shares per area and for the whole set (see <see cref="AreaRates"/>).</summary>
/// <param name="PerThousand">count/population × 1,000; NaN where the population is 0 or missing (NaN).</param>
/// <param name="PerHundredThousand">count/population × 100,000; NaN where the population is 0 or missing.</param>
/// <param name="ShareIncidents">count/<see cref="TotalCount"/>; NaN when the total is 0.</param>
/// <param name="SharePopulation">population/<see cref="TotalPopulation"/>; NaN where the population is missing or when the total is 0.</param>
/// <param name="RelativeRate">The area's rate divided by the whole set's rate (<see cref="TotalPerThousand"/>); NaN where either is undefined.</param>
/// <param name="Unstable">True where the count is below the threshold (the rate rests on too few events to be read alone).</param>
/// <param name="TotalCount">Σ count over all areas.</param>
/// <param name="TotalPopulation">Σ population over the areas with population.</param>
/// <param name="CountWithPopulation">Σ count over the areas with population (the numerator of the whole set's rate).</param>
/// <param name="TotalPerThousand"><see cref="CountWithPopulation"/>/<see cref="TotalPopulation"/> × 1,000; NaN when no area has population.</param>
/// <param name="UnstableBelow">The threshold used for <see cref="Unstable"/>.</param>
public sealed record AreaRatesResult(
    double[] PerThousand,
    double[] PerHundredThousand,
    double[] ShareIncidents,
    double[] SharePopulation,
    double[] RelativeRate,
    bool[] Unstable,
    double TotalCount,
    double TotalPopulation,
    double CountWithPopulation,
    double TotalPerThousand,
    double UnstableBelow);
