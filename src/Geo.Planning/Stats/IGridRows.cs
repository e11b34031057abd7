namespace Geo.Planning.Stats;

/// <summary>A result with one row per cell of a point grid (the space-time statistics), and what was announced on the way.</summary>
public interface IGridRows
{
    PointGrid Grid { get; }

    IReadOnlyList<StatsRow> Rows { get; }

    IReadOnlyList<string> Notices { get; }
}
