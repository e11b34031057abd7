using Geo.Core.Domain;
using Geo.Import.Pipeline;
using Geo.Planning.Imports;
using Geo.Storage;
using Geo.Formats.Boundaries;
using Geo.Formats.Samples;

namespace Geo.Planning.Samples;

/// <summary>
/// Loads a whole sample municipality folder (<c>geo import sample DIR</c>): creates or replaces the study area
/// from the manifest's boundary, then runs each import of the manifest in order through <see cref="ImportService"/>
/// (each one transactional and idempotent, so the command can be re-run).
/// </summary>
public sealed class SampleImportService(StudyAreaStore studyAreas, ImportService imports, StudyAreaConfigStore configs)
{
    /// <param name="folder">Folder holding manifest.json.</param>
    /// <param name="studyAreaCode">Code to load under (default: the manifest's).</param>
    /// <param name="importedBy">Who loads it (recorded in each import batch).</param>
    /// <param name="onFile">Called before each file (for progress output).</param>
    /// <param name="progressFor">The progress of each file's import, or null.</param>
    /// <remarks>Reject reports go to <see cref="ImportService.ReportFolder"/>, one per file, only when rows were reported.</remarks>
    public async Task<SampleImportResult> RunAsync(string folder, string? studyAreaCode, string importedBy,
        Action<SampleImport>? onFile = null, Func<SampleImport, IProgress<ImportProgress>?>? progressFor = null, CancellationToken ct = default)
    {
        var manifest = SampleManifest.Read(folder);
        var sa = manifest.StudyArea;
        var code = studyAreaCode ?? sa.Code;
        // The sample's analysis settings (e.g. its reference municipality) are checked before anything is loaded.
        string? config = null;
        if (manifest.AnalysisConfig is { } configFile)
        {
            var configPath = Path.Combine(folder, configFile);
            if (!File.Exists(configPath)) throw new FileNotFoundException($"{Path.Combine(folder, SampleManifest.FileName)} names analysisConfig {configFile}, which does not exist.", configPath);
            config = Runs.AnalysisConfig.Parse(await File.ReadAllTextAsync(configPath, ct), configPath).ToJson();
        }
        var boundary = BoundaryReader.Read(Path.Combine(folder, sa.Boundary), new BoundaryOptions(sa.Code, sa.Srid, sa.Srid));
        await studyAreas.UpsertAsync(new StudyArea(code, sa.Name, boundary.Boundary, sa.Srid, sa.TimeZone), ct);

        var results = new List<(SampleImport, ImportSummary)>();
        foreach (var import in manifest.Imports)
        {
            ct.ThrowIfCancellationRequested();
            onFile?.Invoke(import);
            var path = Path.Combine(folder, import.File);
            var request = new ImportRequest(import.Kind, path, code,
                SetName: import.Set, SetKind: import.SetKind ?? "custom",
                RejectReportPath: Path.Combine(imports.ReportFolder, Path.GetFileNameWithoutExtension(import.File) + ".rejects.csv"),
                ImportedBy: importedBy, Source: import.Source);
            results.Add((import, await imports.RunAsync(request, progressFor?.Invoke(import), ct)));
        }
        if (config is not null) await configs.SetAsync(code, config, ct);
        return new SampleImportResult(code, sa.Name, results) { AnalysisConfig = manifest.AnalysisConfig };
    }
}
