using Geo.Analysis.Evaluation;
using Geo.Planning.Runs;

namespace Geo.Planning.Evaluation;

/// <summary>The interpretation of an evaluation in one sentence, in Swedish (decimal comma) or English.</summary>
internal static class EvaluationText
{
    /// <summary>
    /// The WDD's verdict (a significant or not significant fall or rise of the treated area with its buffer against the
    /// control), then what the buffer did (the <see cref="DisplacementClass"/>), with the numbers behind both.
    /// </summary>
    public static string Interpretation(WeightedDisplacementDifferenceResult wdd, WeightedDisplacementQuotientResult wdq,
        DisplacementInterpretation interpretation, string lang)
    {
        var t = RunText.For(lang);
        var sv = t.Swedish;
        if (wdd.Undefined is not null)
            return sv ? "Inga händelser i något av områdena under perioderna: effekten kan inte bedömas."
                : "No incidents in any of the regions in the periods: the effect cannot be assessed.";
        var numbers = $"WDD {t.Number(wdd.Statistic, 0)}, z {t.Number(wdd.Z, 2)}";
        var significant = wdd.IsSignificant;
        var first = wdd.Statistic switch
        {
            < 0 => sv ? $"Minskningen i det behandlade området med dess buffertzon, jämfört med kontrollområdet, är {(significant ? "signifikant" : "inte signifikant")} ({numbers})"
                : $"The decrease in the treated area with its buffer zone, against the control area, is {(significant ? "significant" : "not significant")} ({numbers})",
            > 0 => sv ? $"Ökningen i det behandlade området med dess buffertzon, jämfört med kontrollområdet, är {(significant ? "signifikant" : "inte signifikant")} ({numbers})"
                : $"The increase in the treated area with its buffer zone, against the control area, is {(significant ? "significant" : "not significant")} ({numbers})",
            _ => sv ? $"Det behandlade området med dess buffertzon förändrades lika mycket som kontrollområdet ({numbers})"
                : $"The treated area with its buffer zone changed as much as the control area ({numbers})",
        };
        var q = $"WDQ {t.Number(interpretation.Quotient, 2)}";
        var buffer = double.IsNaN(wdd.DisplacementZ) ? "" : sv
            ? $" (buffertzonens förändring jämfört med kontrollområdets buffertzon är {(interpretation.BufferSignificant ? "signifikant" : "inte signifikant")} i sig, z {t.Number(wdd.DisplacementZ, 2)})"
            : $" (the buffer zone's change against the control's buffer zone is {(interpretation.BufferSignificant ? "significant" : "not significant")} on its own, z {t.Number(wdd.DisplacementZ, 2)})";
        var second = interpretation.Class switch
        {
            DisplacementClass.Displacement => sv
                ? $" och brottsligheten tycks ha flyttat till buffertzonen ({q}): tecken på förskjutning{(interpretation.ExceedsDirectEffect ? " som är större än den direkta effekten, en nettoförlust" : " som är mindre än den direkta effekten")}{buffer}."
                : $" and crime appears to have moved to the buffer zone ({q}): a sign of displacement{(interpretation.ExceedsDirectEffect ? " larger than the direct benefit, a net loss" : " smaller than the direct benefit")}{buffer}.",
            DisplacementClass.Diffusion => sv
                ? $" och brottsligheten flyttade inte till buffertzonen, som också minskade ({q}): tecken på spridning av positiva effekter{(interpretation.ExceedsDirectEffect ? " som är större än den direkta effekten" : "")}{buffer}."
                : $" and crime did not move to the buffer zone, which fell too ({q}): a sign of diffusion of benefits{(interpretation.ExceedsDirectEffect ? " larger than the direct benefit" : "")}{buffer}.",
            DisplacementClass.NoDisplacementOrDiffusion => sv
                ? $" och buffertzonen förändrades knappt i förhållande till kontrollområdet ({q}): varken förskjutning eller spridning av positiva effekter{buffer}."
                : $" and the buffer zone barely changed relative to the control area ({q}): neither displacement nor diffusion of benefits{buffer}.",
            DisplacementClass.NoSuccess => sv
                ? $"; det behandlade området minskade inte i förhållande till kontrollområdet (framgångsmått {t.Number(wdq.SuccessMeasure, 3)} ≥ 0), så förskjutning och spridning bedöms inte."
                : $"; the treated area did not fall relative to the control area (success measure {t.Number(wdq.SuccessMeasure, 3)} ≥ 0), so displacement and diffusion are not assessed.",
            _ => sv
                ? "; WDQ kan inte beräknas eftersom kontrollområdet saknar händelser under en av perioderna."
                : "; the WDQ cannot be computed because the control area has no incidents in one of the periods.",
        };
        return first + second;
    }
}
