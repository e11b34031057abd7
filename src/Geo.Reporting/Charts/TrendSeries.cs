using Geo.Analysis.SpaceTime;

namespace Geo.Reporting.Charts;

/// <summary>One line of a <see cref="TrendChart"/>: a group's count per month and, optionally, its fitted trend.</summary>
/// <param name="Label">The series' name in the legend, e.g. "Våld och rån".</param>
/// <param name="Counts">The count of each month of the chart, in the chart's order.</param>
/// <param name="Fit">
/// The log-linear Poisson trend of <paramref name="Counts"/> over steps 0, 1, …, n − 1 (as the run stored it); null to
/// fit it here with <see cref="PoissonTrend.Fit"/>. No trend line is drawn when fewer than 3 months or every count is 0.
/// </param>
public sealed record TrendSeries(string Label, IReadOnlyList<int> Counts, PoissonTrendResult? Fit = null);
