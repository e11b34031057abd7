using System.Globalization;
using System.Text.Json;
using Geo.Core.Crs;
using Geo.Core.Domain;
using Geo.Formats.Exports;
using Geo.Planning.Exports.Release;
using Geo.Planning.Runs;
using Geo.Storage;
using Geo.Storage.Model;

namespace Geo.Planning.Exports;

/// <summary>
/// Exports a stored run's tables (<see cref="ExportWhat"/>) in csv, xlsx, geojson or gpkg for a role, with the run's
/// protected release (<see cref="Release.RunReleaseService"/>) applied for every role but the analyst's. The CLI
/// (<c>geo export</c>) and the API (<c>/api/runs/{runId}/exports/{what}</c>) call it; they write the audit log.
/// </summary>
public sealed class ExportService(ExportQueries queries, RunsService runs, RunReleaseService releases)
{
    /// <summary>The file name an export is offered as: <c>geo_run57_indicators.csv</c>.</summary>
    public static string FileName(long runId, string what, string format) => $"geo_run{runId}_{what}.{format}";

    /// <summary>Writes the export to the file <paramref name="path"/> (replaced only when the export succeeds; a CSV gets its metadata in the sidecar <see cref="ExportWriters.SidecarPath"/>).</summary>
    public async Task<ExportResult> WriteFileAsync(ExportRequest request, string path, IProgress<string>? progress = null, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var job = await PrepareAsync(request, ct).ConfigureAwait(false);
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(dir);
        var temp = Path.Combine(dir, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.part.{job.Format}");
        progress?.Report(job.Lang == "en" ? $"{job.What} of run {job.Run.Id}" : $"{job.What} för körning {job.Run.Id}");
        string? sidecar = null;
        try
        {
            long rows;
            await using (var writer = ExportWriters.Create(job.Format, temp, job.Options))
            {
                await writer.WriteTableAsync(job.Table, ct).ConfigureAwait(false);
                rows = writer.Rows;
            }
            if (job.Format == ExportFormats.Csv)
            {
                var written = ExportWriters.SidecarPath(temp);
                if (File.Exists(written))
                {
                    sidecar = ExportWriters.SidecarPath(full);
                    File.Move(written, sidecar, true);
                }
            }
            File.Move(temp, full, true);
            return job.Result(rows, sidecar);
        }
        catch
        {
            foreach (var f in new[] { temp, ExportWriters.SidecarPath(temp) })
                if (File.Exists(f)) File.Delete(f);
            throw;
        }
    }

    /// <summary>Streams a csv or geojson export to <paramref name="stream"/> (xlsx and gpkg: through a temporary file, deleted after).</summary>
    public async Task<ExportResult> WriteStreamAsync(ExportRequest request, Stream stream, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var job = await PrepareAsync(request, ct).ConfigureAwait(false);
        if (job.Format is ExportFormats.Csv or ExportFormats.GeoJson)
        {
            long rows;
            using var body = new AsyncFlushStream(stream);
            await using (var writer = ExportWriters.Create(job.Format, body, job.Options))
            {
                await writer.WriteTableAsync(job.Table, ct).ConfigureAwait(false);
                rows = writer.Rows;
            }
            await body.FlushAsync(ct).ConfigureAwait(false);
            return job.Result(rows, null);
        }
        var temp = Path.Combine(Path.GetTempPath(), $"geo-export-{Guid.NewGuid():N}.{job.Format}");
        try
        {
            long rows;
            await using (var writer = ExportWriters.Create(job.Format, temp, job.Options))
            {
                await writer.WriteTableAsync(job.Table, ct).ConfigureAwait(false);
                rows = writer.Rows;
            }
            await using (var file = new FileStream(temp, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan))
                await file.CopyToAsync(stream, ct).ConfigureAwait(false);
            return job.Result(rows, null);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    /// <summary>The metadata an export of <paramref name="request"/> carries (the CSV's sidecar), without writing it.</summary>
    public async Task<ExportMetadata> MetadataAsync(ExportRequest request, CancellationToken ct = default) =>
        (await PrepareAsync(request, ct).ConfigureAwait(false)).Options.Metadata;

    /// <summary>Checks a request without reading the run: what, format, role, language and dialect, and the role's right to it.</summary>
    /// <exception cref="ArgumentException">A value that is not one of the choices (the message names it and them).</exception>
    /// <exception cref="ExportForbiddenException">The role may not have what was asked for.</exception>
    public static void Check(ExportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!ExportWhat.All.Contains(request.What))
            throw new ArgumentException($"'{request.What}' is not something Geo exports: use one of {string.Join(", ", ExportWhat.All)}.");
        if (!ExportFormats.All.Contains(request.Format))
            throw new ArgumentException($"format '{request.Format}' is not supported: use one of {string.Join(", ", ExportFormats.All)}.");
        if (!Roles.IsKnown(request.Role))
            throw new ArgumentException($"role '{request.Role}' is not one of {string.Join(", ", Roles.All)}.");
        if (request.Lang is not ("sv" or "en"))
            throw new ArgumentException($"language '{request.Lang}' is not supported: use sv (Swedish) or en (English).");
        if (request.Dialect is { } d && !ExportFormats.Dialects.Contains(d))
            throw new ArgumentException($"dialect '{d}' is not one of {string.Join(", ", ExportFormats.Dialects)}.");
        if (!ExportWhat.AllowedFor(request.What, request.Role))
            throw new ExportForbiddenException(
                $"the {request.Role} role may not export {request.What}: it may export {string.Join(", ", ExportWhat.All.Where(w => ExportWhat.AllowedFor(w, request.Role)))}.");
    }

    private async Task<Job> PrepareAsync(ExportRequest request, CancellationToken ct)
    {
        Check(request);
        var run = await runs.FindAsync(request.RunId, ct).ConfigureAwait(false)
                  ?? throw new ArgumentException($"there is no run {request.RunId}: geo runs list shows the stored runs.");
        if (run.Status != "completed") throw new ArgumentException($"run {run.Id} is {run.Status}: only a completed run can be exported.");
        var dialect = request.Dialect ?? ExportFormats.DefaultDialect(request.Lang);
        var release = await releases.GetAsync(run.Id, request.Role, ct).ConfigureAwait(false);
        var place = (await queries.ListAsync("run", run.Id, ct).ConfigureAwait(false)).Single();
        var srid = place.Int("srid")!.Value;
        var labels = new Dictionary<string, (string Sv, string En)>(StringComparer.Ordinal);
        foreach (var g in await queries.ListAsync("groups", run.Id, ct).ConfigureAwait(false)) labels[g.Text("code")!] = (g.Text("label_sv")!, g.Text("label_en")!);
        var batches = await queries.ListAsync("batches", run.Id, ct).ConfigureAwait(false);
        var tally = new ExportTally();
        var table = new ExportTableBuilder(queries, run, release, request.Role, request.Lang, labels, tally).Build(request.What, ct);
        var metadata = Metadata(request, run, place.Text("study_area_name") ?? run.StudyAreaCode, srid, dialect, release, batches);
        var options = new ExportWriterOptions(request.Lang, dialect, srid, CrsRegistry.Name(srid), CrsDefinition.Wkt(srid), metadata);
        return new Job(request, run, release, table, options, tally, dialect, request.Dialect is null);
    }

    private static ExportMetadata Metadata(ExportRequest request, AnalysisRunEntity run, string studyAreaName, int srid, string dialect, RunRelease release,
        IReadOnlyList<ExportRecord> batches)
    {
        var k = release.Threshold;
        using var parameters = JsonDocument.Parse(run.Parameters);
        var sources = JsonSerializer.SerializeToElement(batches.Select(b => new
        {
            source = b.Text("source"),
            batch = b.Long("import_batch_id"),
            file = b.Text("file_name"),
            rows = b.Long("rows_used"),
        }).ToArray());
        var rule = k is { } t
            ? (Sv: $"Antal händelser från 1 till {t - 1} visas som \"<{t}\" (k = {t}, studieområde {run.StudyAreaCode}); andra antal döljs som \"..\" där små tal annars kunde räknas fram ur summor, " +
                   "närliggande indelningar eller perioder (sekundär röjandekontroll), och värden beräknade från ett dolt tal (andelar, takter, kvoter, trender) visas som \"..\".",
               En: $"Counts of incidents from 1 to {t - 1} are shown as \"<{t}\" (k = {t}, study area {run.StudyAreaCode}); other counts are hidden as \"..\" where small counts could " +
                   "otherwise be worked out from totals, nested area sets or periods (secondary suppression), and values computed from a hidden count (shares, rates, ratios, trends) are shown as \"..\".")
            : (Sv: "Inga tal döljs: exporten är gjord för analytiker.", En: "Nothing is suppressed: the export is made for the analyst.");
        var legend = k is { } kk
            ? (Sv: $"\"<{kk}\": 1–{kk - 1} händelser; \"..\": dold så att små tal inte kan räknas fram, eller beräknad från ett dolt tal. I GeoJSON och GeoPackage: null med flaggfältet *_flag = small, secondary eller derived.",
               En: $"\"<{kk}\": 1–{kk - 1} incidents; \"..\": hidden so that small counts cannot be worked out, or computed from a hidden count. In GeoJSON and GeoPackage: null with the flag field *_flag = small, secondary or derived.")
            : (Sv: "", En: "");
        string Lang(string sv, string en) => request.Lang == "en" ? en : sv;
        List<ExportMetadataEntry> e =
        [
            new("run_id", "Körning", "Run", run.Id),
            new("run_label", "Körningens namn", "Run label", run.Label),
            new("study_area", "Studieområde", "Study area", $"{run.StudyAreaCode} {studyAreaName}"),
            new("what", "Innehåll", "Contents", request.What),
            new("format", "Format", "Format", request.Format),
            new("language", "Språk", "Language", request.Lang),
            new("dialect", "CSV-dialekt", "CSV dialect", dialect),
            new("period", "Period", "Period", $"{run.PeriodFrom:yyyy-MM-dd}/{run.PeriodTo:yyyy-MM-dd}"),
            new("compare_period", "Jämförelseperiod", "Comparison period",
                run.CompareFrom is { } cf && run.CompareTo is { } ctTo ? $"{cf:yyyy-MM-dd}/{ctTo:yyyy-MM-dd}" : null),
            new("categories", "Brottskategorier", "Categories", string.Join(", ", run.Categories)),
            new("area_set", "Områdesindelning", "Area set", run.AreaSet),
            new("parameters", "Parametrar", "Parameters", parameters.RootElement.Clone()),
            new("sources", "Datakällor och importer", "Data sources and import batches", sources),
            new("made_at", "Skapad (UTC)", "Made at (UTC)", DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
            new("made_for_role", "Gjord för roll", "Made for role", request.Role),
            new("made_by", "Beställd av", "Requested by", request.Who),
            new("suppression_rule", "Röjandekontroll", "Disclosure control", Lang(rule.Sv, rule.En)),
            new("suppression_threshold", "Tröskel k", "Threshold k", k),
            new("suppression_legend", "Teckenförklaring", "Legend", k is null ? null : Lang(legend.Sv, legend.En)),
            new("release_small_counts", "Små tal dolda i körningens utlämnande", "Small counts hidden in the run's release", k is null ? 0 : release.SmallCells),
            new("release_secondary_counts", "Tal dolda sekundärt i körningens utlämnande", "Counts hidden secondarily in the run's release", k is null ? 0 : release.SecondaryCells),
            new("crs", "Koordinatsystem", "CRS", $"EPSG:{srid} {CrsRegistry.Name(srid)}" + (request.Format == ExportFormats.GeoJson ? " (GeoJSON: EPSG:4326 WGS 84)" : "")),
            new("geo_version", "Geo-version", "Geo version", run.GeoVersion),
        ];
        return new ExportMetadata(e);
    }

    private sealed record Job(ExportRequest Request, AnalysisRunEntity Run, RunRelease Release, ExportTable Table, ExportWriterOptions Options,
        ExportTally Tally, string Dialect, bool DialectDefaulted)
    {
        public string What => Request.What;
        public string Format => Request.Format;
        public string Lang => Request.Lang;

        public ExportResult Result(long rows, string? metadataPath)
        {
            var en = Lang == "en";
            var notices = new List<string>();
            if (Format == ExportFormats.Csv && DialectDefaulted)
                notices.Add(en ? $"CSV dialect {Dialect} (the default for {Lang}; --dialect chooses)" : $"CSV-dialekt {Dialect} (standard för {Lang}; välj med --dialect)");
            if (Release.Threshold is { } k)
            {
                notices.Add(en
                    ? $"role {Request.Role}: counts 1–{k - 1} shown as <{k} (k = {k} from study area {Run.StudyAreaCode}); {Tally.Small} small, {Tally.Secondary} hidden as complements, {Tally.Derived} values computed from hidden counts shown as .."
                    : $"roll {Request.Role}: antal 1–{k - 1} visas som <{k} (k = {k} från studieområde {Run.StudyAreaCode}); {Tally.Small} små, {Tally.Secondary} dolda sekundärt, {Tally.Derived} värden beräknade från dolda tal visas som ..");
                if (Tally.AreasLeftOut > 0)
                    notices.Add(en ? $"{Tally.AreasLeftOut} areas below the threshold left out (partner)" : $"{Tally.AreasLeftOut} områden under tröskeln utelämnade (partner)");
            }
            else
            {
                notices.Add(en ? $"role {Request.Role}: every count shown (nothing suppressed)" : $"roll {Request.Role}: alla antal visas (inget döljs)");
            }
            notices.AddRange(Release.Notices);
            return new ExportResult(What, Format, Request.Role, rows, Release.Threshold, Tally.Small, Tally.Secondary,
                FileName(Run.Id, What, Format), metadataPath, notices);
        }
    }
}
