namespace Geo.Planning.Exports;

/// <summary>
/// Exports a stored run's tables (<see cref="ExportWhat"/>) in csv, xlsx, geojson or gpkg for a role, with the run's
/// protected release (<see cref="Release.RunReleaseService"/>) applied for every role but the analyst's. The CLI
/// (<c>geo export</c>) and the API (<c>/api/runs/{runId}/exports/{what}</c>) call it; they write the audit log.
/// STUB (issue 14 skeleton): the exports helper implements it.
/// </summary>
public sealed class ExportService
{
    /// <summary>Writes the export to the file <paramref name="path"/> (replaced only when the export succeeds; a CSV gets its metadata in <c>path.json</c>).</summary>
    public Task<ExportResult> WriteFileAsync(ExportRequest request, string path, IProgress<string>? progress = null, CancellationToken ct = default) =>
        throw new NotImplementedException("ExportService is part of issue 14's exports work.");

    /// <summary>Streams a csv or geojson export to <paramref name="stream"/> (xlsx and gpkg: through a temporary file).</summary>
    public Task<ExportResult> WriteStreamAsync(ExportRequest request, Stream stream, CancellationToken ct = default) =>
        throw new NotImplementedException("ExportService is part of issue 14's exports work.");
}
