using System.Globalization;
using Geo.Api.Audit;
using Geo.Api.Models;
using Geo.Api.Security;
using Geo.Core.Crs;
using Geo.Core.Domain;
using Geo.Import;
using Geo.Import.Pipeline;
using Geo.Planning.Imports;
using Geo.Planning.StudyAreas;
using Geo.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Geo.Api.Apis;

/// <summary>
/// Upload a file into a study area (analyst): the request body is the file, streamed to a temporary file under
/// <c>$GEO_HOME/uploads</c> (never held in memory whole, deleted afterwards) and imported by the same
/// <see cref="ImportService"/> as <c>geo import</c>, with its defaults: one transaction, so a rejected file loads nothing.
/// </summary>
public static class ImportsApi
{
    /// <summary>Reject-report lines returned in the answer (the count covers them all).</summary>
    public const int MaxRejectLines = 1000;

    private const int BufferSize = 81920;

    public static IEndpointRouteBuilder MapImportsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/study-areas/{code}/imports", ImportAsync).WithTags("Imports").RequireAuthorization(GeoPolicies.Analyst)
            .WithName("ImportFile").WithSummary("Import a file into a study area (analyst)")
            .WithDescription("The request body is the file (CSV, GeoJSON or GeoPackage, optionally gzipped; give its name in ?fileName= so that the " +
                             "format is known by its extension and recorded with the import). ?kind=incidents|resources|areas; ?profile= a built-in " +
                             "mapping profile (geo profiles list); ?areaSet= the area set's name for kind=areas (default: the file name) with " +
                             "?setKind=deso|regso|district|custom; ?crs= the coordinates' CRS (e.g. EPSG:4326); ?source=; ?maxRejectRate= (default 0.01). " +
                             "Answers the validation result and the reject report (row, field, value, reason) as geo import does. More rejected rows " +
                             "than maxRejectRate: 422 with the same summary in the problem's 'import' extension, and nothing loaded. A body larger than " +
                             "the upload limit: 413.")
            .Accepts<Stream>("application/octet-stream", "text/csv", "application/geo+json", "application/geopackage+sqlite3", "application/gzip")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    private static async Task<Results<Ok<ImportResultResponse>, ProblemHttpResult>> ImportAsync(string code, string? kind, string? profile, string? areaSet,
        string? setKind, string? fileName, string? crs, string? source, double? maxRejectRate, HttpContext context, ImportService imports,
        StudyAreaCatalog catalog, GeoSettings settings, GeoApiOptions options, CancellationToken ct)
    {
        var limit = (long)options.UploadLimitMegabytes * 1024 * 1024;
        if (context.Request.ContentLength is { } length && length > limit) return TooLarge(length, options);
        var importKind = kind switch
        {
            "incidents" => ImportKind.Incidents,
            "resources" => ImportKind.Resources,
            "areas" => ImportKind.Areas,
            _ => (ImportKind?)null,
        };
        if (importKind is null) return ApiProblems.BadRequest($"kind '{kind}' is not supported: use incidents, resources or areas.");
        if (setKind is not null && setKind is not ("deso" or "regso" or "district" or "custom"))
            return ApiProblems.BadRequest($"setKind '{setKind}' is not supported: use deso, regso, district or custom.");
        if (importKind != ImportKind.Areas && (areaSet is not null || setKind is not null))
            return ApiProblems.BadRequest("areaSet and setKind are for kind=areas only.");
        var name = Path.GetFileName(fileName ?? "");
        if (name.Length == 0) name = "upload";
        if (name.Length > 200 || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || name.StartsWith('.'))
            return ApiProblems.BadRequest($"fileName '{fileName}' cannot be used: give the file's own name, e.g. incidents.csv.");
        int? srid = null;
        if (crs is not null)
        {
            try
            {
                srid = CrsRegistry.Parse(crs);
            }
            catch (Exception e) when (e is ArgumentException or FormatException or UnsupportedCrsException)
            {
                return ApiProblems.BadRequest($"crs: {e.Message}");
            }
        }
        if (await catalog.GetAsync(code, ct) is null) return ApiProblems.NoStudyArea(code);

        var folder = Path.Combine(settings.Home, "uploads", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var path = Path.Combine(folder, name);
            var copied = await CopyBodyAsync(context.Request.Body, path, limit, ct);
            if (copied < 0) return TooLarge(null, options);
            if (copied == 0) return ApiProblems.BadRequest("the request body is empty: send the file as the body (e.g. curl --data-binary @incidents.csv).");
            var request = new ImportRequest(importKind.Value, path, code, profile, null, srid, areaSet, setKind ?? "custom", maxRejectRate ?? 0.01,
                Path.Combine(folder, "rejects.csv"), ImportedBy: context.Caller().Name, Source: source);
            ImportSummary summary;
            try
            {
                summary = await imports.RunAsync(request, null, ct);
            }
            catch (ImportRejectedException e)
            {
                var failed = ToResponse(e.Summary, failed: true);
                context.Audit($"import of {name} into study area {code} rejected", 0);
                return TypedResults.Problem(e.Message.Split(" See the reject report", 2)[0] + " The rejects are listed in 'import.rejects'.",
                    statusCode: StatusCodes.Status422UnprocessableEntity, title: "Import rejected",
                    extensions: new Dictionary<string, object?> { ["import"] = failed });
            }
            context.Audit($"import of {name} into study area {code} (batch {summary.BatchId})", summary.Loaded);
            return TypedResults.Ok(ToResponse(summary, failed: false));
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A left-over upload is removed by the next clean-up of the folder; the answer stands.
            }
        }
    }

    /// <summary>Streams the body to <paramref name="path"/>; the bytes written, or −1 when the body is larger than <paramref name="limit"/>.</summary>
    private static async Task<long> CopyBodyAsync(Stream body, string path, long limit, CancellationToken ct)
    {
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous);
        var buffer = new byte[BufferSize];
        long total = 0;
        int n;
        while ((n = await body.ReadAsync(buffer, ct)) > 0)
        {
            total += n;
            if (total > limit) return -1;
            await file.WriteAsync(buffer.AsMemory(0, n), ct);
        }
        return total;
    }

    private static ProblemHttpResult TooLarge(long? length, GeoApiOptions options) => TypedResults.Problem(
        (length is { } l ? string.Create(CultureInfo.InvariantCulture, $"the file is {l / 1024.0 / 1024.0:0.#} MB, ") : "the file is ") +
        $"larger than the upload limit of {options.UploadLimitMegabytes} MB (Geo:UploadLimitMegabytes); split it, or import it with geo import on the server.",
        statusCode: StatusCodes.Status413PayloadTooLarge, title: "Too large");

    private static ImportResultResponse ToResponse(ImportSummary s, bool failed)
    {
        var report = ImportService.ReadRejectReport(s.RejectReport, MaxRejectLines);
        return new ImportResultResponse(s.Read, failed ? 0 : s.Loaded, s.Rejected, s.Skipped, s.New, s.Updated, s.Unchanged, s.WithoutLocation, s.Duplicates,
            s.Collapsed, Math.Round(s.Seconds, 3), s.Warnings, s.Repaired, Math.Round(s.RowsPerSecond), s.BatchId, failed, s.Notices,
            [.. report.Lines.Select(r => new ImportRejectResponse(r.File, r.Row, r.Field, r.Value, r.Reason, Action(r.Action)))], report.Total, report.Truncated);
    }

    private static string Action(RejectAction a) => a switch
    {
        RejectAction.Repaired => "repaired",
        RejectAction.KeptWithoutLocation => "kept_without_location",
        RejectAction.Warning => "warning",
        RejectAction.SkippedOutside => "skipped_outside",
        _ => "rejected",
    };
}
