using Geo.Analysis.Rates;

namespace Geo.Analysis.Tests.Rates;

/// <summary>Marshall's global empirical Bayes rates against R 4 spdep::EBest (values printed with sprintf("%.17g")).</summary>
public class EmpiricalBayesTests
{
    private const double Tolerance = 1e-12;

    // library(spdep)
    // n <- c(12, 3, 0, 45, 7, 19, 1, 30, 5, 22)
    // x <- c(4000, 1500, 800, 9000, 2500, 5200, 600, 7100, 3000, 4300)
    // r <- EBest(n, x); cat(sprintf("%.17g", r$raw), sep = "\n"); cat(sprintf("%.17g", r$estmm), sep = "\n")
    // attr(r, "parameters")   # a = 5.7270611762687584e-07, b = 0.0037894736842105261
    private static readonly double[] Counts = [12, 3, 0, 45, 7, 19, 1, 30, 5, 22];
    private static readonly double[] Population = [4000, 1500, 800, 9000, 2500, 5200, 600, 7100, 3000, 4300];

    private static readonly double[] RawR =
    [
        0.0030000000000000001, 0.002, 0, 0.0050000000000000001, 0.0028, 0.0036538461538461538, 0.0016666666666666668,
        0.0042253521126760559, 0.0016666666666666668, 0.0051162790697674414,
    ];

    private static readonly double[] EstimateR =
    [
        0.0034920301068412422, 0.0034587749808772175, 0.0033807280300742247, 0.0044871035940402476, 0.0035181407522494722,
        0.0037297905206012619, 0.0036129845583377984, 0.004015090450126612, 0.0031272543927482292, 0.0043120875087306479,
    ];

    [Fact]
    public void Ten_areas_equal_spdep_EBest()
    {
        var r = EmpiricalBayes.Global(Counts, Population);
        for (var i = 0; i < Counts.Length; i++)
        {
            Assert.Equal(RawR[i], r.Raw[i], Tolerance);
            Assert.Equal(EstimateR[i], r.Estimate[i], Tolerance);
        }
        Assert.Equal(0.0037894736842105261, r.PriorMean, Tolerance);
        Assert.Equal(5.7270611762687584e-07, r.PriorVariance, Tolerance);
    }

    [Fact]
    public void Areas_without_population_get_NaN_and_leave_the_prior_unchanged()
    {
        double[] counts = [.. Counts[..4], 3, .. Counts[4..], 0];
        double[] population = [.. Population[..4], 0, .. Population[4..], double.NaN];
        var r = EmpiricalBayes.Global(counts, population);
        Assert.True(double.IsNaN(r.Raw[4]) && double.IsNaN(r.Estimate[4]));
        Assert.True(double.IsNaN(r.Raw[^1]) && double.IsNaN(r.Estimate[^1]));
        var kept = r.Estimate.Where(v => !double.IsNaN(v)).ToArray();
        Assert.Equal(EstimateR.Length, kept.Length);
        for (var i = 0; i < kept.Length; i++) Assert.Equal(EstimateR[i], kept[i], Tolerance);
        Assert.Equal(5.7270611762687584e-07, r.PriorVariance, Tolerance);
    }

    [Fact]
    public void A_negative_prior_variance_is_truncated_at_zero_and_every_estimate_is_the_prior_mean()
    {
        // r <- EBest(c(10, 12, 9, 11, 8), c(1000, 1100, 950, 1050, 900)): a = 0, b = 0.01, every estmm 0.01
        // (untruncated a = s2 - b/(sum(x)/m) = -9.4957089693931802e-06).
        var r = EmpiricalBayes.Global([10, 12, 9, 11, 8], [1000, 1100, 950, 1050, 900]);
        Assert.Equal(0, r.PriorVariance);
        Assert.Equal(0.01, r.PriorMean, Tolerance);
        Assert.All(r.Estimate, e => Assert.Equal(0.01, e, Tolerance));
        Assert.Equal(12 / 1100.0, r.Raw[1], Tolerance);
    }

    [Fact]
    public void No_events_give_zero_estimates_not_NaN()
    {
        var r = EmpiricalBayes.Global([0, 0, 0], [100, 200, 300]);
        Assert.All(r.Estimate, e => Assert.Equal(0, e));
    }

    [Fact]
    public void Unequal_lengths_and_negative_counts_are_refused()
    {
        Assert.Throws<ArgumentException>(() => EmpiricalBayes.Global([1, 2], [100]));
        Assert.Throws<ArgumentException>(() => EmpiricalBayes.Global([1, -2], [100, 100]));
    }
}
