using MathNet.Numerics.Distributions;

namespace Geo.Analysis.Evaluation;

/// <summary>
/// The weighted displacement difference test of a place-based intervention (Wheeler &amp; Ratcliffe 2018, "A simple
/// weighted displacement difference test to evaluate place based crime interventions", Crime Science 7:11): with
/// Δ = after − before of the treated area T, the control area C, the treated area's displacement buffer D and the
/// control area's displacement buffer DC,
/// <c>WDD = ΔT − ΔC + ΔD − ΔDC</c>. Under independent Poisson counts its variance is the sum of the eight counts, so
/// <c>z = WDD / √Var</c> with a two-sided normal p-value and the interval WDD ± z₁₋α/₂·SE. A negative WDD is a fall in
/// the treated area (and its buffer) relative to the control. Without displacement areas the test is the local one:
/// <c>ΔT − ΔC</c> with the variance of the four counts. The parts are reported too: the local estimate ΔT − ΔC and the
/// displacement estimate ΔD − ΔDC, each with its variance (the sum of its four counts) and z.
/// </summary>
/// <remarks>
/// The test assumes periods of equal length (equal exposure) and regions whose counts are independent. It is undefined
/// (z and p NaN, <see cref="WeightedDisplacementDifferenceResult.Undefined"/> set) when every count is 0.
/// </remarks>
public static class WeightedDisplacementDifference
{
    /// <summary>The test with the treated area's and the control area's displacement buffers (all eight counts).</summary>
    /// <exception cref="ArgumentException">A count is not a non-negative integer.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The confidence level is not in (0, 1).</exception>
    public static WeightedDisplacementDifferenceResult Test(BeforeAfter treated, BeforeAfter control, BeforeAfter treatedDisplacement,
        BeforeAfter controlDisplacement, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(treatedDisplacement);
        ArgumentNullException.ThrowIfNull(controlDisplacement);
        return Compute(treated, control, treatedDisplacement, controlDisplacement, confidenceLevel);
    }

    /// <summary>The local test without displacement areas: ΔT − ΔC with the variance of the four counts.</summary>
    /// <exception cref="ArgumentException">A count is not a non-negative integer.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The confidence level is not in (0, 1).</exception>
    public static WeightedDisplacementDifferenceResult Test(BeforeAfter treated, BeforeAfter control, double confidenceLevel = 0.95) =>
        Compute(treated, control, null, null, confidenceLevel);

    private static WeightedDisplacementDifferenceResult Compute(BeforeAfter treated, BeforeAfter control, BeforeAfter? treatedDisplacement,
        BeforeAfter? controlDisplacement, double confidenceLevel)
    {
        ArgumentNullException.ThrowIfNull(treated);
        ArgumentNullException.ThrowIfNull(control);
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) throw new ArgumentOutOfRangeException(nameof(confidenceLevel), "the confidence level must lie in (0, 1).");
        treated.Check("treated area");
        control.Check("control area");
        treatedDisplacement?.Check("treated displacement area");
        controlDisplacement?.Check("control displacement area");

        var local = treated.Change - control.Change;
        var localVariance = treated.Sum + control.Sum;
        double? displacement = null, displacementVariance = null;
        var displacementZ = double.NaN;
        if (treatedDisplacement is not null && controlDisplacement is not null)
        {
            displacement = treatedDisplacement.Change - controlDisplacement.Change;
            displacementVariance = treatedDisplacement.Sum + controlDisplacement.Sum;
            displacementZ = Z(displacement.Value, displacementVariance.Value);
        }
        var statistic = local + (displacement ?? 0);
        var variance = localVariance + (displacementVariance ?? 0);
        var se = Math.Sqrt(variance);
        var zq = Normal.InvCDF(0, 1, 1 - (1 - confidenceLevel) / 2);
        if (variance == 0)
            return new WeightedDisplacementDifferenceResult(statistic, 0, 0, double.NaN, double.NaN, statistic, statistic, confidenceLevel,
                local, localVariance, double.NaN, displacement, displacementVariance, double.NaN, "every count is 0: there is nothing to compare");
        var z = statistic / se;
        return new WeightedDisplacementDifferenceResult(statistic, variance, se, z, 2 * Normal.CDF(0, 1, -Math.Abs(z)),
            statistic - zq * se, statistic + zq * se, confidenceLevel, local, localVariance, Z(local, localVariance), displacement,
            displacementVariance, displacementZ, null);
    }

    private static double Z(double estimate, double variance) => variance > 0 ? estimate / Math.Sqrt(variance) : double.NaN;
}
