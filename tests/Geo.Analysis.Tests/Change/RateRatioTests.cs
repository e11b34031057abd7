using Geo.Analysis.Change;

namespace Geo.Analysis.Tests.Change;

/// <summary>The exact conditional rate ratio against R 4 <c>poisson.test</c> (values from the lägesbild issue and R).</summary>
public class RateRatioTests
{
    private const double Tolerance = 1e-6;

    [Fact]
    public void Thirty_against_fifteen_with_unequal_exposures_equals_R()
    {
        // R: poisson.test(c(30, 15), T = c(12000, 10000))
        var r = RateRatio.Test(30, 12000, 15, 10000);
        Assert.Equal(1.666666667, r.Statistic, Tolerance);
        Assert.Equal(0.869071448, r.Lower, Tolerance);
        Assert.Equal(3.333214836, r.Upper, Tolerance);
        Assert.Equal(0.133550772, r.P, Tolerance);
    }

    [Fact]
    public void Seven_against_none_has_an_infinite_upper_bound_as_R()
    {
        // R: poisson.test(c(7, 0), T = c(1000, 1000))
        var r = RateRatio.Test(7, 1000, 0, 1000);
        Assert.True(double.IsPositiveInfinity(r.Statistic));
        Assert.Equal(1.441308519, r.Lower, Tolerance);
        Assert.True(double.IsPositiveInfinity(r.Upper));
        Assert.Equal(0.015625, r.P, 1e-12);
    }

    [Fact]
    public void A_count_of_none_against_seven_mirrors_the_interval()
    {
        var r = RateRatio.Test(0, 1000, 7, 1000);
        Assert.Equal(0, r.Statistic);
        Assert.Equal(0, r.Lower);
        Assert.Equal(1 / 1.441308519, r.Upper, Tolerance);
        Assert.Equal(0.015625, r.P, 1e-12);
    }

    [Theory]
    // R 4: r <- poisson.test(c(x1, x2), T = c(t1, t2)); r$estimate, r$conf.int, r$p.value
    [InlineData(3, 11, 500, 800, 0.436363636364, 0.0781678640679, 1.65187175789, 0.273379930902)]
    [InlineData(12, 5, 1, 1, 2.4, 0.787045894173, 8.69598111868, 0.143463134766)]
    [InlineData(100, 80, 365, 366, 1.25342465753, 0.92480343527, 1.7034727483, 0.136433853275)]
    [InlineData(0, 4, 10, 30, 0, 0, 4.5446005781, 0.578125)]
    public void Equals_R_poisson_test(double x1, double x2, double t1, double t2, double ratio, double lower, double upper, double p)
    {
        var r = RateRatio.Test(x1, t1, x2, t2);
        Assert.Equal(ratio, r.Statistic, Tolerance);
        Assert.Equal(lower, r.Lower, Tolerance);
        Assert.Equal(upper, r.Upper, Tolerance);
        Assert.Equal(p, r.P, Tolerance);
    }

    [Fact]
    public void Equal_rates_give_ratio_one_and_p_one()
    {
        var r = RateRatio.Test(20, 2000, 10, 1000);
        Assert.Equal(1, r.Statistic, 1e-12);
        Assert.Equal(1, r.P, 1e-12);
        Assert.True(r.Lower < 1 && r.Upper > 1);
    }

    [Fact]
    public void No_events_in_either_period_is_undefined_not_significant()
    {
        var r = RateRatio.Test(0, 1000, 0, 1000);
        Assert.True(double.IsNaN(r.Statistic));
        Assert.Equal(1, r.P);
    }

    [Fact]
    public void Refuses_fractional_counts_and_non_positive_exposures()
    {
        Assert.Throws<ArgumentException>(() => RateRatio.Test(1.5, 1000, 2, 1000));
        Assert.Throws<ArgumentException>(() => RateRatio.Test(1, 0, 2, 1000));
    }
}
