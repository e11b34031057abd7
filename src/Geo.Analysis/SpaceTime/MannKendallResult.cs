namespace Geo.Analysis.SpaceTime;

/// <summary>Result of a Mann–Kendall trend test (see <see cref="MannKendall"/>).</summary>
/// <param name="S">Kendall's S = Σ_{i&lt;j} sign(x_j − x_i).</param>
/// <param name="VarS">Var(S) under H0 with the tie correction.</param>
/// <param name="Z">Continuity-corrected standard normal score.</param>
/// <param name="P">Two-sided normal p-value 2(1 − Φ(|Z|)).</param>
/// <param name="Trend">Sign of S: +1 increasing, −1 decreasing, 0 none (not a significance decision).</param>
public sealed record MannKendallResult(double S, double VarS, double Z, double P, int Trend)
{
    /// <summary>True when the trend is significant at <paramref name="alpha"/> (two-sided).</summary>
    public bool IsSignificant(double alpha) => !double.IsNaN(P) && P <= alpha && Trend != 0;
}
