using Geo.Core.Domain;
using Geo.Formats.Samples;

namespace Geo.Formats.Tests;

/// <summary>manifest.json of a sample folder: written and read back, with and without the optional analysis settings.</summary>
public sealed class SampleManifestTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "geo-manifest-" + Guid.NewGuid().ToString("N"));

    public SampleManifestTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, true);

    private static SampleManifest Manifest(string? analysis) => new()
    {
        StudyArea = new SampleStudyArea("9999", "Exempelkommun", "boundary.geojson", 3006),
        Seed = 42,
        GroundTruth = "ground_truth.json",
        AnalysisConfig = analysis,
        Imports = [new SampleImport(ImportKind.Resources, "resources.geojson", Source: "exempelkommun")],
    };

    [Fact]
    public void The_analysis_config_round_trips()
    {
        Manifest("analysis.json").Write(_dir);
        var text = File.ReadAllText(Path.Combine(_dir, SampleManifest.FileName));
        Assert.Contains("\"analysisConfig\": \"analysis.json\"", text);
        var back = SampleManifest.Read(_dir);
        Assert.Equal("analysis.json", back.AnalysisConfig);
        Assert.Equal("ground_truth.json", back.GroundTruth);
        Assert.Equal("9999", back.StudyArea.Code);
        Assert.Equal("resources.geojson", Assert.Single(back.Imports).File);
    }

    [Fact]
    public void A_manifest_without_analysis_config_reads_as_none_and_writes_none()
    {
        Manifest(null).Write(_dir);
        Assert.DoesNotContain("analysisConfig", File.ReadAllText(Path.Combine(_dir, SampleManifest.FileName)));
        Assert.Null(SampleManifest.Read(_dir).AnalysisConfig);
    }
}
