namespace Geo.Analysis.SpaceTime;

/// <summary>
/// Event counts per location and calendar time step (ArcGIS "Create Space Time Cube By Aggregating Points", with
/// calendar-aligned steps): <c>counts[location, step]</c> for every step from the one containing <see cref="Start"/>
/// to the one containing <see cref="End"/>, empty steps included. Weeks are ISO 8601 weeks (Monday to Sunday).
/// </summary>
public sealed class SpaceTimeCube
{
    private readonly double[] _counts; // step-major: _counts[step * Locations + location]

    private SpaceTimeCube(int locations, TimeStep step, DateOnly start, DateOnly end, DateOnly[] stepStarts, double[] counts, int dropped)
    {
        Locations = locations;
        Step = step;
        Start = start;
        End = end;
        StepStarts = stepStarts;
        _counts = counts;
        Dropped = dropped;
    }

    public int Locations { get; }
    public TimeStep Step { get; }
    public DateOnly Start { get; }
    public DateOnly End { get; }
    /// <summary>First day of each step (the Monday of an ISO week, the first of a month, quarter or year).</summary>
    public IReadOnlyList<DateOnly> StepStarts { get; }
    public int Steps => StepStarts.Count;
    /// <summary>Events left out: no location (cell &lt; 0) or a date outside [Start, End].</summary>
    public int Dropped { get; }

    public double this[int location, int step] => _counts[step * Locations + location];

    /// <summary>The counts of all locations in one step.</summary>
    public ReadOnlySpan<double> StepCounts(int step) => _counts.AsSpan(step * Locations, Locations);

    /// <summary>The counts of one location over all steps.</summary>
    public double[] Series(int location)
    {
        var s = new double[Steps];
        for (var t = 0; t < Steps; t++) s[t] = _counts[t * Locations + location];
        return s;
    }

    /// <summary>
    /// Builds the cube from each event's location index (<c>-1</c> = no location) and timestamp. Events whose date
    /// falls outside [<paramref name="start"/>, <paramref name="end"/>] or without a location are counted in <see cref="Dropped"/>.
    /// With <paramref name="weights"/> (one per event, e.g. a harm weight per category) the cube holds weighted counts.
    /// </summary>
    public static SpaceTimeCube Build(
        int locations, ReadOnlySpan<int> cells, ReadOnlySpan<DateTime> times, TimeStep step, DateOnly start, DateOnly end,
        ReadOnlySpan<double> weights = default)
    {
        if (!weights.IsEmpty && weights.Length != cells.Length) throw new ArgumentException("weights and cells differ in length.", nameof(weights));
        ArgumentOutOfRangeException.ThrowIfNegative(locations);
        if (cells.Length != times.Length) throw new ArgumentException("cells and times differ in length.");
        if (end < start) throw new ArgumentException("end is before start.");
        var first = StepStart(start, step);
        var steps = Index(first, end, step) + 1;
        var starts = new DateOnly[steps];
        for (var t = 0; t < steps; t++) starts[t] = Advance(first, step, t);
        var counts = new double[steps * locations];
        var dropped = 0;
        for (var e = 0; e < cells.Length; e++)
        {
            var c = cells[e];
            var d = DateOnly.FromDateTime(times[e]);
            if (c < 0 || d < start || d > end) { dropped++; continue; }
            if (c >= locations) throw new ArgumentOutOfRangeException(nameof(cells), $"cells[{e}] = {c} ≥ {locations}.");
            var w = weights.IsEmpty ? 1.0 : weights[e];
            if (!double.IsFinite(w)) throw new ArgumentException($"weights[{e}] = {w} is not a finite number.", nameof(weights));
            counts[Index(first, d, step) * locations + c] += w;
        }
        return new SpaceTimeCube(locations, step, start, end, starts, counts, dropped);
    }

    /// <summary>First day of the step containing <paramref name="d"/>.</summary>
    public static DateOnly StepStart(DateOnly d, TimeStep step) => step switch
    {
        // ISO 8601: weeks start on Monday.
        TimeStep.Week => d.AddDays(-(((int)d.DayOfWeek + 6) % 7)),
        TimeStep.Month => new DateOnly(d.Year, d.Month, 1),
        TimeStep.Quarter => new DateOnly(d.Year, (d.Month - 1) / 3 * 3 + 1, 1),
        TimeStep.Year => new DateOnly(d.Year, 1, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, null),
    };

    private static DateOnly Advance(DateOnly first, TimeStep step, int k) => step switch
    {
        TimeStep.Week => first.AddDays(7 * k),
        TimeStep.Month => first.AddMonths(k),
        TimeStep.Quarter => first.AddMonths(3 * k),
        TimeStep.Year => first.AddYears(k),
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, null),
    };

    private static int Index(DateOnly first, DateOnly d, TimeStep step) => step switch
    {
        TimeStep.Week => (StepStart(d, step).DayNumber - first.DayNumber) / 7,
        TimeStep.Month => (d.Year - first.Year) * 12 + d.Month - first.Month,
        TimeStep.Quarter => ((d.Year - first.Year) * 12 + d.Month - first.Month) / 3,
        TimeStep.Year => d.Year - first.Year,
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, null),
    };
}
