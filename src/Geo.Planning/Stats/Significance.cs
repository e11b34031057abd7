using Geo.Analysis.Inference;

namespace Geo.Planning.Stats;

/// <summary>The significance level of the classes and the one multiple-testing correction applied to the p-values.</summary>
public sealed record Significance(double Alpha = 0.05, Correction Correction = Correction.BenjaminiHochberg)
{
    /// <exception cref="ArgumentException">Alpha is not between 0 and 1.</exception>
    public void Validate()
    {
        if (!(Alpha is > 0 and < 1))
            throw new ArgumentException($"--alpha must be between 0 and 1, got {Alpha.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
    }

    /// <summary>The given significance, or the default (alpha 0.05, Benjamini–Hochberg), validated.</summary>
    public static Significance Resolve(Significance? given)
    {
        var s = given ?? new Significance();
        s.Validate();
        return s;
    }

    public override string ToString() =>
        $"correction: {StatsNames.Of(Correction)}; alpha: {Alpha.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
