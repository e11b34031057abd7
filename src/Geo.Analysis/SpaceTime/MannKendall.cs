using Geo.Analysis.Inference;

namespace Geo.Analysis.SpaceTime;

/// <summary>
/// Mann–Kendall test for a monotonic trend (Mann 1945, Econometrica 13; Kendall 1975, Rank Correlation Methods, 4th ed.),
/// with the tie-corrected variance of Hipel &amp; McLeod (1994, Time Series Modelling of Water Resources, §23.3):
/// <c>S = Σ_{i&lt;j} sign(x_j − x_i)</c>,
/// <c>Var(S) = [n(n−1)(2n+5) − Σ_g t_g(t_g−1)(2t_g+5)] / 18</c> over the groups g of t_g tied values,
/// <c>Z = (S − 1)/√Var(S)</c> if S &gt; 0, <c>(S + 1)/√Var(S)</c> if S &lt; 0, 0 if S = 0; two-sided p = 2(1 − Φ(|Z|))
/// (as R <c>Kendall::MannKendall</c> and pymannkendall <c>original_test</c>). NaN values are not allowed.
/// A constant series (or one of fewer than two values) has Var(S) = 0 and no test: Z and P are NaN, never significant.
/// </summary>
public static class MannKendall
{
    public static MannKendallResult Test(ReadOnlySpan<double> series)
    {
        var n = series.Length;
        for (var i = 0; i < n; i++)
            if (double.IsNaN(series[i])) throw new ArgumentException($"series[{i}] is NaN.", nameof(series));
        if (n < 2) return new MannKendallResult(0, 0, double.NaN, double.NaN, 0);

        double s = 0;
        for (var i = 0; i < n - 1; i++)
            for (var j = i + 1; j < n; j++)
                s += Math.Sign(series[j] - series[i]);

        // Tie groups: sort a copy and count runs of equal values.
        var sorted = series.ToArray();
        Array.Sort(sorted);
        double tieTerm = 0;
        for (var k = 0; k < n;)
        {
            var e = k + 1;
            while (e < n && sorted[e] == sorted[k]) e++;
            double t = e - k;
            if (t > 1) tieTerm += t * (t - 1) * (2 * t + 5);
            k = e;
        }
        var varS = (n * (n - 1.0) * (2.0 * n + 5) - tieTerm) / 18.0;
        if (!(varS > 0)) return new MannKendallResult(s, 0, double.NaN, double.NaN, 0);
        double z = 0;
        if (s > 0) z = (s - 1) / Math.Sqrt(varS);
        else if (s < 0) z = (s + 1) / Math.Sqrt(varS);
        var p = LocalInference.TwoSidedP(z);
        return new MannKendallResult(s, varS, z, p, Math.Sign(s));
    }
}
