namespace Geo.Sample.Tests;

/// <summary>The model's guarantees hold for other seeds too, not only the default one.</summary>
public sealed class SeedRobustnessTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(1234567)]
    public void Areas_and_plants_hold_for_other_seeds(int seed)
    {
        var dir = Path.Combine(Path.GetTempPath(), "geo-sample-seed-" + Guid.NewGuid().ToString("N"));
        try
        {
            var r = SampleGenerator.Generate(new SampleOptions(Seed: seed, Years: 3, IncidentsPerYear: 1000, FirstYear: 2019), dir);
            Assert.Equal(80_000, r.Population);
            using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "areas_deso.geojson")));
            foreach (var f in doc.RootElement.GetProperty("features").EnumerateArray())
                Assert.InRange(f.GetProperty("properties").GetProperty("population").GetInt32(), 700, 2700);
            Assert.Equal(4, r.Hotspots.Count);
            Assert.NotEmpty(r.NullAreas);
            Assert.Equal(3 * 1000, r.IncidentsByFile["incidents_police.csv"]);
            Assert.Equal(0, r.Hotspots.Single(h => h.Trend == "emerging").PlantedPerYear[0]);
            // The coverage gap is planted for every seed: the youth centre is within 300 m and the peak stays uncovered.
            var gap = Assert.Single(r.CoverageGaps);
            Assert.Equal("H2", gap.Hotspot);
            Assert.Contains(gap.Resource, gap.PreventionWithin);
            Assert.InRange(gap.DistanceMetres, 1, 300);
            Assert.True(gap.UncoveredShareOfExtras >= 0.5, $"seed {seed}: {gap.UncoveredShareOfExtras:P1} uncovered");
            Assert.All(r.Hotspots, h => Assert.InRange(h.TimeProfile.ObservedShareInWindow, h.TimeProfile.Profile.Share - 0.2, 1));
        }
        finally { if (Directory.Exists(dir)) Directory.Delete(dir, true); }
    }

    [Fact]
    public void Large_volumes_are_written_with_small_per_row_allocations()
    {
        var dir = Path.Combine(Path.GetTempPath(), "geo-sample-large-" + Guid.NewGuid().ToString("N"));
        try
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var r = SampleGenerator.Generate(new SampleOptions(Years: 1, IncidentsPerYear: 200_000), dir);
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.Equal(200_000, r.IncidentsByFile["incidents_police.csv"]);
            Assert.Equal(50_000, r.IncidentsByFile["incidents_municipal.csv"]);
            Assert.Equal(20_000, r.IncidentsByFile["incidents_fieldwork.csv"]);
            // Rows are streamed: at most ~2 kB allocated per row (transient strings), nothing collected per row.
            Assert.True(allocated < 270_000L * 2_000, $"{allocated:N0} bytes allocated");
            Assert.True(r.Hotspots.All(h => h.PlantedPerYear[0] > 0 || h.Trend == "emerging"));
        }
        finally { if (Directory.Exists(dir)) Directory.Delete(dir, true); }
    }
}
