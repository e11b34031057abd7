using NetTopologySuite.Geometries;

namespace Geo.Planning.Runs;

/// <summary>A hotspot found on the grid before its resources and coverage are known: its cells, incidents and outline.</summary>
internal sealed record HotspotDraft(int Id, int[] Cells, List<int> Events, List<int> CompareEvents, MultiPolygon Geometry);
