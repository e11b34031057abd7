using Geo.Core.Time;
using NetTopologySuite.Geometries;

namespace Geo.Sample.Tests;

/// <summary>
/// The planted temporal coverage gap: next to H2 a nightclub open on Friday and Saturday nights and a youth centre
/// whose hours miss that peak; no other prevention resource within 500 m. Recomputed from resources.geojson and the
/// police file with <see cref="OpeningHours"/>; the null areas hold no resources at all.
/// </summary>
public sealed class CoverageGapTests(SampleFixture sample) : IClassFixture<SampleFixture>
{
    [Fact]
    public void The_coverage_gap_truth_matches_the_files()
    {
        using var truth = PlantedTruth.Read(sample);
        var gaps = truth.RootElement.GetProperty("coverageGaps");
        Assert.Equal(1, gaps.GetArrayLength());
        var gap = gaps[0];
        Assert.Equal("H2", gap.GetProperty("hotspot").GetString());
        var h2 = truth.RootElement.GetProperty("hotspots").EnumerateArray().Single(h => h.GetProperty("id").GetString() == "H2");
        var square = (Polygon)new GeometryFactory().ToGeometry(PlantedTruth.Square(h2.GetProperty("polygon")));
        var resources = PlantedTruth.Resources(sample);

        // The youth centre: within 300 m of the square, the hours the truth names.
        var youth = resources.Single(r => r.SourceId == gap.GetProperty("resource").GetString());
        Assert.Equal("youth_centre", youth.Type);
        Assert.Equal(gap.GetProperty("openingHours").GetString(), youth.OpeningHours);
        var d = youth.Geometry.Distance(square);
        Assert.Equal(gap.GetProperty("distanceMetres").GetDouble(), d, 0.05);
        Assert.InRange(d, 1, 300);
        Assert.True(youth.Geometry.Distance(square.Centroid) <= 500, "the youth centre is within 500 m of the hotspot's centre too");

        // The nightclub: a licensed premises within 250 m, open Friday and Saturday nights.
        var club = resources.Single(r => r.SourceId == gap.GetProperty("licensedPremises").GetProperty("resource").GetString());
        Assert.Equal("licensed_premises", club.Type);
        Assert.StartsWith("Nattklubb", club.Name);
        Assert.Equal("Fr-Sa 22:00-03:00", club.OpeningHours);
        Assert.InRange(club.Geometry.Distance(square), 0, 250);
        Assert.Equal(gap.GetProperty("licensedPremises").GetProperty("distanceMetres").GetDouble(), club.Geometry.Distance(square), 0.05);

        // Every prevention resource within 500 m of H2, recomputed: only the youth centre; the field-work area is far.
        var within = gap.GetProperty("withinMetres").GetDouble();
        Assert.Equal(500, within);
        var types = gap.GetProperty("preventionTypes").EnumerateArray().Select(t => t.GetString()!).ToHashSet(StringComparer.Ordinal);
        Assert.Superset(new HashSet<string>(StringComparer.Ordinal) { "youth_centre", "field_work_area", "police_station", "social_services" }, types);
        var prevention = resources.Where(r => types.Contains(r.Type) && r.Geometry.Distance(square) <= within).ToList();
        Assert.Equal(gap.GetProperty("preventionWithin").EnumerateArray().Select(x => x.GetString()!).Order(StringComparer.Ordinal),
            prevention.Select(r => r.SourceId).Order(StringComparer.Ordinal));
        Assert.Equal([youth.SourceId], prevention.Select(r => r.SourceId));
        var fieldWork = resources.Where(r => r.Type == "field_work_area").Min(r => r.Geometry.Distance(square));
        Assert.True(fieldWork > within, $"the field-work area is {fieldWork:0} m from H2");
        Assert.Equal(gap.GetProperty("fieldWorkAreaDistanceMetres").GetDouble(), fieldWork, 0.05);

        // The youth centre's hours miss the whole planted window but cover some weekday evenings.
        var hours = prevention.Select(r => OpeningHours.Parse(r.OpeningHours!)).ToList();
        var window = gap.GetProperty("uncoveredWindow");
        Assert.Equal([4, 5], window.GetProperty("days").EnumerateArray().Select(x => x.GetInt32()));
        Assert.Equal((22, 4), (window.GetProperty("startHour").GetInt32(), window.GetProperty("endHour").GetInt32()));
        for (var m = 0; m < OpeningHours.MinutesPerWeek; m++)
            if (PlantedTruth.InWindow(window, new DateTime(2024, 1, 1).AddMinutes(m))) // 2024-01-01 is a Monday
                Assert.False(hours.Any(o => o.IsOpen(m)), $"a prevention resource is open at minute {m} of the week, inside the window");

        // H2's incidents from the file: the share when nothing within 500 m is open.
        var rows = PlantedTruth.InSquare(sample, h2);
        var extras = PlantedTruth.Planted(h2);
        Assert.Equal(extras, gap.GetProperty("extraIncidents").GetInt32());
        var background = rows.Count - extras;
        bool Open(DateTime t) => hours.Any(o => o.IsOpen(t.DayOfWeek, t.Hour, t.Minute));
        var uncovered = rows.Count(i => !Open(i.Local)) / (double)rows.Count;
        var truthShare = gap.GetProperty("uncoveredShareOfExtras").GetDouble();
        Assert.True(Math.Abs(uncovered - truthShare) <= background / (double)rows.Count + 1e-4, $"file {uncovered:P2}, truth {truthShare:P2}, {background} background rows");
        Assert.True(uncovered >= gap.GetProperty("expectedUncoveredShareAtLeast").GetDouble(), $"only {uncovered:P1} uncovered");
        Assert.Equal(0.5, gap.GetProperty("expectedUncoveredShareAtLeast").GetDouble());
        var inWindow = rows.Where(i => PlantedTruth.InWindow(window, i.Local)).ToList();
        Assert.True(inWindow.Count > rows.Count / 2);
        Assert.All(inWindow, i => Assert.False(Open(i.Local)));
        Assert.Equal(1.0, gap.GetProperty("uncoveredShareOfWindow").GetDouble());
        // Some evening incidents fall in the youth centre's hours: the gap is one of timing, not of presence.
        Assert.Contains(rows, i => Open(i.Local) && i.Local.Hour >= 15);
    }

    [Fact]
    public void The_result_reports_the_gap_as_the_file_does()
    {
        var g = Assert.Single(sample.Result.CoverageGaps);
        using var truth = PlantedTruth.Read(sample);
        var gap = truth.RootElement.GetProperty("coverageGaps")[0];
        Assert.Equal(gap.GetProperty("resource").GetString(), g.Resource);
        Assert.Equal(gap.GetProperty("uncoveredShareOfExtras").GetDouble(), g.UncoveredShareOfExtras);
        Assert.Equal(gap.GetProperty("distanceMetres").GetDouble(), g.DistanceMetres);
        Assert.Equal("H2", sample.Result.Hotspots.Single(h => h.Trend == "persistent").Id);
    }

    [Fact]
    public void The_null_areas_hold_no_resources()
    {
        using var truth = PlantedTruth.Read(sample);
        var resources = PlantedTruth.Resources(sample);
        var nulls = truth.RootElement.GetProperty("nullAreas").EnumerateArray().ToList();
        Assert.NotEmpty(nulls);
        var prevention = new[] { "youth_centre", "field_work_area", "police_station", "social_services" };
        foreach (var n in nulls)
        {
            var square = new GeometryFactory().ToGeometry(PlantedTruth.Square(n.GetProperty("polygon")));
            foreach (var r in resources)
            {
                Assert.False(r.Geometry.Intersects(square), $"{r.SourceId} lies in null area {n.GetProperty("id").GetString()}");
                // The null areas were chosen at least 1 km from every facility's centroid; no prevention resource is near.
                Assert.True(r.Geometry.Centroid.Distance(square) >= 1000, $"{r.SourceId} is {r.Geometry.Centroid.Distance(square):0} m from {n.GetProperty("id").GetString()}");
                if (prevention.Contains(r.Type)) Assert.True(r.Geometry.Distance(square) > 500);
            }
        }
        // Nor does any gap name a null area.
        Assert.All(truth.RootElement.GetProperty("coverageGaps").EnumerateArray(), g => Assert.StartsWith("H", g.GetProperty("hotspot").GetString()));
    }
}
