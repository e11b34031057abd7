using Geo.Analysis.Rates;

namespace Geo.Analysis.Tests.Rates;

/// <summary>Rates and shares on a hand-computed fixture of five areas (one with population 0, one with it unknown).</summary>
public class AreaRatesTests
{
    private const double Tolerance = 1e-12;

    [Fact]
    public void Rates_shares_and_totals_match_hand_computation()
    {
        // Counts 5, 30, 12, 0, 4; population 1000, 4000, 0, 2000, unknown.
        // Total count 51; population 7000 over the areas with population, which hold 35 incidents: 5 per 1,000.
        var r = AreaRates.Compute([5, 30, 12, 0, 4], [1000, 4000, 0, 2000, double.NaN]);
        Assert.Equal(51, r.TotalCount);
        Assert.Equal(7000, r.TotalPopulation);
        Assert.Equal(35, r.CountWithPopulation);
        Assert.Equal(5, r.TotalPerThousand, Tolerance);

        Assert.Equal(5, r.PerThousand[0], Tolerance);
        Assert.Equal(500, r.PerHundredThousand[0], Tolerance);
        Assert.Equal(7.5, r.PerThousand[1], Tolerance);
        Assert.Equal(750, r.PerHundredThousand[1], Tolerance);
        Assert.True(double.IsNaN(r.PerThousand[2]) && double.IsNaN(r.PerHundredThousand[2]));
        Assert.Equal(0, r.PerThousand[3]);
        Assert.True(double.IsNaN(r.PerThousand[4]) && double.IsNaN(r.PerHundredThousand[4]));

        Assert.Equal(new[] { 5 / 51.0, 30 / 51.0, 12 / 51.0, 0, 4 / 51.0 }, r.ShareIncidents, new Close(Tolerance));
        Assert.Equal(1 / 7.0, r.SharePopulation[0], Tolerance);
        Assert.Equal(4 / 7.0, r.SharePopulation[1], Tolerance);
        Assert.Equal(0, r.SharePopulation[2]);
        Assert.Equal(2 / 7.0, r.SharePopulation[3], Tolerance);
        Assert.True(double.IsNaN(r.SharePopulation[4]));

        Assert.Equal(1.0, r.RelativeRate[0], Tolerance);
        Assert.Equal(1.5, r.RelativeRate[1], Tolerance);
        Assert.True(double.IsNaN(r.RelativeRate[2]));
        Assert.Equal(0, r.RelativeRate[3]);
        Assert.True(double.IsNaN(r.RelativeRate[4]));

        Assert.Equal(new[] { true, false, false, true, true }, r.Unstable);
    }

    [Fact]
    public void The_instability_threshold_is_a_parameter_and_strict()
    {
        var r = AreaRates.Compute([9, 10, 11], [100, 100, 100], unstableBelow: 11);
        Assert.Equal(new[] { true, true, false }, r.Unstable);
        Assert.Equal(11, r.UnstableBelow);
    }

    [Fact]
    public void No_incidents_and_no_population_give_NaN_shares_and_rates()
    {
        var r = AreaRates.Compute([0, 0], [0, double.NaN]);
        Assert.True(double.IsNaN(r.ShareIncidents[0]));
        Assert.True(double.IsNaN(r.TotalPerThousand));
        Assert.True(double.IsNaN(r.SharePopulation[0]));
        Assert.Throws<ArgumentException>(() => AreaRates.Compute([1], [-5]));
    }

    private sealed class Close(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double a, double b) => Math.Abs(a - b) <= tolerance;
        public int GetHashCode(double d) => 0;
    }
}
