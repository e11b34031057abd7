using Geo.Analysis.Inference;
using Geo.Analysis.Weights;

namespace Geo.Analysis.Statistics;

/// <summary>
/// Local Moran's I_i, LISA (Anselin 1995, "Local indicators of spatial association — LISA", Geogr. Anal. 27(2)), with the
/// moments of spdep <c>localmoran</c> (defaults <c>mlvar = TRUE</c>, <c>conditional = TRUE</c>): m2 = Σz²/n,
/// I_i = (z_i / m2) Σ_j w_ij z_j, E[I_i] and Var[I_i] under conditional randomisation (Sokal, Oden &amp; Thomson 1998,
/// Geogr. Anal. 30(4), as in spdep ≥ 1.1-7). Self weights, if present, are used as given.
/// <para>
/// Classes (quadrants of the Moran scatterplot): HighHigh, LowLow, HighLow, LowHigh from the signs of z_i and its lag,
/// NotSignificant unless the adjusted p ≤ alpha, after the single correction. Significance is read from the folded pseudo
/// p (one-sided, as esda and GeoDa) when permutations &gt; 0 and from the two-sided normal p otherwise, unless
/// <c>basis</c> says which.
/// </para>
/// <para>
/// Undefined (NaN, class <see cref="LocalClass.Undefined"/>, the reason in <see cref="LocalResult.Undefined"/>): islands,
/// every location when all values are equal (m2 = 0), and a location whose I_i has variance 0 (its value equals the mean).
/// </para>
/// </summary>
public static class LocalMoran
{
    public static LocalResult Compute(
        ReadOnlySpan<double> y, SpatialWeights w, int permutations, ulong seed,
        double alpha = 0.05, Correction correction = Correction.BenjaminiHochberg, ParallelOptions? parallel = null,
        PValueBasis? basis = null)
    {
        var b = basis ?? (permutations > 0 ? PValueBasis.Permutation : PValueBasis.Analytic);
        LocalInference.CheckArguments(y.Length, w, permutations, b);
        var n = w.Count;
        var mean = 0.0;
        foreach (var v in y) mean += v;
        mean /= n;
        var zv = new double[n];
        double m2 = 0;
        for (var i = 0; i < n; i++) { zv[i] = y[i] - mean; m2 += zv[i] * zv[i]; }
        m2 /= n;

        var ii = new double[n];
        var expected = new double[n];
        var variance = new double[n];
        var z = new double[n];
        var lags = new double[n];
        var undefined = LocalInference.Undefined(y, w);
        for (var i = 0; i < n; i++)
        {
            var nb = w.NeighboursOf(i);
            var wt = w.WeightsOf(i);
            double lag = 0, wi = 0, wi2 = 0;
            var others = 0;
            for (var t = 0; t < nb.Length; t++)
            {
                if (nb[t] != i) others++;
                lag += wt[t] * zv[nb[t]];
                wi += wt[t];
                wi2 += wt[t] * wt[t];
            }
            lags[i] = lag;
            if (others == 0 || undefined[i] is not null)
            {
                ii[i] = expected[i] = variance[i] = z[i] = double.NaN;
                continue;
            }
            var zi2 = zv[i] * zv[i];
            // Anselin (1995) eq. 12: I_i = (z_i / m2) Σ_j w_ij z_j.
            ii[i] = zv[i] / m2 * lag;
            // spdep localmoran, conditional = TRUE (Sokal, Oden & Thomson 1998):
            // E[I_i] = −z_i² Wi / ((n − 1) m2);
            // Var[I_i] = (z_i/m2)² (n/(n − 2)) (wi2 − Wi²/(n − 1)) (m2 − z_i²/(n − 1)).
            expected[i] = -zi2 * wi / ((n - 1) * m2);
            variance[i] = zi2 / (m2 * m2) * (n / (n - 2.0)) * (wi2 - wi * wi / (n - 1)) * (m2 - zi2 / (n - 1));
            if (!(variance[i] > 0))
            {
                undefined[i] = zv[i] == 0 ? "value equals the mean: Var[I_i] = 0" : "Var[I_i] = 0";
                continue;
            }
            z[i] = (ii[i] - expected[i]) / Math.Sqrt(variance[i]);
        }

        var pseudo = permutations > 0 ? Permutation.ConditionalPseudoP(y, w, permutations, seed, parallel) : null;
        return LocalInference.Finish(ii, expected, variance, z, pseudo, permutations, seed, alpha, correction, b,
            i => (zv[i] >= 0, lags[i] >= 0) switch
            {
                (true, true) => LocalClass.HighHigh,
                (false, false) => LocalClass.LowLow,
                (true, false) => LocalClass.HighLow,
                _ => LocalClass.LowHigh,
            }, undefined);
    }
}
