using System.Text.Json;
using System.Text.Json.Serialization;
using Geo.Core.Domain;

namespace Geo.Formats.Samples;

/// <summary>
/// <c>manifest.json</c> of a sample municipality folder (written by <c>geo sample generate</c>, read by
/// <c>geo import sample DIR</c>): the study area and the files to load, in order. Paths are relative to the folder.
/// </summary>
public sealed record SampleManifest
{
    public const string FileName = "manifest.json";
    public const string CurrentFormat = "geo-sample/1";

    public string Format { get; init; } = CurrentFormat;
    public required SampleStudyArea StudyArea { get; init; }
    public int Seed { get; init; }
    public string? Description { get; init; }
    public required IReadOnlyList<SampleImport> Imports { get; init; }
    /// <summary>Ground-truth file (planted hotspots, near-repeat parameters, null areas), relative path.</summary>
    public string? GroundTruth { get; init; }
    /// <summary>Analysis settings of the sample (e.g. <c>analysis.json</c>: the reference municipality), relative path; optional.</summary>
    public string? AnalysisConfig { get; init; }

    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static SampleManifest Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) throw new FileNotFoundException($"{folder} holds no {FileName}: not a sample folder (make one with geo sample generate --out DIR).", path);
        try
        {
            var m = JsonSerializer.Deserialize<SampleManifest>(File.ReadAllText(path), Json) ?? throw new InvalidDataException($"{path}: empty manifest.");
            if (m.Format != CurrentFormat) throw new InvalidDataException($"{path}: format '{m.Format}' is not '{CurrentFormat}'.");
            return m;
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: invalid manifest at line {e.LineNumber + 1}: {e.Message}", e);
        }
    }

    public void Write(string folder) =>
        File.WriteAllText(Path.Combine(folder, FileName), JsonSerializer.Serialize(this, Json).ReplaceLineEndings("\n") + "\n");
}
