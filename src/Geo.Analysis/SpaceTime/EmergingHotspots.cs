using Geo.Analysis.Inference;
using Geo.Analysis.Statistics;
using Geo.Analysis.Weights;

namespace Geo.Analysis.SpaceTime;

/// <summary>
/// Emerging hot spot analysis after ArcGIS Pro ("How Emerging Hot Spot Analysis works", ArcGIS Pro documentation,
/// Space Time Pattern Mining toolbox): Getis–Ord Gi* (<see cref="LocalGetisOrd"/>, analytic z) of every time step's
/// counts with spatial weights that include self, significance per step after the step's multiple-testing correction
/// (applied once per step, inside <see cref="LocalGetisOrd"/>), the Mann–Kendall trend (<see cref="MannKendall"/>) of each
/// location's Gi* z series, and the 17 categories. Differences from ArcGIS: the neighbourhood is spatial only (ArcGIS may
/// also include neighbouring time steps); a step with no events at all (or the same count in every cell) has undefined z
/// (NaN), which counts as neither hot nor cold and as z = 0 in the trend series. A location whose Gi* is undefined in every
/// step (an island without neighbours, or every step without variance) is <see cref="EmergingClass.Undefined"/>, with the
/// reason in <see cref="EmergingHotspotResult.Undefined"/>; a constant z series has no trend test (NaN Mann–Kendall p).
/// </summary>
public static class EmergingHotspots
{

    public static EmergingHotspotResult Classify(
        SpaceTimeCube cube, SpatialWeights weightsWithSelf, double alpha = 0.05,
        Correction correction = Correction.BenjaminiHochberg, double trendAlpha = 0.05, ParallelOptions? parallel = null)
    {
        ArgumentNullException.ThrowIfNull(cube);
        ArgumentNullException.ThrowIfNull(weightsWithSelf);
        if (weightsWithSelf.Count != cube.Locations)
            throw new ArgumentException($"weights have {weightsWithSelf.Count} locations, the cube {cube.Locations}.");
        var n = cube.Locations;
        var steps = new LocalResult[cube.Steps];
        for (var t = 0; t < cube.Steps; t++)
            steps[t] = LocalGetisOrd.Compute(cube.StepCounts(t), weightsWithSelf, star: true, permutations: 0, seed: 0,
                alpha, correction, parallel);

        var classes = new EmergingClass[n];
        var undefined = new string?[n];
        var trends = new MannKendallResult[n];
        var z = new double[cube.Steps];
        var hot = new bool[cube.Steps];
        var cold = new bool[cube.Steps];
        for (var i = 0; i < n; i++)
        {
            for (var t = 0; t < cube.Steps; t++)
            {
                var zi = steps[t].Z[i];
                z[t] = double.IsNaN(zi) ? 0 : zi;
                hot[t] = steps[t].Class[i] == LocalClass.Hot;
                cold[t] = steps[t].Class[i] == LocalClass.Cold;
            }
            trends[i] = MannKendall.Test(z);
            classes[i] = Classify(hot, cold, trends[i], trendAlpha);
            if (steps.All(s => s.Undefined[i] is not null))
            {
                classes[i] = EmergingClass.Undefined;
                var reasons = steps.Select(s => s.Undefined[i]!).Distinct().ToList();
                undefined[i] = "Gi* undefined in every step: " + (reasons.Count == 1 ? reasons[0] : string.Join("; ", reasons.Take(3)));
            }
        }
        return new EmergingHotspotResult(classes, trends, steps, alpha, correction, undefined);
    }

    /// <summary>
    /// The category of one location from its significant hot and cold steps and the trend of its z series.
    /// Cold categories mirror the hot ones with hot and cold swapped and the trend's sign reversed (an intensifying
    /// cold spot has a significant <i>decreasing</i> z trend).
    /// </summary>
    internal static EmergingClass Classify(bool[] hot, bool[] cold, MannKendallResult trend, double trendAlpha = 0.05)
    {
        if (hot.Length != cold.Length) throw new ArgumentException("hot and cold differ in length.");
        var hotClass = Pattern(hot, cold, trend.IsSignificant(trendAlpha) ? trend.Trend : 0);
        if (hotClass != Kind.None) return (EmergingClass)(int)hotClass;
        var coldClass = Pattern(cold, hot, trend.IsSignificant(trendAlpha) ? -trend.Trend : 0);
        return coldClass == Kind.None ? EmergingClass.NoPattern : (EmergingClass)((int)coldClass + 8);
    }

    private enum Kind { None, New, Consecutive, Intensifying, Persistent, Diminishing, Sporadic, Oscillating, Historical }

    // The rules of "How Emerging Hot Spot Analysis works" (ArcGIS Pro), written for hot spots; `on` = significant hot,
    // `opposite` = significant cold, `trend` = sign of a significant Mann–Kendall trend in the hot direction (0 if none).
    private static Kind Pattern(bool[] on, bool[] opposite, int trend)
    {
        var n = on.Length;
        if (n == 0) return Kind.None;
        var count = 0;
        foreach (var b in on) if (b) count++;
        if (count == 0) return Kind.None;
        var final = on[n - 1];
        var mostly = 10 * count >= 9 * n;   // "at least 90 percent of the time-step intervals" (exact integer test)

        if (!final)
            // Historical: "The most recent time period is not hot, but at least ninety percent of the time-step
            // intervals have been statistically significant hot spots."
            return mostly ? Kind.Historical : Kind.None;

        // Length of the run of hot steps ending in the final step.
        var run = 0;
        while (run < n && on[n - 1 - run]) run++;
        var earlier = count - run; // hot steps before that run

        // New: "a statistically significant hot spot for the final time step and has never been a statistically
        // significant hot spot before".
        if (count == 1) return Kind.New;
        // Consecutive: "a single uninterrupted run of at least two statistically significant hot spot bins in the final
        // time-step intervals. The location has never been a statistically significant hot spot prior to the final hot
        // spot run and less than ninety percent of all bins are statistically significant hot spots."
        if (earlier == 0 && run >= 2 && !mostly) return Kind.Consecutive;
        if (mostly)
        {
            // Intensifying / diminishing: "hot spot for ninety percent of the time-step intervals, including the final
            // time step", with a statistically significant increase / decrease in the intensity of clustering (z);
            // persistent: the same share "with no discernible trend". Persistent is reached only with the final step hot:
            // ≥ 90% hot with the final step not hot is historical (the two definitions would otherwise overlap).
            return trend > 0 ? Kind.Intensifying : trend < 0 ? Kind.Diminishing : Kind.Persistent;
        }
        var everOpposite = false;
        for (var t = 0; t < n - 1; t++) if (opposite[t]) { everOpposite = true; break; }
        // Oscillating: "hot spot for the final time-step interval that has a history of also being a statistically
        // significant cold spot during a prior time step. Less than ninety percent ... hot."
        if (everOpposite) return Kind.Oscillating;
        // Sporadic: "hot spot for the final time-step interval with a history of also being an on-again and off-again
        // hot spot. Less than ninety percent ... hot and none ... cold spots."
        return Kind.Sporadic;
    }
}
