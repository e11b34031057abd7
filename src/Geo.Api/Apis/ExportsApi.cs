using Geo.Api.Audit;
using Geo.Api.Security;
using Geo.Formats.Exports;
using Geo.Planning.Exports;
using Geo.Planning.Runs;
using Microsoft.AspNetCore.Http.HttpResults;
using static Geo.Api.Apis.PlaceAnswers;

namespace Geo.Api.Apis;

/// <summary>
/// Exports of a run's tables for the CALLER's role, made by the same <see cref="ExportService"/> as <c>geo export</c>:
/// <c>GET /api/runs/{runId}/exports/{what}?format=&amp;lang=&amp;dialect=</c> streams the file (csv and geojson straight
/// to the response, xlsx and gpkg through a temporary file deleted after) and <c>.../metadata</c> answers the metadata
/// every export carries (the CSV's sidecar) as JSON. Partners may export indicators, hotspots, areas and reference;
/// cells, priorities and the plan are for coordinators and analysts (403 otherwise). Both are written to the audit log.
/// </summary>
public static class ExportsApi
{
    public static IEndpointRouteBuilder MapExportsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/runs/{runId}/exports").WithTags("Exports").RequireAuthorization(GeoPolicies.Partner);
        api.MapGet("/{what}", GetAsync).WithName("GetRunExport").WithSummary("A run's table as a CSV, XLSX, GeoJSON or GeoPackage file")
            .WithDescription("what: indicators, hotspots, areas, reference (every role) or cells, priorities, plan (coordinator and analyst). ?format=csv " +
                             "(default), xlsx, geojson or gpkg; ?lang=sv (default) or en; ?dialect=excel-sv or standard (CSV; default from lang). Made for " +
                             "the caller's role: for coordinators and partners counts from 1 to k−1 are shown as <k, complements that would let them be " +
                             "worked out as .., and values computed from a hidden count as ..; partners get no areas below the threshold. Sent as a " +
                             "download with a file name (geo_run57_indicators.csv).")
            .Produces(StatusCodes.Status200OK, contentType: ExportFormats.ContentType(ExportFormats.Csv))
            .Produces(StatusCodes.Status200OK, contentType: ExportFormats.ContentType(ExportFormats.Xlsx))
            .Produces(StatusCodes.Status200OK, contentType: ExportFormats.ContentType(ExportFormats.GeoJson))
            .Produces(StatusCodes.Status200OK, contentType: ExportFormats.ContentType(ExportFormats.GeoPackage))
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{what}/metadata", MetadataAsync).WithName("GetRunExportMetadata").WithSummary("The metadata of a run's export")
            .WithDescription("What the export of the same what, format, lang and dialect carries about itself (the CSV's sidecar): the run, " +
                             "its period and parameters, the data sources and their import batches, when and for which role it is made, the " +
                             "suppression rule and Geo's version, as key → value.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<PushStreamHttpResult, FileStreamHttpResult, ProblemHttpResult>> GetAsync(string runId, string what, string? format,
        string? lang, string? dialect, HttpContext context, RunsService runs, ExportService exports, CancellationToken ct)
    {
        var (request, problem) = await CheckAsync(runId, what, format, lang, dialect, context, runs, ct);
        if (problem is not null) return problem;
        var fileName = ExportService.FileName(request!.RunId, request.What, request.Format);
        var contentType = ExportFormats.ContentType(request.Format);
        var audit = $"export {request.What} {request.Format}";
        if (request.Format is ExportFormats.Csv or ExportFormats.GeoJson)
            return TypedResults.Stream(async body =>
            {
                var result = await exports.WriteStreamAsync(request, body, context.RequestAborted);
                context.Audit(audit, result.Rows);
            }, contentType, fileName);
        var path = Path.Combine(Path.GetTempPath(), $"geo-export-{Guid.NewGuid():N}.{request.Format}");
        try
        {
            var result = await exports.WriteFileAsync(request, path, null, ct);
            // Deleted when the response has been sent (or the client went away).
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 64 * 1024,
                FileOptions.Asynchronous | FileOptions.DeleteOnClose);
            context.Audit(audit, result.Rows);
            return TypedResults.File(stream, contentType, fileName);
        }
        catch
        {
            if (File.Exists(path)) File.Delete(path);
            throw;
        }
    }

    private static async Task<Results<Ok<Dictionary<string, object?>>, ProblemHttpResult>> MetadataAsync(string runId, string what, string? format,
        string? lang, string? dialect, HttpContext context, RunsService runs, ExportService exports, CancellationToken ct)
    {
        var (request, problem) = await CheckAsync(runId, what, format, lang, dialect, context, runs, ct);
        if (problem is not null) return problem;
        var metadata = await exports.MetadataAsync(request!, ct);
        context.Audit($"export {request!.What} {request.Format} metadata", metadata.Entries.Count);
        return TypedResults.Ok(metadata.Entries.ToDictionary(e => e.Key, e => e.Value));
    }

    /// <summary>The request of the caller's role, or the problem: 400 for a bad value (naming the choices), 403 for a table the role may not have, 404 for no run.</summary>
    private static async Task<(ExportRequest? Request, ProblemHttpResult? Problem)> CheckAsync(string runId, string what, string? format, string? lang,
        string? dialect, HttpContext context, RunsService runs, CancellationToken ct)
    {
        if (Number(runId, "runId", out var id) is { } bad) return (null, bad);
        if (!ExportWhat.All.Contains(what))
            return (null, ApiProblems.NotFound($"there is no export '{Clip(what)}': use one of {string.Join(", ", ExportWhat.All)}."));
        var fmt = string.IsNullOrEmpty(format) ? ExportFormats.Csv : format;
        if (!ExportFormats.All.Contains(fmt))
            return (null, ApiProblems.BadRequest($"format '{Clip(format!)}' is not supported: use one of {string.Join(", ", ExportFormats.All)} (default csv)."));
        if (!ApiProblems.TryLang(lang, out var language, out var badLang)) return (null, badLang);
        var d = string.IsNullOrEmpty(dialect) ? null : dialect;
        if (d is not null && !ExportFormats.Dialects.Contains(d))
            return (null, ApiProblems.BadRequest($"dialect '{Clip(d)}' is not one of {string.Join(", ", ExportFormats.Dialects)} (default: excel-sv for sv, standard for en)."));
        var caller = context.Caller();
        var request = new ExportRequest(id, what, fmt, caller.Role, language, d, caller.Name);
        try
        {
            ExportService.Check(request);
        }
        catch (ExportForbiddenException e)
        {
            return (null, TypedResults.Problem(e.Message, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden"));
        }
        var run = await runs.FindAsync(id, ct);
        if (run is null) return (null, ApiProblems.NoRun(id));
        if (run.Status != "completed") return (null, ApiProblems.BadRequest($"run {id} is {run.Status}: only a completed run can be exported."));
        return (request, null);
    }

    private static string Clip(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
