using Geo.Analysis.SpaceTime;

namespace Geo.Analysis.Tests.SpaceTime;

/// <summary>The log-linear Poisson trend against R 4 <c>glm(y ~ t, family = poisson)</c> and <c>confint.default</c>.</summary>
public class PoissonTrendTests
{
    private const double Tolerance = 1e-8;

    [Fact]
    public void Rising_monthly_counts_equal_R_glm()
    {
        // The lägesbild issue's reference: slope 0.076015095 per month, SE 0.018932858, interval 0.038907374–0.113122816.
        double[] y = [12, 15, 11, 18, 20, 17, 22, 25, 21, 27, 30, 26];
        var r = PoissonTrend.Fit(y);
        Assert.Equal(0.0760150949853, r.Statistic, Tolerance);
        Assert.Equal(2.55998680799, r.Intercept, Tolerance);
        Assert.Equal(0.0189328584944, r.StandardError, Tolerance);
        Assert.Equal(0.0389073742118, r.Lower, Tolerance);
        Assert.Equal(0.113122815759, r.Upper, Tolerance);
        Assert.Equal(4.01498247122, r.Z, 1e-7);
        Assert.Equal(5.94502129887e-05, r.P, 1e-10);
        // exp(12 b) − 1: 149 % a year.
        Assert.Equal(double.ExpM1(12 * 0.0760150949853) * 100, r.PercentPerYear(12), 1e-6);
    }

    [Fact]
    public void Sparse_counts_with_zeros_equal_R_glm()
    {
        double[] y = [5, 0, 0, 3, 1, 0, 0, 2];
        var r = PoissonTrend.Fit(y);
        Assert.Equal(-0.208322634233, r.Statistic, Tolerance);
        Assert.Equal(0.936228075256, r.Intercept, Tolerance);
        // R's summary.glm takes the information matrix from the working weights of its last IRLS iteration, one step
        // behind the converged estimate; with few, sparse counts that differs from the information at the optimum
        // (used here) by 5e-5 relative, so the SE, interval and p are compared to 1e-4.
        Assert.Equal(0.140820725279, r.StandardError, 1e-4);
        Assert.Equal(-0.484326184056, r.Lower, 1e-4);
        Assert.Equal(0.0676809155907, r.Upper, 1e-4);
        Assert.Equal(0.139047755311, r.P, 1e-4);
    }

    [Fact]
    public void Constant_counts_have_slope_zero_and_p_one()
    {
        var r = PoissonTrend.Fit([4, 4, 4, 4, 4, 4]);
        Assert.Equal(0, r.Statistic, 1e-12);
        Assert.Equal(1, r.P, 1e-9);
    }

    [Fact]
    public void All_zero_counts_are_refused_as_undefined()
    {
        var e = Assert.Throws<ArgumentException>(() => PoissonTrend.Fit([0, 0, 0, 0]));
        Assert.Contains("undefined", e.Message);
    }
}
