using Geo.Import;
using Geo.Formats.Samples;

namespace Geo.Sample.Tests;

/// <summary>Every file the generator writes reads through the importer with zero rejects (withheld locations aside).</summary>
public sealed class ImportTests(SampleFixture sample) : IClassFixture<SampleFixture>
{
    [Theory]
    [InlineData("incidents_police.csv")]
    [InlineData("incidents_municipal.csv")]
    [InlineData("incidents_fieldwork.csv")]
    public void Incident_files_import_without_rejects(string file)
    {
        using var source = Sources.OpenIncidents(sample.File(file), new ImportOptions(sample.StudyArea));
        long rows = 0, withheld = 0;
        foreach (var r in source.Rows())
        {
            rows++;
            Assert.False(r.IsRejected, $"{file} row {r.Row}: {string.Join("; ", r.Issues.Select(i => i.Reason))}");
            foreach (var issue in r.Issues)
            {
                Assert.True(issue.Action == RejectAction.KeptWithoutLocation && issue.Reason.Contains("withheld"), $"{file} row {r.Row}: {issue.Reason} ({issue.Action})");
                withheld++;
            }
        }
        Assert.Equal(sample.Result.IncidentsByFile[file], rows);
        if (file == "incidents_police.csv") Assert.InRange(withheld / (double)rows, 0.02, 0.05);
    }

    [Fact]
    public void Resources_import_without_issues()
    {
        using var source = Sources.OpenResources(sample.File(SampleGenerator.ResourcesFile), new ImportOptions(sample.StudyArea) { Source = "exempelkommun" });
        var rows = source.Rows().ToList();
        Assert.All(rows, r => Assert.Empty(r.Issues));
        var types = rows.Select(r => r.Value!.Type).ToHashSet();
        foreach (var t in new[] { "youth_centre", "school", "field_work_area", "police_station", "social_services", "licensed_premises", "transit_stop", "housing_estate", "camera", "lighting" })
            Assert.Contains(t, types);
        Assert.Contains(rows, r => r.Value!.Type == "field_work_area" && r.Value.OpeningHours is not null && r.Value.Geometry is NetTopologySuite.Geometries.MultiPolygon or NetTopologySuite.Geometries.Polygon);
    }

    [Theory]
    [InlineData("areas_districts.geojson")]
    [InlineData("areas_deso.geojson")]
    public void Area_files_import_without_issues(string file)
    {
        using var source = Sources.OpenAreas(sample.File(file), new ImportOptions(sample.StudyArea));
        var rows = source.Rows().ToList();
        Assert.All(rows, r => Assert.Empty(r.Issues));
        Assert.All(rows, r => Assert.Equal(4, r.Value!.PopulationByAge!.Count));
    }

    [Fact]
    public void Manifest_lists_the_files_in_order()
    {
        var m = SampleManifest.Read(sample.Folder);
        Assert.Equal("9999", m.StudyArea.Code);
        Assert.Equal(3006, m.StudyArea.Srid);
        Assert.Equal(["areas_districts.geojson", "areas_deso.geojson", "resources.geojson", "incidents_police.csv", "incidents_municipal.csv", "incidents_fieldwork.csv"], m.Imports.Select(i => i.File));
        Assert.Equal(["polisen-sample", "kommun-felanmalan", "faltgruppen"], m.Imports.Skip(3).Select(i => i.Source!));
        Assert.Equal("ground_truth.json", m.GroundTruth);
        Assert.Equal("analysis.json", m.AnalysisConfig);
        using (var analysis = System.Text.Json.JsonDocument.Parse(File.ReadAllText(sample.File(m.AnalysisConfig!))))
        {
            // Exempelkommun is fictional: it is compared with Luleå, a municipality of its size.
            Assert.Equal("2580", analysis.RootElement.GetProperty("referenceMunicipality").GetString());
            Assert.Contains("Luleå", analysis.RootElement.GetProperty("referenceNote").GetString());
        }
        Assert.Contains("urn:ogc:def:crs:EPSG::3006", File.ReadAllText(sample.File("boundary.geojson")));
    }
}
