using Geo.Core.Time;
using NetTopologySuite.Geometries;

namespace Geo.Sample;

/// <summary>
/// Plants the temporal coverage gap next to the persistent (violence) hotspot, after the hotspots are planned and with
/// its own random stream, so that nothing else moves: a nightclub open on Friday and Saturday nights 40–120 m outside
/// one side of the hotspot's square, and a youth centre 100–200 m outside the opposite side whose hours
/// (<see cref="YouthCentreHours"/>) cover weekday evenings but not the Friday and Saturday night peak. The planner keeps
/// every other licensed premises, school, shop, transit stop and youth centre at least 600 m from a hotspot's centre, so
/// these two are the only ones near it. They are added after the incidents' facility anchors are taken, so they
/// attract no background incidents (the background stays as it was).
/// </summary>
internal static class CoverageGapPlanner
{
    public const double WithinMetres = 500;
    public const double ThresholdShare = 0.5;
    public const string YouthCentreHours = "Mo-Th 15:00-21:00; Fr 15:00-22:00";
    public const string NightclubHours = "Fr-Sa 22:00-03:00";

    /// <summary>Resource types that count as prevention when looking for coverage.</summary>
    public static readonly string[] PreventionTypes = ["youth_centre", "field_work_area", "police_station", "social_services"];

    /// <summary>The nightclub and the youth centre next to <paramref name="hotspot"/> (source_ids continue the existing numbering).</summary>
    public static List<SampleResource> Place(Landscape land, IReadOnlyList<SampleResource> resources, HotspotPlan hotspot, Xoshiro256 rng)
    {
        var f = Landscape.Factory;
        var c = hotspot.Square.Centre;
        var half = hotspot.Square.Width / 2;
        Point Beside(int side, double fromEdge, double along)
        {
            var off = half + fromEdge;
            for (var k = 0; k < 4; k++)
            {
                var (x, y) = ((side + k) % 4) switch
                {
                    0 => (c.X + off, c.Y + along),
                    1 => (c.X + along, c.Y + off),
                    2 => (c.X - off, c.Y + along),
                    _ => (c.X + along, c.Y - off),
                };
                if (land.OnLand(x, y)) return f.CreatePoint(new Coordinate(Math.Round(x, 2), Math.Round(y, 2)));
            }
            throw new InvalidOperationException($"No land beside hotspot {hotspot.Id} for its coverage gap.");
        }
        string Next(string type) => $"{type}-{resources.Count(r => r.Type == type) + 1}";

        var side = rng.Next(4);
        var club = Beside(side, rng.Uniform(40, 120), rng.Uniform(-150, 150));
        var clubCapacity = 200 + rng.Next(200);
        var youth = Beside((side + 2) % 4, rng.Uniform(100, 200), rng.Uniform(-100, 100));
        var youthCapacity = 40 + rng.Next(60);
        return
        [
            new(Next("licensed_premises"), "licensed_premises", "Nattklubb Midnattssol", club, "privat", NightclubHours, clubCapacity, "serveringstillstånd"),
            new(Next("youth_centre"), "youth_centre", "Fritidsgården Tornet", youth, "kommun", YouthCentreHours, youthCapacity),
        ];
    }

    /// <summary>The ground truth of the gap, computed from the hotspot's extra incidents per minute of the week.</summary>
    public static PlantedCoverageGap Truth(HotspotPlan hotspot, IReadOnlyList<SampleResource> allResources, IReadOnlyList<SampleResource> placed, int[] minutes)
    {
        var square = GroundTruthWriter.Square(hotspot.Square);
        var centre = Landscape.Factory.CreatePoint(hotspot.Square.Centre);
        var club = placed.Single(r => r.Type == "licensed_premises");
        var youth = placed.Single(r => r.Type == "youth_centre");
        var within = allResources.Where(r => PreventionTypes.Contains(r.Type) && r.Geometry.Distance(square) <= WithinMetres)
            .OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        var hours = within.Where(r => r.OpeningHours is not null).Select(r => OpeningHours.Parse(r.OpeningHours!)).ToList();
        var window = hotspot.Profile.Window;
        long total = 0, uncovered = 0, inWindow = 0, uncoveredInWindow = 0;
        for (var m = 0; m < minutes.Length; m++)
        {
            if (minutes[m] == 0) continue;
            var open = hours.Any(h => h.IsOpen(m));
            var w = window.Contains(m / 60);
            total += minutes[m];
            if (!open) uncovered += minutes[m];
            if (w) { inWindow += minutes[m]; if (!open) uncoveredInWindow += minutes[m]; }
        }
        var fieldWork = allResources.Where(r => r.Type == "field_work_area").Select(r => r.Geometry.Distance(square)).DefaultIfEmpty(double.NaN).Min();
        var others = within.Where(r => r.Id != youth.Id).ToList();
        var note = $"{youth.Name} ({youth.Id}) is open {YouthCentreHours}: weekday evenings, not the Friday and Saturday nights 22–04 "
            + $"when {hotspot.Id}'s violence peaks next to {club.Name} ({club.Id}, open {NightclubHours}). "
            + (others.Count == 0
                ? $"No other prevention resource ({string.Join(", ", PreventionTypes)}) lies within {WithinMetres:0} m of {hotspot.Id}"
                  + (double.IsNaN(fieldWork) ? "." : $"; the field-work area (out on Friday and Saturday 20–02) is {fieldWork:0} m away.")
                : $"Also within {WithinMetres:0} m: {string.Join(", ", others.Select(o => $"{o.Id} ({o.OpeningHours ?? "no hours"})"))}, so part of the window may be covered: see uncoveredShareOfWindow.")
            + " Both were placed after the incidents' facilities were drawn and attract no background incidents.";
        return new PlantedCoverageGap(hotspot.Id, youth.Id, youth.Name, YouthCentreHours,
            Math.Round(youth.Geometry.Distance(square), 1), Math.Round(youth.Geometry.Distance(centre), 1),
            club.Id, NightclubHours, Math.Round(club.Geometry.Distance(square), 1),
            window, WithinMetres, PreventionTypes, within.Select(r => r.Id).ToList(),
            double.IsNaN(fieldWork) ? null : Math.Round(fieldWork, 1),
            (int)total, Round(uncovered, total), Round(uncoveredInWindow, inWindow), ThresholdShare, note);
    }

    private static double Round(long part, long total) => total == 0 ? 0 : Math.Round(part / (double)total, 4);
}
