namespace Geo.Analysis.Inference;

/// <summary>
/// Multiple-testing corrections. Local statistics call <see cref="Adjust"/> exactly once per analysis, inside
/// <see cref="LocalInference.Finish"/>, on the p-values that decide significance (pseudo p when permutations were
/// run, else the normal p). NaN entries (islands) are left NaN and do not count towards the number of tests m.
/// </summary>
public static class MultipleTesting
{
    public static double[] Adjust(ReadOnlySpan<double> p, Correction correction)
    {
        var adjusted = new double[p.Length];
        // Indices of the tests that exist (non-NaN), sorted by p ascending (stable on ties).
        var m = 0;
        for (var i = 0; i < p.Length; i++)
        {
            if (double.IsNaN(p[i])) adjusted[i] = double.NaN;
            else
            {
                if (p[i] < 0 || p[i] > 1) throw new ArgumentOutOfRangeException(nameof(p), $"p[{i}] = {p[i]} is not a probability.");
                m++;
            }
        }
        if (m == 0) return adjusted;
        var order = new int[m];
        var keys = new double[m];
        for (int i = 0, t = 0; i < p.Length; i++)
            if (!double.IsNaN(p[i])) { order[t] = i; keys[t] = p[i]; t++; }

        switch (correction)
        {
            case Correction.None:
                foreach (var i in order) adjusted[i] = p[i];
                break;
            case Correction.Bonferroni:
                // Bonferroni: p_adj = min(1, m p).
                foreach (var i in order) adjusted[i] = Math.Min(1.0, m * p[i]);
                break;
            case Correction.Holm:
            {
                // Holm (1979), step-down: p_adj(k) = max_{j<=k} min(1, (m - j + 1) p_(j)), ranks j = 1..m ascending.
                Array.Sort(keys, order);
                var running = 0.0;
                for (var k = 0; k < m; k++)
                {
                    running = Math.Max(running, Math.Min(1.0, (m - k) * keys[k]));
                    adjusted[order[k]] = running;
                }
                break;
            }
            case Correction.BenjaminiHochberg:
            {
                // Benjamini & Hochberg (1995), step-up: p_adj(k) = min_{j>=k} min(1, m p_(j) / j) (monotone, as R p.adjust "BH").
                Array.Sort(keys, order);
                var running = 1.0;
                for (var k = m - 1; k >= 0; k--)
                {
                    running = Math.Min(running, m * keys[k] / (k + 1));
                    adjusted[order[k]] = running;
                }
                break;
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(correction), correction, null);
        }
        return adjusted;
    }
}
