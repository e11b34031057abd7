using Geo.Analysis.Evaluation;

namespace Geo.Analysis.Tests.Evaluation;

public class WeightedDisplacementQuotientTests
{
    private static WeightedDisplacementDifferenceResult Wdd(BeforeAfter r, BeforeAfter c, BeforeAfter d, BeforeAfter dc) =>
        WeightedDisplacementDifference.Test(r, c, d, dc);

    [Fact]
    public void Displacement_by_hand()
    {
        // R 100 → 60, C 200 → 200, D 50 → 70: success 60/200 − 100/200 = −0.2; buffer 70/200 − 50/200 = 0.1;
        // WDQ = 0.1 / −0.2 = −0.5: displacement, smaller than the direct benefit.
        var q = WeightedDisplacementQuotient.Compute(treated: new(100, 60), buffer: new(50, 70), control: new(200, 200));
        Assert.Equal(-0.2, q.SuccessMeasure, 12);
        Assert.Equal(0.1, q.BufferDisplacementMeasure, 12);
        Assert.Equal(-0.5, q.Statistic, 12);
        Assert.Null(q.Undefined);
        // The control's buffer 50 → 50: ΔD − ΔDC = 20, variance 50 + 70 + 100 = 220, z = 1.348: not significant.
        var i = DisplacementInterpretation.Classify(q, Wdd(new(100, 60), new(200, 200), new(50, 70), new(50, 50)));
        Assert.Equal(DisplacementClass.Displacement, i.Class);
        Assert.False(i.ExceedsDirectEffect);
        Assert.False(i.BufferSignificant);
    }

    [Fact]
    public void Displacement_larger_than_the_direct_benefit_by_hand()
    {
        // R 100 → 80, C 100 → 100, D 50 → 80: success 0.8 − 1 = −0.2; buffer 0.8 − 0.5 = 0.3; WDQ = −1.5 (a net loss).
        // The control's buffer 50 → 50: ΔD − ΔDC = 30, variance (50 + 80) + (50 + 50) = 230, z = 30/√230 = 1.978: significant.
        var q = WeightedDisplacementQuotient.Compute(new(100, 80), new(50, 80), new(100, 100));
        Assert.Equal(-1.5, q.Statistic, 12);
        var i = DisplacementInterpretation.Classify(q, Wdd(new(100, 80), new(100, 100), new(50, 80), new(50, 50)));
        Assert.Equal(DisplacementClass.Displacement, i.Class);
        Assert.True(i.ExceedsDirectEffect);
        Assert.True(i.BufferSignificant);
    }

    [Fact]
    public void Diffusion_of_benefits_by_hand()
    {
        // R 100 → 50, C 100 → 125, D 40 → 25: success 50/125 − 100/100 = 0.4 − 1 = −0.6; buffer 25/125 − 40/100 =
        // 0.2 − 0.4 = −0.2; WDQ = −0.2 / −0.6 = 1/3: diffusion, smaller than the direct benefit.
        var q = WeightedDisplacementQuotient.Compute(new(100, 50), new(40, 25), new(100, 125));
        Assert.Equal(-0.6, q.SuccessMeasure, 12);
        Assert.Equal(-0.2, q.BufferDisplacementMeasure, 12);
        Assert.Equal(1.0 / 3, q.Statistic, 12);
        var i = DisplacementInterpretation.Classify(q, Wdd(new(100, 50), new(100, 125), new(40, 25), new(40, 40)));
        Assert.Equal(DisplacementClass.Diffusion, i.Class);
        Assert.False(i.ExceedsDirectEffect);
    }

    [Fact]
    public void The_published_WDD_example_reads_as_diffusion_that_is_not_significant_on_its_own()
    {
        // R 207 → 110, C 308 → 318, D 178 → 157: success 110/318 − 207/308 = −0.326172; buffer 157/318 − 178/308 =
        // −0.084213; WDQ = 0.258186. The WDD's displacement part is −11 with SE 25 (z −0.44): not significant.
        var q = WeightedDisplacementQuotient.Compute(new(207, 110), new(178, 157), new(308, 318));
        Assert.Equal(110.0 / 318 - 207.0 / 308, q.SuccessMeasure, 12);
        Assert.Equal(157.0 / 318 - 178.0 / 308, q.BufferDisplacementMeasure, 12);
        Assert.Equal((157.0 / 318 - 178.0 / 308) / (110.0 / 318 - 207.0 / 308), q.Statistic, 12);
        Assert.Equal(0.258186, q.Statistic, 6);
        var i = DisplacementInterpretation.Classify(q, Wdd(new(207, 110), new(308, 318), new(178, 157), new(150, 140)));
        Assert.Equal(DisplacementClass.Diffusion, i.Class);
        Assert.False(i.BufferSignificant);
    }

    [Fact]
    public void Neither_no_success_and_undefined_cases()
    {
        // R 100 → 50, C 100 → 100, D 60 → 62: success −0.5, buffer 0.02, WDQ −0.04: |WDQ| < 0.1, neither.
        var neither = WeightedDisplacementQuotient.Compute(new(100, 50), new(60, 62), new(100, 100));
        Assert.Equal(-0.04, neither.Statistic, 12);
        Assert.Equal(DisplacementClass.NoDisplacementOrDiffusion,
            DisplacementInterpretation.Classify(neither, Wdd(new(100, 50), new(100, 100), new(60, 62), new(60, 60))).Class);
        // R 50 → 80, C 100 → 100, D 20 → 10: success 0.3 ≥ 0: no success, whatever the buffer did (WDQ −0.1/0.3 = −1/3).
        var rise = WeightedDisplacementQuotient.Compute(new(50, 80), new(20, 10), new(100, 100));
        Assert.Equal(-1.0 / 3, rise.Statistic, 12);
        Assert.Equal(DisplacementClass.NoSuccess, DisplacementInterpretation.Classify(rise, Wdd(new(50, 80), new(100, 100), new(20, 10), new(20, 20))).Class);
        // R 10 → 20, C 50 → 100: success 20/100 − 10/50 = 0: the WDQ is undefined (flagged, not thrown); no success.
        var flat = WeightedDisplacementQuotient.Compute(new(10, 20), new(5, 5), new(50, 100));
        Assert.Equal(0, flat.SuccessMeasure, 12);
        Assert.Equal(5.0 / 100 - 5.0 / 50, flat.BufferDisplacementMeasure, 12);
        Assert.True(double.IsNaN(flat.Statistic));
        Assert.NotNull(flat.Undefined);
        Assert.Equal(DisplacementClass.NoSuccess, DisplacementInterpretation.Classify(flat, Wdd(new(10, 20), new(50, 100), new(5, 5), new(5, 5))).Class);
        // C 0 → 40: the ratios to the control are undefined.
        var empty = WeightedDisplacementQuotient.Compute(new(10, 5), new(5, 5), new(0, 40));
        Assert.True(double.IsNaN(empty.Statistic) && double.IsNaN(empty.SuccessMeasure) && double.IsNaN(empty.BufferDisplacementMeasure));
        Assert.Contains("before", empty.Undefined);
        Assert.Equal(DisplacementClass.Undefined, DisplacementInterpretation.Classify(empty, Wdd(new(10, 5), new(0, 40), new(5, 5), new(5, 5))).Class);
        // Without displacement areas there is nothing to classify.
        var local = WeightedDisplacementDifference.Test(new(100, 50), new(100, 100));
        Assert.Equal(DisplacementClass.Undefined, DisplacementInterpretation.Classify(neither, local).Class);
    }
}
