namespace Geo.Analysis.Rates;

/// <summary>Raw and empirical-Bayes smoothed rates per area (see <see cref="EmpiricalBayes"/>).</summary>
/// <param name="Raw">The raw rate count/population per person; NaN where the population is 0 or missing.</param>
/// <param name="Estimate">The smoothed rate per person; NaN where the population is 0 or missing.</param>
/// <param name="PriorMean">The prior mean b = Σcount/Σpopulation over the areas with population.</param>
/// <param name="PriorVariance">The method-of-moments prior variance a, truncated at 0 as spdep does.</param>
public sealed record EmpiricalBayesResult(double[] Raw, double[] Estimate, double PriorMean, double PriorVariance);
