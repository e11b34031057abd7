namespace Geo.Analysis.SpaceTime;

/// <summary>
/// The slope of a log-linear Poisson regression of counts on time (see <see cref="PoissonTrend"/>), with its Wald
/// interval and test.
/// </summary>
/// <param name="Statistic">The slope per time step on the log scale (b in log μ = a + b·t).</param>
/// <param name="Intercept">a, the log of the expected count at t = 0.</param>
/// <param name="StandardError">The Wald standard error of the slope (inverse Fisher information).</param>
/// <param name="Lower">Lower bound of the Wald interval b − z·SE.</param>
/// <param name="Upper">Upper bound of the Wald interval b + z·SE.</param>
/// <param name="Z">b / SE.</param>
/// <param name="P">Two-sided normal p-value of Z.</param>
/// <param name="ConfidenceLevel">The level of the interval, e.g. 0.95.</param>
public sealed record PoissonTrendResult(
    double Statistic, double Intercept, double StandardError, double Lower, double Upper, double Z, double P, double ConfidenceLevel)
{
    /// <summary>The change per year in percent, (e^{b·steps} − 1)·100, for <paramref name="stepsPerYear"/> steps a year (12 for months).</summary>
    public double PercentPerYear(double stepsPerYear) => double.ExpM1(Statistic * stepsPerYear) * 100;

    /// <summary>The interval of <see cref="PercentPerYear"/>.</summary>
    public (double Lower, double Upper) PercentPerYearInterval(double stepsPerYear) =>
        (double.ExpM1(Lower * stepsPerYear) * 100, double.ExpM1(Upper * stepsPerYear) * 100);
}
