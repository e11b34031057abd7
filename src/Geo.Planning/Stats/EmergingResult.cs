using Geo.Analysis.SpaceTime;

namespace Geo.Planning.Stats;

/// <summary>The emerging-hot-spot class of every grid cell, the rows and the notices.</summary>
public sealed record EmergingResult(SpaceTimeLayer Layer, EmergingHotspotResult Classes, IReadOnlyList<StatsRow> Rows, IReadOnlyList<string> Notices) : IGridRows
{
    public PointGrid Grid => Layer.Grid;
}
