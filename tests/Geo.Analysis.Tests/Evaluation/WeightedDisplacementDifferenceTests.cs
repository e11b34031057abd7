using Geo.Analysis.Evaluation;

namespace Geo.Analysis.Tests.Evaluation;

public class WeightedDisplacementDifferenceTests
{
    /// <summary>
    /// The published example of Wheeler &amp; Ratcliffe (2018), as pinned in the tests of the R package ptools (function
    /// <c>wdd</c>, test "Est &amp; Variance Paper"): control 308 → 318, treated 207 → 110, control displacement 150 → 140,
    /// treated displacement 178 → 157 give WDD −118, SE √1568, z −2.98 (two decimals), 95 % interval −196 to −40 (whole
    /// numbers). ΔT = −97, ΔC = 10, ΔD = −21, ΔDC = −10: −97 − 10 − 21 + 10 = −118; the variance is the sum of the eight
    /// counts, 308 + 318 + 207 + 110 + 150 + 140 + 178 + 157 = 1568.
    /// </summary>
    [Fact]
    public void The_published_example_of_Wheeler_and_Ratcliffe()
    {
        var r = WeightedDisplacementDifference.Test(treated: new(207, 110), control: new(308, 318),
            treatedDisplacement: new(178, 157), controlDisplacement: new(150, 140));
        Assert.Equal(-118, r.Statistic, 9);
        Assert.Equal(1568, r.Variance, 9);
        Assert.Equal(Math.Sqrt(1568), r.StandardError, 9);
        Assert.Equal(39.598, r.StandardError, 3);
        Assert.Equal(-118 / Math.Sqrt(1568), r.Z, 9);
        Assert.Equal(-2.98, Math.Round(r.Z, 2));
        Assert.InRange(r.Lower, -196.5, -195.5);
        Assert.InRange(r.Upper, -40.5, -39.5);
        // The interval uses the normal quantile 1.959964 (R's qnorm(0.975)), as ptools does.
        Assert.Equal(-118 - 1.959963984540054 * Math.Sqrt(1568), r.Lower, 9);
        Assert.Equal(-118 + 1.959963984540054 * Math.Sqrt(1568), r.Upper, 9);
        // Two-sided normal p of z = −2.97993: R's 2*pnorm(-118/sqrt(1568)) = 0.002882954305.
        Assert.Equal(0.002882954305, r.P, 11);
        Assert.True(r.IsSignificant);
        // The parts: local ΔT − ΔC = −107 with variance 207 + 110 + 308 + 318 = 943; displacement ΔD − ΔDC = −11 with
        // variance 178 + 157 + 150 + 140 = 625 (z = −11/25 = −0.44).
        Assert.Equal(-107, r.Local, 9);
        Assert.Equal(943, r.LocalVariance, 9);
        Assert.Equal(-107 / Math.Sqrt(943), r.LocalZ, 9);
        Assert.Equal(-11, r.Displacement!.Value, 9);
        Assert.Equal(625, r.DisplacementVariance!.Value, 9);
        Assert.Equal(-0.44, r.DisplacementZ, 9);
        Assert.True(r.HasDisplacementAreas);
        Assert.Null(r.Undefined);
    }

    /// <summary>The other cases pinned in ptools' tests: local −10, displacement −10, total −20.</summary>
    [Fact]
    public void The_parts_add_up_as_in_ptools()
    {
        // Local: control 20 → 20, treated 20 → 10: ΔT − ΔC = −10 − 0; variance 20 + 10 + 20 + 20 = 70.
        var local = WeightedDisplacementDifference.Test(treated: new(20, 10), control: new(20, 20));
        Assert.Equal(-10, local.Statistic, 12);
        Assert.Equal(70, local.Variance, 12);
        Assert.Equal(-10 / Math.Sqrt(70), local.Z, 12);
        Assert.False(local.HasDisplacementAreas);
        Assert.True(double.IsNaN(local.DisplacementZ));
        // Displacement only: treated displacement 20 → 10, everything else 20 → 20: ΔD − ΔDC = −10; total −10, variance 150.
        var displacement = WeightedDisplacementDifference.Test(new(20, 20), new(20, 20), new(20, 10), new(20, 20));
        Assert.Equal(-10, displacement.Displacement!.Value, 12);
        Assert.Equal(0, displacement.Local, 12);
        Assert.Equal(-10, displacement.Statistic, 12);
        Assert.Equal(150, displacement.Variance, 12);
        // Total: both treated regions 20 → 10: −20, variance 4·40 − 20 = 140.
        var total = WeightedDisplacementDifference.Test(new(20, 10), new(20, 20), new(20, 10), new(20, 20));
        Assert.Equal(-20, total.Statistic, 12);
        Assert.Equal(140, total.Variance, 12);
    }

    [Fact]
    public void A_rise_is_positive_and_an_empty_comparison_is_undefined()
    {
        // Treated 10 → 50, control 100 → 100, buffers 30 → 30: WDD = 40, variance 10 + 50 + 200 + 120 = 380.
        var rise = WeightedDisplacementDifference.Test(new(10, 50), new(100, 100), new(30, 30), new(30, 30));
        Assert.Equal(40, rise.Statistic, 12);
        Assert.Equal(40 / Math.Sqrt(380), rise.Z, 12);
        Assert.True(rise.IsSignificant);
        var none = WeightedDisplacementDifference.Test(new(0, 0), new(0, 0), new(0, 0), new(0, 0));
        Assert.Equal(0, none.Statistic);
        Assert.True(double.IsNaN(none.Z) && double.IsNaN(none.P));
        Assert.NotNull(none.Undefined);
        Assert.False(none.IsSignificant);
    }

    [Fact]
    public void Rejects_counts_that_are_not_counts()
    {
        Assert.Throws<ArgumentException>(() => WeightedDisplacementDifference.Test(new(-1, 2), new(3, 4)));
        Assert.Throws<ArgumentException>(() => WeightedDisplacementDifference.Test(new(1.5, 2), new(3, 4)));
        Assert.Throws<ArgumentException>(() => WeightedDisplacementDifference.Test(new(1, 2), new(3, 4), new(double.NaN, 1), new(1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => WeightedDisplacementDifference.Test(new(1, 2), new(3, 4), 1.0));
    }
}
