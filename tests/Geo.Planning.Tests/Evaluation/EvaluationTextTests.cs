using Geo.Analysis.Evaluation;
using Geo.Planning.Evaluation;

namespace Geo.Planning.Tests.Evaluation;

/// <summary>The interpretation sentence in Swedish and English, on the published example and hand-made cases.</summary>
public class EvaluationTextTests
{
    private static (string Sv, string En) Text(BeforeAfter t, BeforeAfter d, BeforeAfter c, BeforeAfter dc)
    {
        var wdd = WeightedDisplacementDifference.Test(t, c, d, dc);
        var wdq = WeightedDisplacementQuotient.Compute(t, d, c);
        var i = DisplacementInterpretation.Classify(wdq, wdd);
        return (EvaluationText.Interpretation(wdd, wdq, i, "sv"), EvaluationText.Interpretation(wdd, wdq, i, "en"));
    }

    [Fact]
    public void The_published_example_is_a_significant_fall_with_diffusion_that_is_not_significant_on_its_own()
    {
        // Wheeler & Ratcliffe (2018): WDD −118, z −2.98; WDQ 0.26; the buffer's own change −11, z −0.44.
        var (sv, en) = Text(new(207, 110), new(178, 157), new(308, 318), new(150, 140));
        Assert.Equal("Minskningen i det behandlade området med dess buffertzon, jämfört med kontrollområdet, är signifikant (WDD -118, z -2,98) " +
                     "och brottsligheten flyttade inte till buffertzonen, som också minskade (WDQ 0,26): tecken på spridning av positiva effekter " +
                     "(buffertzonens förändring jämfört med kontrollområdets buffertzon är inte signifikant i sig, z -0,44).", sv);
        Assert.Equal("The decrease in the treated area with its buffer zone, against the control area, is significant (WDD -118, z -2.98) " +
                     "and crime did not move to the buffer zone, which fell too (WDQ 0.26): a sign of diffusion of benefits " +
                     "(the buffer zone's change against the control's buffer zone is not significant on its own, z -0.44).", en);
    }

    [Fact]
    public void Displacement_no_success_and_nothing_to_compare()
    {
        // R 100 → 80, D 50 → 80, C 100 → 100, DC 50 → 50: WDQ −1.5, a net loss; WDD = −20 + 30 = 10, variance 610, z = 10/√610 = 0.405: not significant.
        var (sv, en) = Text(new(100, 80), new(50, 80), new(100, 100), new(50, 50));
        Assert.StartsWith("Ökningen i det behandlade området med dess buffertzon, jämfört med kontrollområdet, är inte signifikant (WDD 10, z 0,40)", sv);
        Assert.Contains("tecken på förskjutning som är större än den direkta effekten, en nettoförlust", sv);
        Assert.Contains("a sign of displacement larger than the direct benefit, a net loss", en);
        Assert.Contains("is significant on its own, z 1.98", en);
        // A rise of the treated place: no success.
        Assert.Contains("so displacement and diffusion are not assessed", Text(new(50, 80), new(20, 10), new(100, 100), new(20, 20)).En);
        // Nothing anywhere.
        Assert.StartsWith("Inga händelser", Text(new(0, 0), new(0, 0), new(0, 0), new(0, 0)).Sv);
    }
}
