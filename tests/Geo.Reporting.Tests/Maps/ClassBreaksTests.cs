using Geo.Reporting.Maps;

namespace Geo.Reporting.Tests.Maps;

public class ClassBreaksTests
{
    /// <summary>Jenks (1977) data as in R spData's jenks71 (102 values), the standard example of classInt.</summary>
    private static readonly double[] Jenks71 =
    [
        50.12, 83.90, 76.43, 71.61, 79.66, 84.84, 87.87, 92.45, 119.90, 155.30, 131.50, 111.80, 96.78, 86.75, 62.41, 96.37,
        75.51, 77.29, 85.41, 116.40, 58.50, 75.29, 66.32, 62.65, 80.45, 72.76, 63.67, 60.27, 68.45, 100.10, 55.30, 54.07,
        57.49, 73.52, 68.25, 64.28, 50.64, 52.47, 68.19, 57.40, 39.72, 60.66, 57.59, 38.22, 57.22, 67.04, 47.29, 71.05,
        50.53, 34.63, 59.65, 62.06, 52.89, 56.35, 57.26, 53.77, 59.89, 55.44, 45.40, 52.21, 49.38, 51.15, 54.27, 54.32,
        41.20, 34.58, 50.11, 52.05, 33.82, 39.88, 36.24, 41.02, 46.13, 51.15, 32.28, 33.26, 31.78, 31.28, 50.52, 47.21,
        32.69, 38.30, 33.83, 40.30, 40.62, 32.14, 31.66, 26.09, 39.84, 24.83, 28.20, 31.19, 37.57, 27.16, 23.42, 18.57,
        30.97, 17.82, 15.57, 15.93, 28.71, 32.22,
    ];

    private static readonly double[] Small =
        [67, 54.7, 7, 48.5, 14, 17.2, 20.7, 13, 43.4, 40.2, 38.9, 54.5, 59.8, 48.3, 22.9, 11.5, 34.4, 35.1, 38.7, 30.8];

    private static void Near(double[] expected, double[] actual, double tolerance)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++) Assert.Equal(expected[i], actual[i], tolerance);
    }

    private static IEnumerable<double?> N(IEnumerable<double> x) => x.Select(v => (double?)v);

    /// <summary>classInt's "fisher" breaks: the midpoints between a class's largest and the next class's smallest value.</summary>
    private static double[] Midpoints(ClassBreaks b, double[] data)
    {
        var m = new double[b.Breaks.Count];
        m[0] = b.Breaks[0];
        m[^1] = b.Breaks[^1];
        for (var i = 1; i < b.Breaks.Count - 1; i++) m[i] = (b.Breaks[i] + data.Where(v => v > b.Breaks[i]).Min()) / 2;
        return m;
    }

    // Reference: R 4, classInt 0.4.9: classIntervals(x, k, style = "jenks")$brks and style = "fisher" (exact Fisher–Jenks).
    [Theory]
    [InlineData(5, new[] { 15.57, 41.20, 60.66, 77.29, 100.10, 155.30 }, new[] { 15.570, 43.300, 61.360, 78.475, 105.950, 155.300 })]
    [InlineData(4, null, new[] { 15.57, 43.30, 69.75, 105.95, 155.30 })]
    [InlineData(7, null, new[] { 15.570, 29.840, 43.300, 61.360, 78.475, 105.950, 143.400, 155.300 })]
    public void Jenks_matches_classInt_on_Jenks71(int k, double[]? jenks, double[] fisher)
    {
        var b = ClassBreaks.Jenks(N(Jenks71), k);
        Assert.Equal(ClassMethod.Jenks, b.Method);
        Assert.Equal(k, b.Classes);
        if (jenks is not null) Near(jenks, b.Breaks.ToArray(), 1e-9);
        Near(fisher, Midpoints(b, Jenks71), 1e-9);
    }

    [Fact]
    public void Jenks_matches_classInt_on_a_small_sample()
    {
        // classIntervals(p, 5, "jenks"): 7 14 22.9 43.4 54.7 67; "fisher": 7 15.6 26.85 45.85 57.25 67; k = 3 "fisher": 7 26.85 45.85 67.
        var b = ClassBreaks.Jenks(N(Small));
        Near([7, 14, 22.9, 43.4, 54.7, 67], b.Breaks.ToArray(), 1e-12);
        Near([7, 15.6, 26.85, 45.85, 57.25, 67], Midpoints(b, Small), 1e-12);
        Near([7, 26.85, 45.85, 67], Midpoints(ClassBreaks.Jenks(N(Small), 3), Small), 1e-12);
    }

    [Fact]
    public void Jenks_is_optimal_by_brute_force_on_a_hand_sized_case()
    {
        // Two clear groups and a lone high value: the least sum of squares in 3 classes is {1,2,3} {10,11,12} {30}.
        double[] x = [12, 1, 30, 2, 11, 3, 10];
        Assert.Equal([1, 3, 12, 30], ClassBreaks.Jenks(N(x), 3).Breaks.ToArray());
        // Brute force over all 2-break splits of 9 distinct random values agrees with the programme.
        var rng = new Random(7);
        for (var trial = 0; trial < 20; trial++)
        {
            var v = Enumerable.Range(0, 9).Select(_ => Math.Round(rng.NextDouble() * 100, 2)).Distinct().Order().ToArray();
            double Ssd(IEnumerable<double> s) { var a = s.ToArray(); var m = a.Average(); return a.Sum(t => (t - m) * (t - m)); }
            var best = double.PositiveInfinity;
            (int, int) arg = default;
            for (var i = 1; i < v.Length - 1; i++)
                for (var j = i + 1; j < v.Length; j++)
                {
                    var c = Ssd(v[..i]) + Ssd(v[i..j]) + Ssd(v[j..]);
                    if (c < best - 1e-9) { best = c; arg = (i, j); }
                }
            var b = ClassBreaks.Jenks(N(v), 3);
            Assert.Equal([v[0], v[arg.Item1 - 1], v[arg.Item2 - 1], v[^1]], b.Breaks.ToArray());
        }
    }

    [Fact]
    public void Default_is_Jenks_with_five_classes_and_fewer_for_fewer_distinct_values()
    {
        Assert.Equal(5, ClassBreaks.Default(N(Jenks71)).Classes);
        Assert.Equal(ClassMethod.Jenks, ClassBreaks.Default(N(Jenks71)).Method);
        // Three distinct values (ties weighted): one class each.
        var b = ClassBreaks.Default(N([1, 1, 1, 5, 5, 9]));
        Assert.Equal([1, 1, 5, 9], b.Breaks.ToArray());
        Assert.Equal([0, 0, 1, 2], new[] { 1.0, 1, 5, 9 }.Select(b.ClassOf).ToArray());
        // All equal: one class.
        var one = ClassBreaks.Default([4.0, 4.0, 4.0]);
        Assert.Equal(1, one.Classes);
        Assert.Equal(0, one.ClassOf(4));
        // Missing values are left out; nothing left: no classes.
        Assert.Equal(0, ClassBreaks.Default([null, double.NaN]).Classes);
        Assert.Equal(-1, ClassBreaks.Default([null]).ClassOf(3));
        Assert.Equal(5, ClassBreaks.Default(N(Jenks71).Append(null).Append(double.PositiveInfinity)).Classes);
    }

    [Fact]
    public void ClassOf_closes_intervals_on_the_right()
    {
        var b = new ClassBreaks(ClassMethod.Jenks, [0, 10, 20, 30]);
        Assert.Equal(0, b.ClassOf(0));
        Assert.Equal(0, b.ClassOf(10));
        Assert.Equal(1, b.ClassOf(10.0001));
        Assert.Equal(2, b.ClassOf(30));
        Assert.Equal(2, b.ClassOf(99));
        Assert.Equal(0, b.ClassOf(-5));
        Assert.Equal(-1, b.ClassOf(double.NaN));
    }

    [Fact]
    public void Quantiles_match_R_type_7()
    {
        // R: quantile(p, (0:5)/5) = 7.00 16.56 32.96 39.42 49.70 67.00
        Near([7, 16.56, 32.96, 39.42, 49.70, 67], ClassBreaks.Quantiles(N(Small)).Breaks.ToArray(), 1e-9);
        // Coinciding quantiles are merged: R gives 0 0 0 0 0.2 1 for eight zeros and two ones.
        Near([0, 0.2, 1], ClassBreaks.Quantiles(N([0, 0, 0, 0, 0, 0, 0, 0, 1, 1])).Breaks.ToArray(), 1e-12);
    }

    [Fact]
    public void Equal_intervals_split_the_range()
    {
        Near([0, 2, 4, 6, 8, 10], ClassBreaks.EqualIntervals(N([0, 3, 10])).Breaks.ToArray(), 1e-12);
        Assert.Equal([3, 3], ClassBreaks.EqualIntervals(N([3, 3])).Breaks.ToArray());
        Assert.Equal(ClassMethod.Quantiles, ClassBreaks.Compute(ClassMethod.Quantiles, N(Small), 4).Method);
    }
}
