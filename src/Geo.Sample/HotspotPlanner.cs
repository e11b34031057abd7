using NetTopologySuite.Geometries;

namespace Geo.Sample;

/// <summary>
/// Chooses where the four trend hotspots and the null areas go. Hotspots are 500 m squares (four cells of a 250 m
/// grid aligned to multiples of 250 m) at 2–3 standard deviations from a residential place's centre (the industrial
/// area for the former hotspot), where the background is low, so a cell is hot only while its hotspot is active.
/// Rates (extra incidents per year over the square, times IncidentsPerYear / 8000):
/// persistent 240 throughout; emerging 0 until mid-period, then 120 rising to 360; diminishing 480 falling to 160;
/// former 240 during the first 90% of the quarters (rounded up, at least one quarter left out), then 0, so that on a
/// quarterly cube it is hot in at least 90% of the intervals but not in the last (ArcGIS "historical").
/// Each has a planted time profile for its extra incidents (<see cref="TimeProfile"/>): emerging vandalism and disorder on
/// Thursday–Saturday evenings 18–23, persistent violence on Friday and Saturday nights 22–04, diminishing thefts in the
/// daytime on weekdays 10–18, the former drugs and drunkenness hotspot in the evenings and nights 20–02.
/// </summary>
internal static class HotspotPlanner
{
    public const double Cell = 250;
    private static readonly (double X, double Y)[] Directions =
        [(1, 0), (0.7071, 0.7071), (0, 1), (-0.7071, 0.7071), (-1, 0), (-0.7071, -0.7071), (0, -1), (0.7071, -0.7071)];

    public static List<HotspotPlan> Plan(Landscape land, IReadOnlyList<SampleResource> resources, SampleOptions o, Xoshiro256 rng)
    {
        var scale = o.IncidentsPerYear / 8000.0;
        var start = new DateOnly(o.FirstYear, 1, 1);
        var end = new DateOnly(o.FirstYear + o.Years - 1, 12, 31);
        var quarters = 4 * o.Years;
        var activeQuarters = Math.Min(quarters - 1, (int)Math.Ceiling(0.9 * quarters - 1e-9));
        var formerEnd = start.AddMonths(3 * Math.Max(1, activeQuarters)).AddDays(-1);
        var emergingStart = new DateOnly(o.FirstYear + o.Years / 2, 1, 1);
        if (o.Years == 1) emergingStart = start.AddMonths(6);

        var anchors = land.Places.Where(p => p.Kind is PlaceKind.Residential or PlaceKind.Village)
            .OrderByDescending(p => p.Population).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
        if (anchors.Count == 0) anchors.Add(land.Centre);
        var industrial = land.Places.FirstOrDefault(p => p.Kind == PlaceKind.Industrial);
        var busy = resources.Where(r => r.Type is "licensed_premises" or "shop" or "transit_stop" or "school" or "youth_centre")
            .Select(r => r.Geometry.Centroid.Coordinate).ToList();

        var plans = new List<HotspotPlan>();
        void Add(string trend, Place anchor, double[] factors, string[] cats, List<ActivePeriod> periods, string q, string y, TimeProfile profile)
        {
            var sq = Find(land, anchor, factors, plans, busy, rng)
                ?? Find(land, land.Centre, [2.5, 3, 3.5, 4, 5], plans, busy, rng)
                ?? throw new InvalidOperationException($"No room for the {trend} hotspot on the land of {land.Code}.");
            plans.Add(new HotspotPlan($"H{plans.Count + 1}", trend, sq, cats, periods, q, y, profile));
        }
        Add("emerging", anchors[0], [2.5, 3, 2.2, 3.5],
            ["vandalism.property_damage", "vandalism.graffiti", "disorder.public_order"],
            [new(emergingStart, end, 120 * scale, 360 * scale)], "consecutive_hot_spot", "consecutive_hot_spot",
            new("youth evenings, Thursday to Saturday 18–23", new([3, 4, 5], 18, 23), 0.6));
        Add("persistent", anchors[Math.Min(1, anchors.Count - 1)], [2.5, 3, 2.2, 3.5],
            ["violence.assault", "robbery.personal", "drugs.dealing"],
            [new(start, end, 240 * scale, 240 * scale)], "persistent_hot_spot", "persistent_hot_spot",
            new("Friday and Saturday nights 22–04, near licensed premises", new([4, 5], 22, 4), 0.7));
        Add("diminishing", anchors[Math.Min(2, anchors.Count - 1)], [2.5, 3, 2.2, 3.5],
            ["theft.bicycle", "theft.from_vehicle", "theft.other"],
            [new(start, end, 480 * scale, 160 * scale)], "diminishing_hot_spot", "diminishing_hot_spot",
            new("daytime on weekdays, Monday to Friday 10–18", new([0, 1, 2, 3, 4], 10, 18), 0.6));
        Add("former", industrial ?? anchors[Math.Min(3, anchors.Count - 1)], industrial is null ? [2.5, 3, 2.2, 3.5] : [1.5, 2, 1, 2.5],
            ["drugs.possession", "drugs.dealing", "disorder.drunkenness"],
            [new(start, formerEnd, 240 * scale, 240 * scale)], activeQuarters >= 0.9 * quarters ? "historical_hot_spot" : "no_pattern",
            "persistent_hot_spot (the final year is still partly active; with yearly slices 'historical' needs >= 10 years)",
            new("evenings and nights, every day 20–02", new([0, 1, 2, 3, 4, 5, 6], 20, 2), 0.6));
        return plans;
    }

    private static Envelope? Find(Landscape land, Place anchor, double[] factors, List<HotspotPlan> taken, List<Coordinate> busy, Xoshiro256 rng)
    {
        var first = rng.Next(Directions.Length);
        foreach (var f in factors)
            for (var k = 0; k < Directions.Length; k++)
            {
                var (dx, dy) = Directions[(first + k) % Directions.Length];
                var cx = Math.Round((anchor.X + dx * f * anchor.Sigma) / Cell) * Cell;
                var cy = Math.Round((anchor.Y + dy * f * anchor.Sigma) / Cell) * Cell;
                var sq = new Envelope(cx - Cell, cx + Cell, cy - Cell, cy + Cell);
                if (!land.RectOnLand(cx - 2 * Cell, cy - 2 * Cell, cx + 2 * Cell, cy + 2 * Cell)) continue;
                if (taken.Any(t => t.Square.Centre.Distance(new Coordinate(cx, cy)) < 2500)) continue;
                if (busy.Any(b => b.Distance(new Coordinate(cx, cy)) < 600)) continue;
                return sq;
            }
        return null;
    }

    /// <summary>Up to three null squares (3 km, else 2 km, else 1 km) on land, far from places, facilities and hotspots.</summary>
    public static List<Envelope> NullAreas(Landscape land, IReadOnlyList<SampleResource> resources, IReadOnlyList<HotspotPlan> hotspots)
    {
        var found = new List<Envelope>();
        var facilities = resources.Select(r => r.Geometry.Centroid.Coordinate).ToList();
        var e = land.Extent;
        foreach (var size in new[] { 3000.0, 2000.0, 1000.0 })
        {
            for (var y = Math.Ceiling(e.MinY / Cell) * Cell; y + size <= e.MaxY && found.Count < 3; y += 1000)
                for (var x = Math.Ceiling(e.MinX / Cell) * Cell; x + size <= e.MaxX && found.Count < 3; x += 1000)
                {
                    var sq = new Envelope(x, x + size, y, y + size);
                    if (found.Any(f => f.Distance(sq) < 4000)) continue;
                    if (land.Places.Any(p => Dist(sq, p.X, p.Y) < 3 * p.Sigma + 1000)) continue;
                    if (facilities.Any(c => Dist(sq, c.X, c.Y) < 1000)) continue;
                    if (hotspots.Any(h => h.Square.Distance(sq) < 3000)) continue;
                    if (!land.RectOnLand(x, y, x + size, y + size)) continue;
                    found.Add(sq);
                }
            if (found.Count > 0) break;
        }
        return found;
    }

    private static double Dist(Envelope sq, double px, double py)
    {
        var dx = Math.Max(Math.Max(sq.MinX - px, 0), px - sq.MaxX);
        var dy = Math.Max(Math.Max(sq.MinY - py, 0), py - sq.MaxY);
        return Math.Sqrt(dx * dx + dy * dy);
    }
}
