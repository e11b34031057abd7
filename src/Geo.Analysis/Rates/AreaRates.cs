namespace Geo.Analysis.Rates;

/// <summary>
/// Crude rates and shares of a set of areas: incidents per 1,000 and per 100,000 residents, the area's share of the
/// incidents beside its share of the population, and its rate relative to the whole set's. Brå's guidance for the
/// lägesbild asks for rates per resident and flags rates from few events; the convention here is that a rate from fewer
/// than 10 events is unstable (the threshold is a parameter).
/// </summary>
public static class AreaRates
{
    /// <summary>Computes the rates and shares of every area and the totals.</summary>
    /// <param name="counts">Incidents per area (non-negative, finite).</param>
    /// <param name="population">Residents per area; 0 or NaN where the population is unknown. Such an area has no rate and
    /// no population share, and its incidents count in <see cref="AreaRatesResult.TotalCount"/> and the incident shares but
    /// not in the whole set's rate.</param>
    /// <param name="unstableBelow">Counts below this are flagged unstable.</param>
    /// <exception cref="ArgumentException">The spans differ in length, a count is negative or not finite, or a population negative or infinite.</exception>
    public static AreaRatesResult Compute(ReadOnlySpan<double> counts, ReadOnlySpan<double> population, double unstableBelow = 10)
    {
        if (counts.Length != population.Length)
            throw new ArgumentException($"counts ({counts.Length}) and population ({population.Length}) differ in length.");
        var n = counts.Length;
        double totalCount = 0, totalPopulation = 0, countWithPopulation = 0;
        for (var i = 0; i < n; i++)
        {
            if (!(counts[i] >= 0) || double.IsInfinity(counts[i]))
                throw new ArgumentException($"the count of area {i} is {counts[i]}; counts must be non-negative and finite.");
            if (population[i] < 0 || double.IsInfinity(population[i]))
                throw new ArgumentException($"the population of area {i} is {population[i]}; give a non-negative number, or NaN when unknown.");
            totalCount += counts[i];
            if (population[i] > 0)
            {
                totalPopulation += population[i];
                countWithPopulation += counts[i];
            }
        }
        var wholeRate = totalPopulation > 0 ? countWithPopulation / totalPopulation : double.NaN;
        var perThousand = new double[n];
        var perHundredThousand = new double[n];
        var shareIncidents = new double[n];
        var sharePopulation = new double[n];
        var relative = new double[n];
        var unstable = new bool[n];
        for (var i = 0; i < n; i++)
        {
            var hasPopulation = population[i] > 0;
            var rate = hasPopulation ? counts[i] / population[i] : double.NaN;
            perThousand[i] = rate * 1_000;
            perHundredThousand[i] = rate * 100_000;
            shareIncidents[i] = totalCount > 0 ? counts[i] / totalCount : double.NaN;
            sharePopulation[i] = hasPopulation ? population[i] / totalPopulation : double.IsNaN(population[i]) || totalPopulation == 0 ? double.NaN : 0;
            relative[i] = wholeRate > 0 ? rate / wholeRate : double.NaN;
            unstable[i] = counts[i] < unstableBelow;
        }
        return new AreaRatesResult(perThousand, perHundredThousand, shareIncidents, sharePopulation, relative, unstable,
            totalCount, totalPopulation, countWithPopulation, wholeRate * 1_000, unstableBelow);
    }
}
