using Geo.Core.Domain;
using NetTopologySuite.Geometries;

namespace Geo.Sample;

/// <summary>
/// Places the municipality's resources and risk facilities around the populated places: nightlife (licensed premises)
/// concentrated in the centre, a school per ~4,000 inhabitants, youth centres in the larger places, transit stops,
/// shopping centres, the police station, social services, housing-company estates, cameras, lit paths and the
/// field-work area with its evening schedule. Type codes from <see cref="ResourceTypes"/>.
/// </summary>
internal static class ResourceBuilder
{
    public static List<SampleResource> Build(Landscape land, Xoshiro256 rng)
    {
        var list = new List<SampleResource>();
        var f = Landscape.Factory;
        var centre = land.Centre;
        var towns = land.Places.Where(p => p.Kind != PlaceKind.Industrial).OrderByDescending(p => p.Population).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
        Point At(double x, double y, double sigma) { var (px, py) = land.Around(rng, x, y, sigma); return f.CreatePoint(new Coordinate(Math.Round(px, 2), Math.Round(py, 2))); }
        void Add(string type, string name, Geometry g, string owner, string? hours = null, int? capacity = null, string? notes = null) =>
            list.Add(new SampleResource($"{type}-{list.Count(r => r.Type == type) + 1}", type, name, g, owner, hours, capacity, notes));

        Add("police_station", $"Polisstationen {centre.Name}", At(centre.X + 150, centre.Y - 100, 30), "polisen", "Mo-Fr 08:00-16:00", 120);
        Add("social_services", $"Socialtjänsten {centre.Name}", At(centre.X - 200, centre.Y + 150, 30), "kommun", "Mo-Fr 08:00-16:30", 80);
        if (towns.Count > 1) Add("social_services", $"Familjecentralen {towns[1].Name}", At(towns[1].X, towns[1].Y, 100), "kommun", "Mo-Th 09:00-16:00", 25);

        string[] bars = ["Krogen", "Hamnkrogen", "Pub Ankaret", "Nattklubb Norrsken", "Restaurang Älven", "Bar Fyren", "Vinbaren", "Pizzeria Roma", "Sportbaren", "Hotellbaren"];
        string[] bhours = ["Mo-Th 11:00-23:00; Fr-Sa 11:00-03:00; Su 12:00-22:00", "We-Th 21:00-02:00; Fr-Sa 22:00-03:00", "Mo-Su 11:00-01:00", "Mo-Fr 11:00-22:00; Sa-Su 12:00-01:00"];
        for (var i = 0; i < 18; i++)
            Add("licensed_premises", $"{bars[i % bars.Length]}{(i >= bars.Length ? " " + (i / bars.Length + 1) : "")}", At(centre.X, centre.Y, 250), "privat", bhours[rng.Next(bhours.Length)], 60 + rng.Next(240), "serveringstillstånd");
        foreach (var t in towns.Where(t => t.Population >= 5000 && t != centre))
            Add("licensed_premises", $"Restaurang {t.Name}", At(t.X, t.Y, t.Sigma * 0.4), "privat", "Mo-Su 11:00-23:00", 40 + rng.Next(80), "serveringstillstånd");

        foreach (var t in towns.Where(t => t.Population >= 1000))
        {
            var n = Math.Max(1, t.Population / 4000);
            for (var i = 0; i < n; i++)
                Add("school", $"{t.Name}skolan{(n > 1 ? " " + (i + 1) : "")}", At(t.X, t.Y, t.Sigma * 0.6), "kommun", "Mo-Fr 08:00-16:00", 150 + rng.Next(450));
        }
        foreach (var t in towns.Where(t => t.Population >= 5000 || (t.Kind == PlaceKind.Village && t.Population >= 2000)))
            Add("youth_centre", $"Fritidsgården {t.Name}", At(t.X, t.Y, t.Sigma * 0.5), "kommun", "Mo-Th 15:00-21:00; Fr 15:00-23:00; Sa 18:00-23:00", 40 + rng.Next(60));
        Add("transit_stop", $"Resecentrum {centre.Name}", At(centre.X + 300, centre.Y + 200, 50), "länstrafiken", "Mo-Su 05:00-01:00", null, "bus and rail hub");
        foreach (var t in towns.Where(t => t.Population >= 2000 && t != centre))
            Add("transit_stop", $"Hållplats {t.Name} centrum", At(t.X, t.Y, 150), "länstrafiken");
        foreach (var t in towns.Take(3))
            Add("shop", $"Köpcentrum {t.Name}", At(t.X, t.Y, t.Sigma * 0.3), "privat", "Mo-Fr 10:00-20:00; Sa 10:00-18:00; Su 11:00-17:00");
        foreach (var t in towns.Take(2))
            Add("sports_facility", $"Idrottsplatsen {t.Name}", At(t.X, t.Y, t.Sigma), "kommun", "Mo-Su 07:00-22:00");

        // Housing-company estates: 400 m x 300 m blocks in the residential places, clipped to the land.
        foreach (var t in towns.Where(t => t.Kind == PlaceKind.Residential || t.Kind == PlaceKind.Centre).Take(4))
        {
            var p = At(t.X + t.Sigma * 0.6, t.Y - t.Sigma * 0.4, 100);
            var rect = f.ToGeometry(new Envelope(p.X - 200, p.X + 200, p.Y - 150, p.Y + 150));
            var g = NetTopologySuite.Operation.OverlayNG.OverlayNG.Overlay(rect, land.Boundary, NetTopologySuite.Operation.Overlay.SpatialFunction.Intersection, f.PrecisionModel);
            if (g is Polygon poly && !poly.IsEmpty) Add("housing_estate", $"Bostadsbolaget {t.Name}", poly, "bostadsbolag", null, 600 + rng.Next(900), "allmännyttan");
        }
        // Cameras near the nightlife and the travel centre.
        var nightlife = list.Where(r => r.Type == "licensed_premises").Take(6).ToList();
        foreach (var b in nightlife) Add("camera", $"Kamera vid {b.Name}", At(b.Geometry.Centroid.X, b.Geometry.Centroid.Y, 30), "polisen", null, null, "kamerabevakning");
        var hub = list.First(r => r.Type == "transit_stop");
        Add("camera", "Kamera Resecentrum", At(hub.Geometry.Centroid.X, hub.Geometry.Centroid.Y, 20), "polisen");
        // Lit paths: from each school to its place's centre, when the straight line stays on land.
        foreach (var s in list.Where(r => r.Type == "school").Take(6).ToList())
        {
            var c = s.Geometry.Centroid;
            var t = land.Nearest(c.X, c.Y);
            var line = f.CreateLineString([new Coordinate(c.X, c.Y), new Coordinate(Math.Round(t.X, 2), Math.Round(t.Y, 2))]);
            if (line.Length > 50 && land.Boundary.Contains(line)) Add("lighting", $"Belyst gång- och cykelväg {s.Name}", line, "kommun", "Mo-Su 16:00-07:00", null, "LED 2023");
        }
        // The field-work area: 2.4 km x 1.6 km around the centre, clipped to the land; evening schedule.
        var fw = f.ToGeometry(new Envelope(centre.X - 1200, centre.X + 1200, centre.Y - 800, centre.Y + 800));
        var fwg = NetTopologySuite.Operation.OverlayNG.OverlayNG.Overlay(fw, land.Boundary, NetTopologySuite.Operation.Overlay.SpatialFunction.Intersection, f.PrecisionModel);
        if (fwg is Polygon fwp && !fwp.IsEmpty)
            Add("field_work_area", "Fältgruppens område centrum", fwp, "kommun", "We 18:00-22:00; Fr-Sa 20:00-02:00", 4, "fältgruppen: two pairs of field workers");
        return list;
    }
}
