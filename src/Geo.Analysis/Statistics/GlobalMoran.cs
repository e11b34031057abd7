using Geo.Analysis.Inference;
using Geo.Analysis.Weights;
using Geo.Core.Numerics;

namespace Geo.Analysis.Statistics;

/// <summary>
/// Global Moran's I (Moran 1950) with moments under randomisation (the default result) and under normality
/// (<see cref="Normality"/>), from Cliff &amp; Ord (1981), "Spatial Processes", eqs. 1.35–1.36, as spdep <c>moran.test</c>.
/// Permutation inference: total randomisation of y, folded pseudo p (M + 1)/(R + 1) as esda <c>Moran.p_sim</c>.
/// With all values equal I is 0/0: the result is undefined (NaN, no p-values, <see cref="StatisticResult.Undefined"/> says why).
/// </summary>
public static class GlobalMoran
{
    /// <summary>I with E[I], Var[I] and z under randomisation; R permutations of y (seeded) when permutations &gt; 0.</summary>
    public static StatisticResult Compute(ReadOnlySpan<double> y, SpatialWeights w, int permutations = 0, ulong seed = 0)
    {
        if (Undefined(y, w) is { } undefined) return undefined with { Permutations = permutations, Seed = permutations > 0 ? seed : null };
        var m = Moments(y, w);
        // Cliff & Ord (1981) eq. 1.36 / spdep moran.test (randomisation=TRUE):
        // Var = [n((n²−3n+3)S1 − nS2 + 3S0²) − b2((n²−n)S1 − 2nS2 + 6S0²)] / [(n−1)(n−2)(n−3)S0²] − E².
        double n = m.N, s0 = m.S0, s1 = m.S1, s2 = m.S2, b2 = m.B2, e = m.Expected;
        var variance = (n * ((n * n - 3 * n + 3) * s1 - n * s2 + 3 * s0 * s0)
                        - b2 * ((n * n - n) * s1 - 2 * n * s2 + 6 * s0 * s0))
                       / ((n - 1) * (n - 2) * (n - 3) * s0 * s0) - e * e;
        var z = (m.I - e) / Math.Sqrt(variance);
        double? pseudo = null;
        if (permutations > 0) pseudo = PermutationP(y, w, m.I, permutations, seed);
        return new StatisticResult(m.I, e, variance, z, LocalInference.TwoSidedP(z), pseudo, permutations, permutations > 0 ? seed : null);
    }

    /// <summary>I with E[I], Var[I] and z under the normality assumption (no permutations).</summary>
    public static StatisticResult Normality(ReadOnlySpan<double> y, SpatialWeights w)
    {
        if (Undefined(y, w) is { } undefined) return undefined;
        var m = Moments(y, w);
        // Cliff & Ord (1981) eq. 1.35 / spdep moran.test (randomisation=FALSE): Var = (n²S1 − nS2 + 3S0²) / (S0²(n²−1)) − E².
        double n = m.N, s0 = m.S0, e = m.Expected;
        var variance = (n * n * m.S1 - n * m.S2 + 3 * s0 * s0) / (s0 * s0 * (n * n - 1)) - e * e;
        var z = (m.I - e) / Math.Sqrt(variance);
        return new StatisticResult(m.I, e, variance, z, LocalInference.TwoSidedP(z));
    }

    /// <summary>With all values equal (zero variance) I is 0/0: an undefined result with the reason, else null.</summary>
    private static StatisticResult? Undefined(ReadOnlySpan<double> y, SpatialWeights w)
    {
        LocalInference.CheckArguments(y.Length, w, 0);
        return InputCheck.ZeroVariance(y) is { } reason
            ? new StatisticResult(double.NaN, -1.0 / (y.Length - 1), double.NaN, double.NaN, double.NaN, Undefined: reason)
            : null;
    }

    private readonly record struct MoranMoments(int N, double I, double Expected, double S0, double S1, double S2, double B2);

    private static MoranMoments Moments(ReadOnlySpan<double> y, SpatialWeights w)
    {
        LocalInference.CheckArguments(y.Length, w, 0);
        var n = w.Count;
        var mean = 0.0;
        foreach (var v in y) mean += v;
        mean /= n;
        double m2 = 0, m4 = 0;
        foreach (var v in y)
        {
            var d = (v - mean) * (v - mean);
            m2 += d;
            m4 += d * d;
        }
        var colSums = new double[n];
        double s0 = 0, cross = 0, s1 = 0;
        for (var i = 0; i < n; i++)
        {
            var nb = w.NeighboursOf(i);
            var wt = w.WeightsOf(i);
            var lag = 0.0;
            for (var t = 0; t < nb.Length; t++)
            {
                var j = nb[t];
                lag += wt[t] * (y[j] - mean);
                s0 += wt[t];
                colSums[j] += wt[t];
                // S1 = ½ Σ_ij (w_ij + w_ji)² = Σ_ij w_ij² + Σ_ij w_ij w_ji (Cliff & Ord 1981, eq. 1.34).
                s1 += wt[t] * (wt[t] + WeightAt(w, j, i));
            }
            cross += (y[i] - mean) * lag;
        }
        // S2 = Σ_i (w_i· + w_·i)².
        var s2 = 0.0;
        for (var i = 0; i < n; i++)
        {
            var row = 0.0;
            foreach (var v in w.WeightsOf(i)) row += v;
            s2 += (row + colSums[i]) * (row + colSums[i]);
        }
        if (s0 == 0) throw new ArgumentException("the weights have no non-zero entries.");
        // I = (n / S0) Σ_ij w_ij z_i z_j / Σ_i z_i² (Moran 1950; Cliff & Ord 1981 eq. 1.32); b2 = n Σz⁴ / (Σz²)².
        var moranI = n / s0 * cross / m2;
        return new MoranMoments(n, moranI, -1.0 / (n - 1), s0, s1, s2, n * m4 / (m2 * m2));
    }

    /// <summary>w_ij by binary search in row i (neighbours ascend within a row); 0 when absent.</summary>
    internal static double WeightAt(SpatialWeights w, int i, int j)
    {
        var t = w.NeighboursOf(i).BinarySearch(j);
        return t >= 0 ? w.WeightsOf(i)[t] : 0.0;
    }

    private static double PermutationP(ReadOnlySpan<double> y, SpatialWeights w, double observed, int permutations, ulong seed)
    {
        var n = y.Length;
        var mean = 0.0;
        foreach (var v in y) mean += v;
        mean /= n;
        var z = new double[n];
        var m2 = 0.0;
        for (var i = 0; i < n; i++) { z[i] = y[i] - mean; m2 += z[i] * z[i]; }
        var s0 = 0.0;
        foreach (var v in w.Values) s0 += v;
        var rng = new Xoshiro256StarStar(seed);
        var tol = 1e-12 * Math.Abs(observed);
        int ge = 0, le = 0;
        for (var r = 0; r < permutations; r++)
        {
            // Fisher–Yates (Durstenfeld 1964) shuffle of the centred values: total randomisation.
            for (var i = n - 1; i > 0; i--)
            {
                var j = rng.NextInt(i + 1);
                (z[i], z[j]) = (z[j], z[i]);
            }
            var cross = 0.0;
            for (var i = 0; i < n; i++)
            {
                var nb = w.NeighboursOf(i);
                var wt = w.WeightsOf(i);
                var lag = 0.0;
                for (var t = 0; t < nb.Length; t++) lag += wt[t] * z[nb[t]];
                cross += z[i] * lag;
            }
            var perm = n / s0 * cross / m2;
            if (perm >= observed - tol) ge++;
            if (perm <= observed + tol) le++;
        }
        return Permutation.PseudoP(Permutation.FoldedCount(ge, le), permutations);
    }
}
