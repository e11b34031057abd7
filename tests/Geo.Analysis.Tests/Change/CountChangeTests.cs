using Geo.Analysis.Change;
using Geo.Analysis.Inference;

namespace Geo.Analysis.Tests.Change;

public class CountChangeTests
{
    [Fact]
    public void ExactConditionalBinomialByHand()
    {
        // n = 10, b = 2: P(X ≤ 2) = (1 + 10 + 45)/1024, doubled = 112/1024. n = 5, b = 5: P(X ≥ 5) = 1/32, doubled = 1/16.
        // n = 6, b = 3: 2·(1 + 6 + 15 + 20)/64 > 1 → 1. n = 0: no test.
        var r = CountChange.Test([8, 0, 3, 0], [2, 5, 3, 0]);
        Assert.Equal(112.0 / 1024, r.P[0], 12);
        Assert.Equal(1.0 / 16, r.P[1], 12);
        Assert.Equal(1.0, r.P[2], 12);
        Assert.True(double.IsNaN(r.P[3]));
        Assert.Equal(-6 / Math.Sqrt(10), r.Z[0], 12);
        Assert.Equal(Math.Sqrt(5), r.Z[1], 12);
        Assert.Equal(0, r.Z[2]);
        Assert.True(double.IsNaN(r.Z[3]));
        // BH over m = 3 tests: sorted 1/16, 112/1024, 1 → 3/16, 3·112/2048 = 0.1640625, 1; step-up minimum.
        Assert.Equal(0.1640625, r.PAdjusted[0], 12);
        Assert.Equal(0.1640625, r.PAdjusted[1], 12);
        Assert.Equal(1.0, r.PAdjusted[2], 12);
        Assert.True(double.IsNaN(r.PAdjusted[3]));
        Assert.Equal(Correction.BenjaminiHochberg, r.Correction);
    }

    [Fact]
    public void LargeChangeIsSignificantWithDirection()
    {
        // n = 40, b = 0: p = 2·2⁻⁴⁰; Bonferroni over 2 tests = 4·2⁻⁴⁰.
        var r = CountChange.Test([40, 10], [0, 10], correction: Correction.Bonferroni);
        Assert.Equal(1.0, r.P[0] / (2 * Math.Pow(2, -40)), 12);
        Assert.Equal(1.0, r.PAdjusted[0] / (4 * Math.Pow(2, -40)), 12);
        Assert.Equal(-1, r.Direction(0));
        Assert.Equal(0, r.Direction(1));
    }

    [Fact]
    public void SymmetricInTheTwoPeriods()
    {
        Assert.Equal(CountChange.TwoSidedP(3, 17), CountChange.TwoSidedP(14, 17), 14);
        // Large n stays finite: n = 2000, b = 1000 → p = 1.
        Assert.Equal(1.0, CountChange.TwoSidedP(1000, 2000), 12);
    }

    [Fact]
    public void RejectsNonCountsAndLengthMismatch()
    {
        Assert.Throws<ArgumentException>(() => CountChange.Test([1.5], [2]));
        Assert.Throws<ArgumentException>(() => CountChange.Test([-1], [2]));
        Assert.Throws<ArgumentException>(() => CountChange.Test([1, 2], [2]));
    }
}
