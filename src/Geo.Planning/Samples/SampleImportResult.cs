using Geo.Import.Pipeline;
using Geo.Formats.Samples;

namespace Geo.Planning.Samples;

/// <summary>What <see cref="SampleImportService"/> loaded: the study area and one summary per manifest import.</summary>
public sealed record SampleImportResult(string StudyAreaCode, string StudyAreaName, IReadOnlyList<(SampleImport Import, ImportSummary Summary)> Imports)
{
    /// <summary>The manifest's analysis settings file, stored as the study area's settings for geo analyze (null when none).</summary>
    public string? AnalysisConfig { get; init; }
}
