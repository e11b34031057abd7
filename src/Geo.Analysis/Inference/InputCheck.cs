using System.Globalization;
using Geo.Analysis.Weights;

namespace Geo.Analysis.Inference;

/// <summary>
/// The one check that runs before every spatial statistic (the <c>geo stats</c> operations, the lägesbild runs, the API):
/// it finds the inputs that cannot give a statistic (errors: no rows, too few locations, values that are not numbers,
/// no location with a neighbour) and the locations for which the statistic is undefined (zero variance: every location;
/// no neighbours: those locations), so that no class and no p-value is reported for them. The statistics apply the same
/// rules themselves (<see cref="ZeroVariance"/>, <see cref="HasNeighbour"/>), so a caller that skips the check still gets
/// undefined results, never a significance claim. Pure: no I/O.
/// </summary>
public static class InputCheck
{
    /// <summary>How many ids a message lists before "…".</summary>
    public const int IdsListed = 10;

    /// <summary>Runs every check that <paramref name="input"/> has data for.</summary>
    public static InputCheckResult Run(StatisticInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var values = input.Values;
        var n = values.Count;
        var undefined = new string?[n];
        var problems = new List<InputProblem>();
        if (n == 0) return new InputCheckResult([InputProblem.Error($"{input.Source} has no rows.")], undefined);
        if (n < input.MinimumLocations)
            problems.Add(InputProblem.Error($"{input.Source} has {n} locations; spatial statistics need at least {input.MinimumLocations}."));
        var bad = Enumerable.Range(0, n).Where(i => !double.IsFinite(values[i])).ToList();
        if (bad.Count > 0)
            problems.Add(InputProblem.Error($"{input.Source}: {bad.Count} values are not finite numbers (ids {List(input, bad)})."));

        if (input.Weights is { } w)
        {
            if (w.Count != n) throw new ArgumentException($"the weights have {w.Count} locations, the values {n}.", nameof(input));
            var islands = Islands(w);
            if (islands.Count > 0)
            {
                var band = input.Band is { } d && input.Points is { Count: > 1 } points
                    ? string.Create(CultureInfo.InvariantCulture,
                        $" (the distance band of {d:0.###} m is shorter than the distance to the nearest other location; the smallest band that gives every location a neighbour is {Math.Ceiling(SmallestBand(points) * 1000) / 1000:0.###} m)")
                    : "";
                if (islands.Count == n)
                    problems.Add(InputProblem.Error($"no location of {input.Source} has a neighbour{band}; use weights that connect them (knn:K, a longer band)."));
                else if (!input.Local)
                    problems.Add(InputProblem.Warning(
                        $"no neighbours for {islands.Count} location{(islands.Count == 1 ? "" : "s")}: id{(islands.Count == 1 ? "" : "s")} {List(input, islands)}{band}; they enter the statistic with a zero spatial lag"));
                else
                {
                    problems.Add(new InputProblem(InputSeverity.Undefined,
                        $"no neighbours for {islands.Count} location{(islands.Count == 1 ? "" : "s")}: id{(islands.Count == 1 ? "" : "s")} {List(input, islands)}{band}; {(islands.Count == 1 ? "its statistic is" : "their statistics are")} undefined (no class, no p-value)",
                        NoNeighbours, islands));
                    foreach (var i in islands) undefined[i] = NoNeighbours;
                }
            }
        }

        if (bad.Count == 0 && input.CheckVariance && ZeroVariance(values) is { } zero)
        {
            problems.Add(new InputProblem(InputSeverity.Undefined, $"{input.Source}: {zero}; the statistic is undefined everywhere (no class, no p-value)", zero, Enumerable.Range(0, n).ToArray()));
            for (var i = 0; i < n; i++) undefined[i] ??= zero;
        }
        return new InputCheckResult(problems, undefined);
    }

    /// <summary>The reason of a location without neighbours.</summary>
    public const string NoNeighbours = "no neighbours";

    /// <summary>"zero variance: all 21 values equal 3" when every value is the same (exactly), else null.</summary>
    public static string? ZeroVariance(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0) return null;
        var first = values[0];
        for (var i = 1; i < values.Count; i++)
            if (values[i] != first) return null;
        return string.Create(CultureInfo.InvariantCulture, $"zero variance: all {values.Count} values equal {first}");
    }

    /// <inheritdoc cref="ZeroVariance(IReadOnlyList{double})"/>
    public static string? ZeroVariance(ReadOnlySpan<double> values)
    {
        if (values.IsEmpty) return null;
        var first = values[0];
        foreach (var v in values)
            if (v != first) return null;
        return string.Create(CultureInfo.InvariantCulture, $"zero variance: all {values.Length} values equal {first}");
    }

    /// <summary>True when location <paramref name="i"/> has a neighbour other than itself.</summary>
    public static bool HasNeighbour(SpatialWeights w, int i)
    {
        ArgumentNullException.ThrowIfNull(w);
        var nb = w.NeighboursOf(i);
        var wt = w.WeightsOf(i);
        for (var t = 0; t < nb.Length; t++)
            if (nb[t] != i && wt[t] != 0) return true;
        return false;
    }

    /// <summary>The locations without a neighbour other than themselves (a self weight does not count).</summary>
    public static IReadOnlyList<int> Islands(SpatialWeights w)
    {
        ArgumentNullException.ThrowIfNull(w);
        var islands = new List<int>();
        for (var i = 0; i < w.Count; i++)
            if (!HasNeighbour(w, i)) islands.Add(i);
        return islands;
    }

    /// <summary>The smallest distance band that gives every point a neighbour: the largest nearest-neighbour distance.</summary>
    public static double SmallestBand(IReadOnlyList<(double X, double Y)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count < 2) throw new ArgumentException("at least two points are needed.", nameof(points));
        var nearest = DistanceWeights.KNearest(points, 1);
        var max = 0.0;
        for (var i = 0; i < points.Count; i++)
        {
            var j = nearest.NeighboursOf(i)[0];
            double dx = points[j].X - points[i].X, dy = points[j].Y - points[i].Y;
            max = Math.Max(max, Math.Sqrt(dx * dx + dy * dy));
        }
        return max;
    }

    /// <summary>"all 21 points are at the same place (x, y)" when every point has the same coordinates (exactly), else null.</summary>
    public static string? SamePlace(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        if (x.Length != y.Length) throw new ArgumentException("x and y must have the same length.", nameof(y));
        if (x.IsEmpty) return null;
        for (var i = 1; i < x.Length; i++)
            if (x[i] != x[0] || y[i] != y[0]) return null;
        return string.Create(CultureInfo.InvariantCulture, $"all {x.Length} points are at the same place ({x[0]}, {y[0]})");
    }

    /// <summary>The first two positions (in order) that share an id, or null when the ids are unique (compared as given).</summary>
    public static (int First, int Second)? DuplicateIds(IReadOnlyList<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var seen = new Dictionary<string, int>(ids.Count, StringComparer.Ordinal);
        for (var i = 0; i < ids.Count; i++)
            if (!seen.TryAdd(ids[i], i)) return (seen[ids[i]], i);
        return null;
    }

    /// <summary>
    /// Why a time series gives no trend test, or null: "no events" when it is all zero, "constant series: 3 in every
    /// step" when every step has the same value (the Mann–Kendall variance is then 0).
    /// </summary>
    public static string? ConstantSeries(ReadOnlySpan<double> series)
    {
        if (series.IsEmpty) return "no time steps";
        var first = series[0];
        foreach (var v in series)
            if (v != first) return null;
        return first == 0 ? "no events" : string.Create(CultureInfo.InvariantCulture, $"constant series: {first} in every step");
    }

    /// <summary>The ids of <paramref name="locations"/>, the first <see cref="IdsListed"/> and then "… (N in all)".</summary>
    public static string List(StatisticInput input, IReadOnlyList<int> locations)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(locations);
        var shown = string.Join(", ", locations.Take(IdsListed).Select(input.Id));
        return locations.Count > IdsListed ? $"{shown}, … ({locations.Count} in all)" : shown;
    }
}
