namespace Geo.Analysis.Rates;

/// <summary>
/// Empirical-Bayes smoothing of area rates towards the global rate: Marshall, R. J. (1991), "Mapping disease and
/// mortality rates using empirical Bayes estimators", Applied Statistics 40(2), 283–294, with the Poisson
/// method-of-moments prior of R's <c>spdep::EBest(n, x)</c> (the same arithmetic, so the numbers agree to rounding).
/// </summary>
public static class EmpiricalBayes
{
    /// <summary>
    /// Marshall's global estimator. With pᵢ = nᵢ/xᵢ, b = Σn/Σx, s² = Σ xᵢ(pᵢ − b)²/Σx and m the number of areas with
    /// population, the prior variance is a = s² − b/(Σx/m), set to 0 when negative (as spdep does; every estimate is then
    /// b), and the estimate is b + a(pᵢ − b)/(a + b/xᵢ). Rates are per person. Areas whose population is 0, negative or
    /// NaN get NaN raw rate and estimate and take no part in the prior (spdep refuses them instead).
    /// </summary>
    /// <param name="counts">Events per area (non-negative).</param>
    /// <param name="population">Population at risk per area.</param>
    /// <exception cref="ArgumentException">The spans differ in length, or a count is negative or NaN in an area with population.</exception>
    public static EmpiricalBayesResult Global(ReadOnlySpan<double> counts, ReadOnlySpan<double> population)
    {
        if (counts.Length != population.Length)
            throw new ArgumentException($"counts ({counts.Length}) and population ({population.Length}) differ in length.");
        var n = counts.Length;
        var raw = new double[n];
        var estimate = new double[n];
        double nsum = 0, xsum = 0;
        var m = 0;
        for (var i = 0; i < n; i++)
        {
            if (!HasPopulation(population[i])) { raw[i] = double.NaN; continue; }
            if (!(counts[i] >= 0) || double.IsInfinity(counts[i]))
                throw new ArgumentException($"the count of area {i} is {counts[i]}; counts must be non-negative and finite.");
            raw[i] = counts[i] / population[i];
            nsum += counts[i];
            xsum += population[i];
            m++;
        }
        if (m == 0)
        {
            Array.Fill(estimate, double.NaN);
            return new EmpiricalBayesResult(raw, estimate, double.NaN, double.NaN);
        }
        var b = nsum / xsum;
        double s2 = 0;
        for (var i = 0; i < n; i++)
            if (HasPopulation(population[i])) s2 += population[i] * ((raw[i] - b) * (raw[i] - b) / xsum);
        var a = s2 - b / (xsum / m);
        if (a < 0) a = 0;
        for (var i = 0; i < n; i++)
        {
            if (!HasPopulation(population[i])) { estimate[i] = double.NaN; continue; }
            // a = 0 gives b; the guard also covers b = 0 (no events at all), where the formula would be 0/0.
            estimate[i] = a == 0 ? b : b + a * (raw[i] - b) / (a + b / population[i]);
        }
        return new EmpiricalBayesResult(raw, estimate, b, a);
    }

    private static bool HasPopulation(double population) => population > 0 && !double.IsInfinity(population);
}
