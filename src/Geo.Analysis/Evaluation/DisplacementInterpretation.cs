namespace Geo.Analysis.Evaluation;

/// <summary>
/// The interpretation of an evaluation along Bowers &amp; Johnson (2003): the WDQ is read only when the treated area
/// fell relative to the control (success measure &lt; 0); then a negative WDQ means displacement to the buffer, a
/// positive one diffusion of benefits, and |WDQ| &gt; 1 that the buffer's change is larger than the treated area's
/// (displacement larger than the direct benefit: a net loss; diffusion larger than it). A |WDQ| below
/// <see cref="NeitherThreshold"/> (default 0.1: the buffer moved by less than a tenth of the treated area's change,
/// relative to the control) counts as neither displacement nor diffusion. Whether the buffer's change is more than
/// chance is a separate question, answered by the displacement part of the WDD (ΔD − ΔDC, |z| ≥ 1.96):
/// <see cref="BufferSignificant"/>.
/// </summary>
/// <param name="Class">The class (see <see cref="DisplacementClass"/>).</param>
/// <param name="Quotient">The WDQ (NaN when undefined).</param>
/// <param name="ExceedsDirectEffect">|WDQ| &gt; 1 with displacement or diffusion: the buffer's change is larger than the treated area's.</param>
/// <param name="BufferSignificant">The WDD's displacement part ΔD − ΔDC is significant at the WDD's confidence level.</param>
/// <param name="NeitherThreshold">The |WDQ| below which neither displacement nor diffusion is reported.</param>
public sealed record DisplacementInterpretation(DisplacementClass Class, double Quotient, bool ExceedsDirectEffect, bool BufferSignificant, double NeitherThreshold)
{
    /// <summary>The default |WDQ| below which neither displacement nor diffusion is reported.</summary>
    public const double DefaultNeitherThreshold = 0.1;

    /// <summary>Classifies an evaluation from its WDQ and its WDD (the latter for the buffer's significance).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is negative or not finite.</exception>
    public static DisplacementInterpretation Classify(WeightedDisplacementQuotientResult quotient, WeightedDisplacementDifferenceResult difference,
        double neitherThreshold = DefaultNeitherThreshold)
    {
        ArgumentNullException.ThrowIfNull(quotient);
        ArgumentNullException.ThrowIfNull(difference);
        if (!(neitherThreshold >= 0) || double.IsInfinity(neitherThreshold))
            throw new ArgumentOutOfRangeException(nameof(neitherThreshold), "the threshold must be a finite number ≥ 0.");
        var zq = MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 1 - (1 - difference.ConfidenceLevel) / 2);
        var bufferSignificant = difference.HasDisplacementAreas && Math.Abs(difference.DisplacementZ) >= zq;
        var wdq = quotient.Statistic;
        DisplacementClass c;
        if (!difference.HasDisplacementAreas || double.IsNaN(quotient.SuccessMeasure)) c = DisplacementClass.Undefined;
        else if (quotient.SuccessMeasure >= 0) c = DisplacementClass.NoSuccess;
        else if (Math.Abs(wdq) < neitherThreshold) c = DisplacementClass.NoDisplacementOrDiffusion;
        else c = wdq < 0 ? DisplacementClass.Displacement : DisplacementClass.Diffusion;
        var exceeds = c is DisplacementClass.Displacement or DisplacementClass.Diffusion && Math.Abs(wdq) > 1;
        return new DisplacementInterpretation(c, wdq, exceeds, bufferSignificant, neitherThreshold);
    }
}
