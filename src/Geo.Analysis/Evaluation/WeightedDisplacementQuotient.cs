namespace Geo.Analysis.Evaluation;

/// <summary>
/// The weighted displacement quotient (Bowers &amp; Johnson 2003, "Measuring the geographical displacement and diffusion
/// of benefit effects of crime prevention activity", Journal of Quantitative Criminology 19(3)): with R the treated
/// (response) area, D its displacement buffer, C the control area, b before and a after,
/// <list type="bullet">
/// <item>the success measure <c>Ra/Ca − Rb/Cb</c> (negative: the treated area fell relative to the control),</item>
/// <item>the buffer displacement measure <c>Da/Ca − Db/Cb</c> (positive: the buffer rose relative to the control, a
/// sign of displacement; negative: it fell, a sign of diffusion of benefits),</item>
/// <item><c>WDQ = (Da/Ca − Db/Cb) / (Ra/Ca − Rb/Cb)</c>: the buffer's change per unit of the treated area's change.</item>
/// </list>
/// Undefined cases are flagged, not thrown: a control count of 0 leaves both measures (and the WDQ) undefined, a success
/// measure of 0 leaves the WDQ undefined.
/// </summary>
public static class WeightedDisplacementQuotient
{
    /// <exception cref="ArgumentException">A count is not a non-negative integer.</exception>
    public static WeightedDisplacementQuotientResult Compute(BeforeAfter treated, BeforeAfter buffer, BeforeAfter control)
    {
        ArgumentNullException.ThrowIfNull(treated);
        ArgumentNullException.ThrowIfNull(buffer);
        ArgumentNullException.ThrowIfNull(control);
        treated.Check("treated area");
        buffer.Check("displacement buffer");
        control.Check("control area");
        if (control.Before == 0 || control.After == 0)
            return new WeightedDisplacementQuotientResult(double.NaN, double.NaN, double.NaN,
                $"the control area has no incidents in the period {(control.Before == 0 ? "before" : "after")}: the ratios to it are undefined");
        var success = treated.After / control.After - treated.Before / control.Before;
        var displacement = buffer.After / control.After - buffer.Before / control.Before;
        if (success == 0)
            return new WeightedDisplacementQuotientResult(double.NaN, success, displacement,
                "the success measure is 0 (the treated area did not change relative to the control): the quotient is undefined");
        return new WeightedDisplacementQuotientResult(displacement / success, success, displacement, null);
    }
}
