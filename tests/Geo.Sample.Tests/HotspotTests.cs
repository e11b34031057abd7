using NetTopologySuite.Geometries;

namespace Geo.Sample.Tests;

/// <summary>The planted hotspots hold their extra incidents in their polygons and active periods; the null areas hold only background.</summary>
public sealed class HotspotTests(SampleFixture sample) : IClassFixture<SampleFixture>
{
    private static bool In(Polygon p, CsvIncident i)
    {
        var e = p.EnvelopeInternal;
        return i.X is { } x && i.Y is { } y && x >= e.MinX && x <= e.MaxX && y >= e.MinY && y <= e.MaxY;
    }

    [Fact]
    public void Four_trends_are_planted_on_the_250m_grid()
    {
        var h = sample.Result.Hotspots;
        Assert.Equal(["emerging", "persistent", "diminishing", "former"], h.Select(x => x.Trend));
        foreach (var s in h)
        {
            var e = s.Polygon.EnvelopeInternal;
            Assert.Equal(500, e.Width); Assert.Equal(500, e.Height);
            Assert.Equal(0, e.MinX % 250); Assert.Equal(0, e.MinY % 250);
            Assert.True(sample.StudyArea.Boundary.Contains(s.Polygon));
            Assert.True(s.Multiplier >= 5, $"{s.Id} multiplier {s.Multiplier}");
        }
        Assert.NotEmpty(sample.Result.NullAreas);
        foreach (var n in sample.Result.NullAreas)
            Assert.All(h, s => Assert.True(n.Polygon.Distance(s.Polygon) >= 3000));
        var truth = File.ReadAllText(sample.File("ground_truth.json"));
        using var doc = System.Text.Json.JsonDocument.Parse(truth);
        Assert.Equal(4, doc.RootElement.GetProperty("hotspots").GetArrayLength());
        Assert.Equal(200, doc.RootElement.GetProperty("nearRepeat").GetProperty("distanceMetres").GetDouble());
    }

    [Fact]
    public void Hotspot_counts_follow_their_trends()
    {
        var police = CsvIncident.Read(sample.File("incidents_police.csv"));
        foreach (var h in sample.Result.Hotspots)
        {
            var inside = police.Where(i => In(h.Polygon, i)).ToList();
            for (var y = 0; y < 5; y++)
            {
                var n = inside.Count(i => i.Local.Year == 2021 + y);
                var planted = h.PlantedPerYear[y];
                // Every planted incident lies inside; the rest is background (a few a year).
                Assert.InRange(n, planted, planted + Math.Max(25, 6 * h.BackgroundPerYear));
            }
            var first = h.PlantedPerYear[0]; var last = h.PlantedPerYear[4];
            switch (h.Trend)
            {
                case "emerging": Assert.Equal(0, first); Assert.Equal(0, h.PlantedPerYear[1]); Assert.True(last > h.PlantedPerYear[2]); break;
                case "persistent": Assert.InRange(last, first - 5, first + 5); break;
                case "diminishing": Assert.True(last < 0.5 * first && last > 0); break;
                case "former":
                    var after = inside.Count(i => i.Local > h.Periods[^1].To.ToDateTime(TimeOnly.MaxValue));
                    Assert.InRange(after, 0, Math.Max(5, 2 * h.BackgroundPerYear));
                    Assert.True(h.Periods[^1].To < new DateOnly(2025, 12, 31));
                    break;
            }
        }
    }

    [Fact]
    public void Null_areas_hold_only_background()
    {
        var all = new[] { "incidents_police.csv", "incidents_municipal.csv", "incidents_fieldwork.csv" }.SelectMany(f => CsvIncident.Read(sample.File(f))).ToList();
        foreach (var n in sample.Result.NullAreas)
        {
            var count = all.Count(i => In(n.Polygon, i)) / 5.0;
            Assert.InRange(count, 0, 3 * n.BackgroundPerYear + 5);
        }
    }
}
