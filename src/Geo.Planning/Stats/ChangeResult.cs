using Geo.Analysis.Change;
using Geo.Analysis.Inference;

namespace Geo.Planning.Stats;

/// <summary>Hot-spot change per grid cell between the comparison period (before) and the current period (after).</summary>
/// <param name="Grid">The grid with both periods' events (Counts: both periods together).</param>
/// <param name="Before">Events per cell in the comparison period.</param>
/// <param name="After">Events per cell in the current period.</param>
/// <param name="HotspotsBefore">Gi* of the comparison period.</param>
/// <param name="HotspotsAfter">Gi* of the current period.</param>
/// <param name="Change">The change class per cell (new, still, no longer hot or cold).</param>
/// <param name="Counts">The exact conditional test of the change in count per cell.</param>
/// <param name="Notices">What was read and chosen.</param>
/// <param name="Warnings">What the user should know before trusting the test (periods of unequal length).</param>
public sealed record ChangeResult(
    PointGrid Grid, double[] Before, double[] After, LocalResult HotspotsBefore, LocalResult HotspotsAfter, HotspotChangeResult Change,
    CountChangeResult Counts, IReadOnlyList<string> Notices, IReadOnlyList<string> Warnings)
{
    /// <summary>The output columns of a cell besides its geometry.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "id", "x", "y", "count_before", "count_after", "z_before", "z_after", "class_before", "class_after", "change",
        "count_z", "count_p", "count_p_adjusted", "count_change",
    ];

    /// <summary>The values of cell <paramref name="i"/> in <see cref="Columns"/> order.</summary>
    public IReadOnlyList<object?> Row(int i)
    {
        var c = Grid.Grid.CellCentre(i);
        var direction = double.IsNaN(Counts.P[i]) ? "untested" : Counts.Direction(i) switch { > 0 => "increase", < 0 => "decrease", _ => "no-change" };
        return
        [
            i, c.X, c.Y, Before[i], After[i], StatsRow.Num(HotspotsBefore.Z[i]), StatsRow.Num(HotspotsAfter.Z[i]),
            StatsNames.Of(HotspotsBefore.Class[i]), StatsNames.Of(HotspotsAfter.Class[i]), StatsNames.Of(Change.Class[i]),
            StatsRow.Num(Counts.Z[i]), StatsRow.Num(Counts.P[i]), StatsRow.Num(Counts.PAdjusted[i]), direction,
        ];
    }
}
