using Geo.Import.Pipeline;
using Geo.Formats.Samples;

namespace Geo.Import.Samples;

/// <summary>What <see cref="SampleImporter"/> loaded: the study area and one summary per manifest import.</summary>
public sealed record SampleImportResult(string StudyAreaCode, string StudyAreaName, IReadOnlyList<(SampleImport Import, ImportSummary Summary)> Imports);
