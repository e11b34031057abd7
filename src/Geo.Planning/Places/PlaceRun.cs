using Geo.Core.Crs;
using Geo.Planning.Runs;
using Geo.Storage.Model;
using NetTopologySuite.Geometries;

namespace Geo.Planning.Places;

/// <summary>
/// What the place queries read of one completed run, read once and kept for a while (a completed run never changes):
/// its area rows by area and group, hotspots, priorities, and every area's and hotspot's bbox in WGS 84.
/// </summary>
internal sealed class PlaceRun
{
    public PlaceRun(AnalysisRunEntity run, int srid, IReadOnlyList<RunAreaIndicatorEntity> indicators, IReadOnlyList<RunHotspotEntity> hotspots,
        IReadOnlyList<RunPriorityEntity> priorities)
    {
        Run = run;
        var transform = CrsRegistry.IsSupported(srid) ? CrsTransform.Create(srid, CrsRegistry.Wgs84) : null;
        var areaRows = indicators.Where(r => !r.IsReference).ToList();
        Rows = areaRows.ToDictionary(r => (r.AreaCode, r.CategoryGroup));
        AreaCodes = [.. areaRows.Select(r => r.AreaCode).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        Groups = [.. areaRows.Select(r => r.CategoryGroup).Distinct(StringComparer.Ordinal)
            .OrderBy(g => g == AreaIndicatorBuilder.Total ? 0 : 1).ThenBy(g => g, StringComparer.Ordinal)];
        foreach (var r in areaRows)
        {
            if (r.AreaName is not null) Names.TryAdd(r.AreaCode, r.AreaName);
            if (r.Geom is not null && !AreaBboxes.ContainsKey(r.AreaCode)) AreaBboxes[r.AreaCode] = Bbox(r.Geom, transform);
        }
        Hotspots = hotspots;
        HotspotById = hotspots.ToDictionary(h => h.HotspotId);
        foreach (var h in hotspots) HotspotBboxes[h.HotspotId] = Bbox(h.Geom, transform);
        Priorities = priorities;
        foreach (var p in priorities)
        {
            PriorityOf[(p.TargetKind, p.TargetId, p.CategoryGroup)] = p;
            var key = (p.TargetKind, p.TargetId);
            if (!BestPriority.TryGetValue(key, out var best) || p.Rank < best.Rank) BestPriority[key] = p;
        }
    }

    public AnalysisRunEntity Run { get; }

    /// <summary>The non-reference area rows by (area code, category group).</summary>
    public Dictionary<(string Code, string Group), RunAreaIndicatorEntity> Rows { get; }

    public IReadOnlyList<string> AreaCodes { get; }

    /// <summary>The run's category groups: <c>total</c> first, then by code.</summary>
    public IReadOnlyList<string> Groups { get; }

    public Dictionary<string, string> Names { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, double[]?> AreaBboxes { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<RunHotspotEntity> Hotspots { get; }

    public Dictionary<int, RunHotspotEntity> HotspotById { get; }

    public Dictionary<int, double[]?> HotspotBboxes { get; } = [];

    public IReadOnlyList<RunPriorityEntity> Priorities { get; }

    private Dictionary<(string Kind, string Target, string Group), RunPriorityEntity> PriorityOf { get; } = [];

    private Dictionary<(string Kind, string Target), RunPriorityEntity> BestPriority { get; } = [];

    /// <summary>
    /// The priority of a target for a category group; for <c>total</c> (which the run does not rank) the target's
    /// best-ranked problem of any group. Null when the target has none.
    /// </summary>
    public RunPriorityEntity? Priority(string kind, string target, string group) =>
        group == AreaIndicatorBuilder.Total
            ? PriorityOf.GetValueOrDefault((kind, target, group)) ?? BestPriority.GetValueOrDefault((kind, target))
            : PriorityOf.GetValueOrDefault((kind, target, group));

    public string? NameOf(string code) => Names.GetValueOrDefault(code);

    /// <summary>The bbox of a geometry in WGS 84 as [minLon, minLat, maxLon, maxLat] (6 decimals, ~0.1 m); null for an unsupported CRS.</summary>
    private static double[]? Bbox(Geometry g, CrsTransform? t)
    {
        if (t is null) return null;
        var e = t.Apply(g).EnvelopeInternal;
        return [Math.Round(e.MinX, 6), Math.Round(e.MinY, 6), Math.Round(e.MaxX, 6), Math.Round(e.MaxY, 6)];
    }
}
