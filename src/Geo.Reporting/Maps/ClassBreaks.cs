namespace Geo.Reporting.Maps;

/// <summary>
/// The classes of a choropleth: <see cref="Breaks"/> holds k + 1 ascending values, the minimum, the k − 1 inner breaks and
/// the maximum. Class i (0-based) holds the values v with Breaks[i] &lt; v ≤ Breaks[i + 1]; the first class also holds
/// Breaks[0] (intervals closed on the right, as classInt's "jenks" style).
/// </summary>
/// <remarks>
/// <para>
/// The report's rule (<see cref="Default"/>): Jenks natural breaks computed exactly, as Fisher's (1958) dynamic
/// programme for the partition of the sorted values into k contiguous classes with the least within-class sum of squared
/// deviations, with k = 5 classes when there are at least 5 distinct values and one class per distinct value when there
/// are fewer. The inner breaks are the largest value of each class, so every break is a value of the data. R's
/// classInt gives the same partition: <c>classIntervals(x, 5, style = "jenks")</c> prints these breaks, and
/// <c>style = "fisher"</c> prints the midpoints between a class's largest and the next class's smallest value.
/// </para>
/// <para>Missing values (null, NaN, infinities) are left out of the classification; no values give no classes.</para>
/// <para>The exact programme runs on the distinct values weighted by their counts, in O(k·d²) for d distinct values.</para>
/// </remarks>
/// <param name="Method">How the breaks were found.</param>
/// <param name="Breaks">Minimum, inner breaks, maximum (empty when there were no values).</param>
public sealed record ClassBreaks(ClassMethod Method, IReadOnlyList<double> Breaks)
{
    /// <summary>The default number of classes of the report's maps.</summary>
    public const int DefaultClasses = 5;

    /// <summary>The number of classes (0 when there were no values).</summary>
    public int Classes => Math.Max(0, Breaks.Count - 1);

    /// <summary>The class (0-based) of <paramref name="value"/>; values outside the range go to the first or last class; −1 for a missing value or no classes.</summary>
    public int ClassOf(double value)
    {
        if (Classes == 0 || !double.IsFinite(value)) return -1;
        for (var i = 0; i < Classes - 1; i++)
            if (value <= Breaks[i + 1]) return i;
        return Classes - 1;
    }

    /// <summary>The report's rule: Jenks natural breaks with <see cref="DefaultClasses"/> classes (fewer when there are fewer distinct values).</summary>
    public static ClassBreaks Default(IEnumerable<double?> values) => Compute(ClassMethod.Jenks, values, DefaultClasses);

    /// <summary>Breaks by <paramref name="method"/> into at most <paramref name="classes"/> classes (never more than the distinct values).</summary>
    public static ClassBreaks Compute(ClassMethod method, IEnumerable<double?> values, int classes = DefaultClasses) => method switch
    {
        ClassMethod.Jenks => Jenks(values, classes),
        ClassMethod.Quantiles => Quantiles(values, classes),
        ClassMethod.EqualIntervals => EqualIntervals(values, classes),
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown class method."),
    };

    /// <summary>Jenks natural breaks, exact (Fisher 1958): the partition into k classes with the least within-class sum of squares.</summary>
    public static ClassBreaks Jenks(IEnumerable<double?> values, int classes = DefaultClasses)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 1);
        var sorted = Finite(values);
        if (sorted.Length == 0) return new(ClassMethod.Jenks, []);
        // Distinct values with their counts: an optimal partition never splits equal values.
        var x = new List<double>();
        var w = new List<double>();
        foreach (var v in sorted)
        {
            if (x.Count > 0 && x[^1] == v) w[^1]++;
            else { x.Add(v); w.Add(1); }
        }
        var d = x.Count;
        var k = Math.Min(classes, d);
        if (k == 1) return new(ClassMethod.Jenks, [x[0], x[^1]]);
        // Prefix sums of weights, weighted values and weighted squares, shifted to the mean for accuracy.
        var shift = sorted.Average();
        var sw = new double[d + 1];
        var sx = new double[d + 1];
        var sxx = new double[d + 1];
        for (var i = 0; i < d; i++)
        {
            var c = x[i] - shift;
            sw[i + 1] = sw[i] + w[i];
            sx[i + 1] = sx[i] + w[i] * c;
            sxx[i + 1] = sxx[i] + w[i] * c * c;
        }
        double Ssd(int from, int to) // distinct values from..to inclusive
        {
            var n = sw[to + 1] - sw[from];
            var s = sx[to + 1] - sx[from];
            return Math.Max(0, sxx[to + 1] - sxx[from] - s * s / n);
        }
        // cost[m][j]: least sum of squares of values 0..j in m + 1 classes; start[m][j]: first value of the last class.
        var cost = new double[k][];
        var start = new int[k][];
        cost[0] = new double[d];
        start[0] = new int[d];
        for (var j = 0; j < d; j++) cost[0][j] = Ssd(0, j);
        for (var m = 1; m < k; m++)
        {
            cost[m] = new double[d];
            start[m] = new int[d];
            for (var j = 0; j < d; j++)
            {
                if (j < m) { cost[m][j] = double.PositiveInfinity; continue; }
                var best = double.PositiveInfinity;
                var arg = m;
                for (var i = m; i <= j; i++)
                {
                    var c = cost[m - 1][i - 1] + Ssd(i, j);
                    if (c < best) { best = c; arg = i; }
                }
                cost[m][j] = best;
                start[m][j] = arg;
            }
        }
        var breaks = new double[k + 1];
        breaks[0] = x[0];
        breaks[k] = x[^1];
        var end = d - 1;
        for (var m = k - 1; m >= 1; m--)
        {
            var first = start[m][end];
            breaks[m] = x[first - 1];
            end = first - 1;
        }
        return new(ClassMethod.Jenks, breaks);
    }

    /// <summary>Quantile breaks (R's type 7 at i/k); coinciding breaks are merged, so there may be fewer classes.</summary>
    public static ClassBreaks Quantiles(IEnumerable<double?> values, int classes = DefaultClasses)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 1);
        var sorted = Finite(values);
        if (sorted.Length == 0) return new(ClassMethod.Quantiles, []);
        var breaks = new List<double>();
        for (var i = 0; i <= classes; i++)
        {
            var h = (sorted.Length - 1) * (double)i / classes;
            var lo = (int)Math.Floor(h);
            var hi = Math.Min(lo + 1, sorted.Length - 1);
            var q = i == classes ? sorted[^1] : sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
            if (breaks.Count == 0 || q > breaks[^1]) breaks.Add(q);
        }
        if (breaks.Count == 1) breaks.Add(breaks[0]);
        return new(ClassMethod.Quantiles, breaks);
    }

    /// <summary>Equal intervals from the minimum to the maximum (one class when all values are equal).</summary>
    public static ClassBreaks EqualIntervals(IEnumerable<double?> values, int classes = DefaultClasses)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 1);
        var sorted = Finite(values);
        if (sorted.Length == 0) return new(ClassMethod.EqualIntervals, []);
        double min = sorted[0], max = sorted[^1];
        if (min == max) return new(ClassMethod.EqualIntervals, [min, max]);
        var breaks = new double[classes + 1];
        for (var i = 0; i <= classes; i++) breaks[i] = i == classes ? max : min + (max - min) * i / classes;
        return new(ClassMethod.EqualIntervals, breaks);
    }

    private static double[] Finite(IEnumerable<double?> values)
    {
        var a = values.Where(v => v is { } x && double.IsFinite(x)).Select(v => v!.Value).ToArray();
        Array.Sort(a);
        return a;
    }
}
