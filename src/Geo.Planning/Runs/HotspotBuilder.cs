using System.Text.Json;
using Geo.Analysis.Coverage;
using Geo.Analysis.Grids;
using Geo.Analysis.SpaceTime;
using Geo.Analysis.Time;
using Geo.Core.Geometries;
using Geo.Core.Time;
using Geo.Storage;
using Geo.Storage.Model;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Operation.Union;

namespace Geo.Planning.Runs;

/// <summary>
/// Hotspots of a run: connected groups (queen contiguity) of cells hot at the run's confidence, with their incidents,
/// change, emerging class, dominant categories, peak hours, nearby resources and temporal coverage gap.
/// </summary>
internal static class HotspotBuilder
{
    public static List<HotspotDraft> Find(RunEvents ev, HotspotGrid grid, sbyte[] confidence, double[] counts, int hotConfidence)
    {
        var hot = confidence.Select(c => c >= hotConfidence).ToArray();
        var regions = HotspotRegions.Find(grid.Cells, hot, counts);
        var events = regions.Regions.Select(_ => new List<int>()).ToArray();
        var compare = regions.Regions.Select(_ => new List<int>()).ToArray();
        for (var e = 0; e < ev.Count; e++)
        {
            var c = ev.Cell[e];
            if (c < 0 || ev.Period[e] < 0) continue;
            var r = regions.RegionOfCell[c];
            if (r < 0) continue;
            (ev.Period[e] == 0 ? events : compare)[r].Add(e);
        }
        var factory = GeometryServices.Factory(grid.Boundary.SRID);
        return regions.Regions.Select((cells, r) =>
        {
            var union = UnaryUnionOp.Union(cells.Select(c => grid.CellPolygons[c]).ToList());
            var multi = union switch
            {
                MultiPolygon m => m,
                Polygon p => factory.CreateMultiPolygon([p]),
                _ => factory.CreateMultiPolygon(PolygonExtracter.GetPolygons(union).Cast<Polygon>().ToArray()),
            };
            multi.SRID = grid.Boundary.SRID;
            return new HotspotDraft(r + 1, cells, events[r], compare[r], multi);
        }).ToList();
    }

    public sealed record Input(
        RunEvents Events, IReadOnlyList<HotspotDraft> Drafts, EmergingClass[]? CellEmerging, double[] CellCounts,
        IReadOnlyList<RunArea> Areas, RunPeriod Period, RunPeriod? Compare, AnalysisConfig Config,
        IReadOnlyList<ResourceDistance> Nearest, IReadOnlyList<ResourceDistance> Within, Func<string, OpeningHours?> Hours);

    public static List<RunHotspotEntity> Build(Input input)
    {
        var ev = input.Events;
        var nearest = input.Nearest.ToLookup(r => r.TargetId);
        var within = input.Within.ToLookup(r => r.TargetId);
        var rows = new List<RunHotspotEntity>();
        foreach (var h in input.Drafts)
        {
            var (ratio, lower, upper, p, cls) = AreaIndicatorBuilder.ChangeOf(h.Events.Count, input.Compare is null ? null : h.CompareEvents.Count, input.Period, input.Compare);
            var profile = AreaIndicatorBuilder.ProfileOf(ev, h.Events);
            var peak = PeakWindow.Find(profile.HourWeekday);
            var dominant = h.Events.GroupBy(e => ev.Incidents.Category[e])
                .Select(g => (Category: g.Key, Count: g.Count()))
                .OrderByDescending(t => t.Count).ThenBy(t => t.Category, StringComparer.Ordinal).Take(5)
                .Select(t => new { category = t.Category, group = Group(t.Category), incidents = t.Count, share = (double)t.Count / h.Events.Count })
                .ToList();
            var areaCodes = h.Events.Where(e => ev.Area[e] >= 0).GroupBy(e => ev.Area[e])
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => input.Areas[g.Key].Code).ToArray();
            var near = nearest[h.Id].OrderBy(r => r.Distance).Select(r => Resource(r, false)).ToList();
            var inside = within[h.Id].OrderBy(r => r.Distance).ToList();
            var row = new RunHotspotEntity
            {
                StudyAreaCode = "",
                HotspotId = h.Id,
                Cells = h.Cells.Length,
                Incidents = h.Events.Count,
                IncidentsCompare = input.Compare is null ? null : h.CompareEvents.Count,
                RateRatio = ratio, RateRatioLower = lower, RateRatioUpper = upper, RateRatioP = p, ChangeClass = cls,
                EmergingClass = Emerging(h, input.CellEmerging, input.CellCounts),
                DominantCategories = JsonSerializer.Serialize(dominant),
                HourWeekday = AreaIndicatorBuilder.Ints(profile.HourWeekday),
                Peak = peak is null ? null : JsonSerializer.Serialize(Window(peak)),
                AreaCodes = areaCodes,
                NearestResources = JsonSerializer.Serialize(near),
                ResourcesWithin = JsonSerializer.Serialize(inside.Select(r => Resource(r, true))),
                Geom = h.Geometry,
            };
            Coverage(row, ev, h, inside, input.Config.Coverage, input.Hours);
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>
    /// The temporal coverage gap: the hotspot's incidents with a known hour against the opening hours of the prevention
    /// resources within the distance. No such resource at all is a spatial gap; present but closed when most incidents
    /// happen (at least the threshold) is a temporal gap.
    /// </summary>
    private static void Coverage(RunHotspotEntity row, RunEvents ev, HotspotDraft h, List<ResourceDistance> within, CoverageSettings settings, Func<string, OpeningHours?> hours)
    {
        var minutes = h.Events.Where(ev.HasHour).Select(ev.MinuteOfWeek).ToArray();
        if (minutes.Length == 0) return;
        var prevention = within.Where(r => settings.Types.Contains(r.Type, StringComparer.Ordinal)).ToList();
        var open = prevention.Select(r => r.OpeningHours is null ? null : hours(r.OpeningHours)).OfType<OpeningHours>().ToList();
        var result = CoverageGap.Assess(minutes, open, settings.Threshold);
        row.UncoveredShare = result.UncoveredShare;
        row.UncoveredWindows = JsonSerializer.Serialize(result.UncoveredWindows.Select(Window));
        row.CoverageGap = prevention.Count == 0 ? "spatial" : result.IsGap ? "temporal" : "none";
    }

    internal static object Window(WeekWindow w) => new
    {
        days = Days(w),
        start_hour = w.StartHour,
        end_hour = w.EndHour,
        share = w.Share,
    };

    internal static int[] Days(WeekWindow w)
    {
        var days = new List<int>();
        for (var d = w.FirstDay; ; d = (d + 1) % 7)
        {
            days.Add(d);
            if (d == w.LastDay || days.Count == 7) break;
        }
        return [.. days];
    }

    internal static object Resource(ResourceDistance r, bool hours) => hours
        ? new { type = r.Type, name = r.Name, owner = r.Owner, distance = Math.Round(r.Distance, 1), opening_hours = r.OpeningHours }
        : new { type = r.Type, name = r.Name, owner = r.Owner, distance = Math.Round(r.Distance, 1), opening_hours = (string?)null };

    /// <summary>The most frequent emerging class among the hotspot's cells other than no pattern (ties: the class of the cell with more incidents).</summary>
    private static string? Emerging(HotspotDraft h, EmergingClass[]? classes, double[] counts)
    {
        if (classes is null) return null;
        var best = h.Cells.Where(c => classes[c] is not (EmergingClass.NoPattern or EmergingClass.Undefined))
            .GroupBy(c => classes[c])
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Max(c => counts[c]))
            .FirstOrDefault();
        return best is null ? EmergingCode(EmergingClass.NoPattern) : EmergingCode(best.Key);
    }

    internal static string EmergingCode(EmergingClass c) =>
        string.Concat(c.ToString().Select((ch, i) => char.IsUpper(ch) && i > 0 ? "_" + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()));

    internal static string Group(string category)
    {
        var dot = category.IndexOf('.');
        return dot < 0 ? category : category[..dot];
    }
}
