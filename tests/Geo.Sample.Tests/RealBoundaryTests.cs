using Geo.Core.Domain;
using Geo.Import;
using Geo.Testing;
using Geo.Formats.Boundaries;

namespace Geo.Sample.Tests;

/// <summary>The model laid over Luleå (2580) with the real urban areas: everything inside the boundary, imports cleanly.</summary>
public sealed class RealBoundaryTests
{
    [SharedDataFact]
    public void Lulea_sample_lies_inside_the_boundary_and_imports()
    {
        var dir = Path.Combine(Path.GetTempPath(), "geo-sample-lulea-" + Guid.NewGuid().ToString("N"));
        try
        {
            var r = SampleGenerator.Generate(new SampleOptions(Seed: 3, Years: 2, IncidentsPerYear: 2000,
                BoundaryFile: SharedData.Path("sweden/kommuner_sweref99tm.geojson"), Code: "2580",
                PopulationFile: SharedData.Path("sweden/tatorter_wgs84.geojson")), dir);
            Assert.Equal("2580", r.Code);
            Assert.Equal("Luleå", r.Name);
            Assert.InRange(r.Population, 60_000, 100_000);
            var boundary = BoundaryReader.Read(Path.Combine(dir, "boundary.geojson"), new BoundaryOptions("2580", TargetSrid: 3006)).Boundary;
            var real = BoundaryReader.Read(SharedData.Path("sweden/kommuner_sweref99tm.geojson"), new BoundaryOptions("2580", TargetSrid: 3006)).Boundary;
            Assert.Equal(real.Area, boundary.Area, real.Area * 1e-4);
            var options = new ImportOptions(new StudyArea("2580", "Luleå", boundary, 3006));
            foreach (var file in new[] { "incidents_police.csv", "incidents_municipal.csv", "incidents_fieldwork.csv" })
            {
                using var s = Sources.OpenIncidents(Path.Combine(dir, file), options);
                foreach (var row in s.Rows())
                {
                    Assert.False(row.IsRejected, string.Join("; ", row.Issues.Select(i => i.Reason)));
                    Assert.All(row.Issues, i => Assert.Equal(RejectAction.KeptWithoutLocation, i.Action));
                    if (row.Value!.Location is { } p) Assert.True(boundary.Covers(p), $"{file} row {row.Row} outside");
                }
            }
            using (var s = Sources.OpenResources(Path.Combine(dir, "resources.geojson"), options))
                Assert.All(s.Rows(), row => { Assert.Empty(row.Issues); Assert.True(boundary.Covers(row.Value!.Geometry)); });
            using (var s = Sources.OpenAreas(Path.Combine(dir, "areas_deso.geojson"), options))
            {
                var deso = s.Rows().Select(x => x.Value!).ToList();
                Assert.All(deso, d => Assert.InRange(d.Population!.Value, 700, 2700));
            }
            Assert.All(r.Hotspots, h => Assert.True(boundary.Contains(h.Polygon)));
            // A sample on a real boundary is its own reference municipality.
            Assert.Equal("analysis.json", Geo.Formats.Samples.SampleManifest.Read(dir).AnalysisConfig);
            using var analysis = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "analysis.json")));
            Assert.Equal("2580", analysis.RootElement.GetProperty("referenceMunicipality").GetString());
            // The coverage gap is planted on the real boundary too, with its truth computed there.
            var gap = Assert.Single(r.CoverageGaps);
            Assert.True(gap.UncoveredShareOfExtras >= 0.5, $"{gap.UncoveredShareOfExtras:P1}");
        }
        finally { if (Directory.Exists(dir)) Directory.Delete(dir, true); }
    }
}
