using Geo.Analysis.SpaceTime;

namespace Geo.Planning.Stats;

/// <summary>The Mann–Kendall trend of every grid cell's series, the whole area's, the rows and the notices.</summary>
public sealed record TrendResult(SpaceTimeLayer Layer, CellTrendResult Trends, IReadOnlyList<StatsRow> Rows, IReadOnlyList<string> Notices) : IGridRows
{
    public PointGrid Grid => Layer.Grid;
}
