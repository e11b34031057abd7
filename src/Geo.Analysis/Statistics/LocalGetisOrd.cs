using Geo.Analysis.Inference;
using Geo.Analysis.Weights;

namespace Geo.Analysis.Statistics;

/// <summary>
/// Local Getis–Ord Gi and Gi* (Getis &amp; Ord 1992, Geogr. Anal. 24(3); Ord &amp; Getis 1995, Geogr. Anal. 27(4)),
/// with the analytic z-scores of spdep <c>localG</c>.
/// <para>
/// Weights are used exactly as given (binary, row-standardised or general). For Gi* (<c>star: true</c>) the caller passes
/// weights that <b>include self</b> (spdep <c>include.self()</c>; esda <c>star=True</c> with binary weights adds w_ii = 1):
/// every non-island row must carry its diagonal entry w_ii, otherwise an <see cref="ArgumentException"/> is thrown — no
/// self weight is invented here, because its value (1 before or after row-standardisation) changes the statistic.
/// For Gi (<c>star: false</c>) rows must not contain w_ii.
/// A location whose row holds no neighbour other than itself is an island; islands, every location when all values are
/// equal (zero variance: z would be 0/0), and a location whose G_i has variance 0 are undefined: NaN statistic and
/// p-values, class <see cref="LocalClass.Undefined"/>, the reason in <see cref="LocalResult.Undefined"/>.
/// </para>
/// <para>Statistic = G_i; Expected and Variance are the moments of G_i; Z is spdep's z-score. Classes: Hot (z &gt; 0) / Cold (z &lt; 0)
/// where the adjusted p ≤ alpha; by default (<c>basis</c> Analytic) the p is the normal p of the z-score
/// (<see cref="PValueBasis.Analytic"/>, as ArcGIS Pro and spdep), the pseudo p from permutations is reported beside it.</para>
/// </summary>
public static class LocalGetisOrd
{
    public static LocalResult Compute(
        ReadOnlySpan<double> y, SpatialWeights w, bool star, int permutations, ulong seed,
        double alpha = 0.05, Correction correction = Correction.BenjaminiHochberg, ParallelOptions? parallel = null,
        PValueBasis basis = PValueBasis.Analytic)
    {
        LocalInference.CheckArguments(y.Length, w, permutations, basis);
        var n = w.Count;
        double sum = 0, sumSq = 0;
        foreach (var v in y) { sum += v; sumSq += v * v; }
        var mean = sum / n;

        var g = new double[n];
        var expected = new double[n];
        var variance = new double[n];
        var z = new double[n];
        var undefined = LocalInference.Undefined(y, w);
        for (var i = 0; i < n; i++)
        {
            var nb = w.NeighboursOf(i);
            var wt = w.WeightsOf(i);
            double lag = 0, wi = 0, s1i = 0;
            var hasSelf = false;
            var others = 0;
            for (var t = 0; t < nb.Length; t++)
            {
                if (nb[t] == i) hasSelf = true; else others++;
                lag += wt[t] * y[nb[t]];
                wi += wt[t];
                s1i += wt[t] * wt[t];
            }
            if (others == 0)
            {
                g[i] = expected[i] = variance[i] = z[i] = double.NaN;
                continue;
            }
            if (star && !hasSelf) throw new ArgumentException($"Gi* needs weights that include self; row {i} has no w_ii (spdep include.self).");
            if (!star && hasSelf) throw new ArgumentException($"Gi excludes self; row {i} has a w_ii entry (use star: true).");
            if (undefined[i] is not null) continue; // Finish sets NaN

            double xbar, s2, denominator, vg;
            if (star)
            {
                // Ord & Getis (1995) eqs. 6–8 / spdep localG: x̄ = Σx/n, s² = Σx²/n − x̄², Var(Σ_j w_ij x_j) = s² (n S1i − Wi²)/(n − 1).
                xbar = mean;
                s2 = sumSq / n - mean * mean;
                denominator = sum;
                vg = s2 * (n * s1i - wi * wi) / (n - 1);
            }
            else
            {
                // Getis & Ord (1992) / Ord & Getis (1995) with j ≠ i: x̄(i) = (Σx − x_i)/(n − 1),
                // s²(i) = (Σx² − x_i²)/(n − 1) − x̄(i)², Var = s²(i) ((n − 1) S1i − Wi²)/(n − 2).
                xbar = (sum - y[i]) / (n - 1);
                s2 = (sumSq - y[i] * y[i]) / (n - 1) - xbar * xbar;
                denominator = sum - y[i];
                vg = s2 * ((n - 1) * s1i - wi * wi) / (n - 2);
            }
            if (!(vg > 0))
            {
                undefined[i] = star ? "Var[G_i*] = 0: every location is a neighbour" : "Var[G_i] = 0";
                continue;
            }
            // G_i = Σ_j w_ij x_j / Σ_j x_j; E[G_i] = Wi x̄ / Σ_j x_j; z = (Σ_j w_ij x_j − Wi x̄) / √Var (spdep localG).
            g[i] = lag / denominator;
            expected[i] = wi * xbar / denominator;
            variance[i] = vg / (denominator * denominator);
            z[i] = (lag - wi * xbar) / Math.Sqrt(vg);
        }

        var pseudo = permutations > 0 ? Permutation.ConditionalPseudoP(y, w, permutations, seed, parallel) : null;
        return LocalInference.Finish(g, expected, variance, z, pseudo, permutations, seed, alpha, correction, basis,
            i => z[i] > 0 ? LocalClass.Hot : z[i] < 0 ? LocalClass.Cold : LocalClass.NotSignificant, undefined);
    }
}
