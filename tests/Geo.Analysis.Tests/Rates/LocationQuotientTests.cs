using Geo.Analysis.Rates;

namespace Geo.Analysis.Tests.Rates;

/// <summary>Crime-mix location quotients by hand: (n_ak/n_a)/(N_k/N) with N_k/N = 13/35.</summary>
public class LocationQuotientTests
{
    [Fact]
    public void Quotients_match_hand_computation()
    {
        var lq = LocationQuotient.CrimeMix([6, 2, 0, 5], [10, 20, 0, 5], 13, 35);
        Assert.Equal(21 / 13.0, lq[0], 1e-12);   // 0.6 / (13/35)
        Assert.Equal(3.5 / 13.0, lq[1], 1e-12);  // 0.1 / (13/35)
        Assert.True(double.IsNaN(lq[2]));        // no incidents in the area
        Assert.Equal(35 / 13.0, lq[3], 1e-12);   // only this group
    }

    [Fact]
    public void A_group_absent_from_the_whole_set_gives_NaN()
    {
        Assert.All(LocationQuotient.CrimeMix([0, 0], [3, 4], 0, 7), v => Assert.True(double.IsNaN(v)));
    }
}
