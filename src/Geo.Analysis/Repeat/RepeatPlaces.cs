namespace Geo.Analysis.Repeat;

/// <summary>
/// Repeat places: events at a place that holds two or more events in the period (the repeat-location share of the
/// lägesbild). A place is a point after snapping the coordinates to a square lattice of the given tolerance, so
/// coordinates geocoded to the same address or rounded by the source count as one place.
/// </summary>
public static class RepeatPlaces
{
    /// <summary>
    /// True for each event whose snapped place (round(x/tolerance), round(y/tolerance), halves rounded up) holds ≥ 2
    /// events; false for events with a NaN or infinite coordinate.
    /// </summary>
    /// <param name="x">Projected x in metres.</param>
    /// <param name="y">Projected y in metres.</param>
    /// <param name="tolerance">Lattice spacing in metres, positive.</param>
    /// <exception cref="ArgumentException">The spans differ in length or the tolerance is not positive and finite.</exception>
    public static bool[] Flag(ReadOnlySpan<double> x, ReadOnlySpan<double> y, double tolerance = 1.0)
    {
        if (x.Length != y.Length) throw new ArgumentException($"x ({x.Length}) and y ({y.Length}) differ in length.");
        if (!(tolerance > 0) || double.IsInfinity(tolerance)) throw new ArgumentOutOfRangeException(nameof(tolerance), "the tolerance must be positive and finite.");
        var keys = new (long, long)[x.Length];
        var valid = new bool[x.Length];
        var counts = new Dictionary<(long, long), int>();
        for (var i = 0; i < x.Length; i++)
        {
            if (!double.IsFinite(x[i]) || !double.IsFinite(y[i])) continue;
            valid[i] = true;
            keys[i] = ((long)Math.Floor(x[i] / tolerance + 0.5), (long)Math.Floor(y[i] / tolerance + 0.5));
            counts[keys[i]] = counts.GetValueOrDefault(keys[i]) + 1;
        }
        var flags = new bool[x.Length];
        for (var i = 0; i < x.Length; i++) flags[i] = valid[i] && counts[keys[i]] >= 2;
        return flags;
    }
}
