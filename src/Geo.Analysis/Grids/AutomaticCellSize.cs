namespace Geo.Analysis.Grids;

/// <summary>
/// The automatic cell size rule. With events: the cell area at which the study area would hold
/// <see cref="TargetEventsPerCell"/> events per cell if they were spread evenly, <c>side = sqrt(k · A / n)</c>,
/// clamped to [<see cref="MinimumSize"/>, <see cref="MaximumSize"/>] and rounded to the nearest (on a log scale) "nice"
/// size of <see cref="NiceSizes"/>. Without events (or none inside the boundary): sfhotspot's default, the shorter side
/// of the boundary's bounding box / 50 (Ashby, sfhotspot <c>set_cell_size</c>), clamped and rounded the same way.
/// </summary>
/// <remarks>
/// Reasoning: a fixed fraction of the bounding box (sfhotspot) gives 40 m cells in a 2 km town but 800 m cells in a
/// 40 km municipality regardless of how many events there are; cell counts become too sparse for local statistics
/// when cells hold far below a handful of events (Chainey 2014, "Examining the extent to which hotspot analysis can
/// support spatial predictions of crime", on cell size and the Poisson noise of small counts). Tying the cell area to
/// the mean density keeps the expected count per cell near k = 5 — the usual minimum expected count for count-based
/// tests — and the clamp keeps cells at street-segment to neighbourhood scale. Deterministic: depends only on the
/// boundary's area (or bounding box) and the number of events inside the boundary.
/// </remarks>
public static class AutomaticCellSize
{
    /// <summary>Expected events per cell under an even spread (k).</summary>
    public const double TargetEventsPerCell = 5;

    /// <summary>Smallest automatic cell size, metres.</summary>
    public const double MinimumSize = 50;

    /// <summary>Largest automatic cell size, metres.</summary>
    public const double MaximumSize = 1000;

    /// <summary>The sizes the rule rounds to, metres.</summary>
    public static IReadOnlyList<double> NiceSizes { get; } = [50, 100, 125, 200, 250, 500, 1000];

    /// <summary>Chooses the cell size for a study area of <paramref name="area"/> square metres holding <paramref name="events"/> events.</summary>
    /// <param name="area">Area of the study-area boundary.</param>
    /// <param name="shorterSide">Shorter side of the boundary's bounding box (used when <paramref name="events"/> is 0).</param>
    /// <param name="events">Number of events inside the boundary.</param>
    /// <returns>The size and a one-line description of how it was chosen, for the CLI to announce.</returns>
    public static (double Size, string Rule) Choose(double area, double shorterSide, int events)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(events);
        if (events > 0 && area > 0)
        {
            var raw = Math.Sqrt(TargetEventsPerCell * area / events);
            var size = Nice(raw);
            return (size, FormattableString.Invariant(
                $"automatic cell size {size} m: sqrt({TargetEventsPerCell} events per cell x {area / 1e6:0.###} km² / {events} events) = {raw:0.#} m, clamped to [{MinimumSize}, {MaximumSize}] m and rounded to a nice size"));
        }
        var rawBox = shorterSide / 50;
        var boxSize = Nice(rawBox);
        return (boxSize, FormattableString.Invariant(
            $"automatic cell size {boxSize} m: no events, shorter side of the bounding box {shorterSide:0.#} m / 50 = {rawBox:0.#} m (sfhotspot rule), clamped to [{MinimumSize}, {MaximumSize}] m and rounded to a nice size"));
    }

    /// <summary>Events per occupied cell that <see cref="ChooseForPlaces"/> asks for.</summary>
    public const double TargetEventsPerOccupiedCell = 4;

    /// <summary>
    /// The automatic cell size of a lägesbild run: the smallest nice size from 100 m up at which the cells that hold any
    /// event hold on average at least <see cref="TargetEventsPerOccupiedCell"/> events (cells aligned to multiples of the
    /// size). Unlike <see cref="Choose"/> it ignores the empty land of a large rural municipality, so the grid resolves
    /// the places where incidents happen (street to neighbourhood scale) instead of averaging over forest and lakes.
    /// </summary>
    /// <returns>The size and a one-line description of how it was chosen; <c>(NaN, …)</c> when there are no events.</returns>
    public static (double Size, string Rule) ChooseForPlaces(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        if (x.Length != y.Length) throw new ArgumentException($"x has {x.Length} values, y {y.Length}.");
        if (x.Length == 0) return (double.NaN, "no events");
        var cells = new HashSet<(long, long)>();
        double mean = 0;
        foreach (var size in NiceSizes.Where(s => s >= 100))
        {
            cells.Clear();
            for (var i = 0; i < x.Length; i++) cells.Add(((long)Math.Floor(x[i] / size), (long)Math.Floor(y[i] / size)));
            mean = (double)x.Length / cells.Count;
            if (mean >= TargetEventsPerOccupiedCell || size >= MaximumSize)
                return (size, FormattableString.Invariant(
                    $"automatic cell size {size} m: the smallest of {string.Join(", ", NiceSizes.Where(s => s >= 100))} m at which the {cells.Count:N0} cells holding any of the {x.Length:N0} incidents hold {mean:0.0} on average (at least {TargetEventsPerOccupiedCell})"));
        }
        return (MaximumSize, "automatic cell size: maximum");
    }

    /// <summary>Clamps to [<see cref="MinimumSize"/>, <see cref="MaximumSize"/>] and rounds to the nearest nice size on a log scale (ties to the smaller).</summary>
    public static double Nice(double raw)
    {
        if (double.IsNaN(raw)) throw new ArgumentOutOfRangeException(nameof(raw));
        var clamped = Math.Clamp(raw, MinimumSize, MaximumSize);
        var best = NiceSizes[0];
        var bestDistance = double.PositiveInfinity;
        foreach (var s in NiceSizes)
        {
            var d = Math.Abs(Math.Log(clamped / s));
            if (d < bestDistance - 1e-12) { best = s; bestDistance = d; }
        }
        return best;
    }
}
