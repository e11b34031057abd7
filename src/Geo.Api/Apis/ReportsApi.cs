using Geo.Api.Audit;
using Geo.Api.Security;
using Geo.Planning.Plans;
using Geo.Planning.Runs;
using Geo.Reporting.Reports;
using Geo.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Geo.Api.Apis;

/// <summary>
/// The lägesbild report of a run as HTML or PDF (coordinator), made by the same <see cref="ReportService"/> as
/// <c>geo report</c> for the CALLER's role: small counts are suppressed for coordinators, analysts see every count.
/// </summary>
public static class ReportsApi
{
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/runs/{runId}/report", GetAsync).WithTags("Reports").RequireAuthorization(GeoPolicies.Coordinator)
            .WithName("GetRunReport").WithSummary("The lägesbild report of a run")
            .WithDescription("The report of the run in twelve sections as ?format=html (default) or pdf, in ?lang=sv|en, with plan ?planId= as its " +
                             "åtgärdsplan (default: the newest plan drafted from the run). Made for the caller's role: for a coordinator counts from 1 to " +
                             "k−1 are shown as <k; an analyst sees every count. Sent as a download with a file name.")
            .Produces(StatusCodes.Status200OK, contentType: "text/html")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> GetAsync(long runId, string? format, string? lang, long? planId,
        HttpContext context, RunsService runs, PlanService plans, ReportService reports, GeoSettings settings, GeoApiOptions options, CancellationToken ct)
    {
        var fmt = string.IsNullOrEmpty(format) ? "html" : format;
        if (fmt is not ("html" or "pdf")) return ApiProblems.BadRequest($"format '{format}' is not supported: use html (the default) or pdf.");
        if (!ApiProblems.TryLang(lang, out var language, out var bad)) return bad!;
        var run = await runs.FindAsync(runId, ct);
        if (run is null) return ApiProblems.NoRun(runId);
        if (run.Status != "completed") return ApiProblems.BadRequest($"run {runId} is {run.Status}: only a completed run has a report.");
        if (planId is { } p)
        {
            Plan plan;
            try
            {
                plan = await plans.ShowAsync(p, ct);
            }
            catch (ArgumentException)
            {
                return ApiProblems.NotFound($"there is no plan {p}: GET /api/runs/{runId}/plans lists the plans of the run.");
            }
            if (plan.StudyAreaCode != run.StudyAreaCode)
                return ApiProblems.BadRequest($"plan {p} is of study area {plan.StudyAreaCode} and run {runId} of {run.StudyAreaCode}: choose a plan of the run's study area.");
        }
        var caller = context.Caller();
        var folder = Path.Combine(settings.Home, "reports", "api");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"run-{runId}-{Guid.NewGuid():N}.{fmt}");
        try
        {
            var result = await reports.WriteAsync(new ReportRequest(runId, path, fmt, language, caller.Role, planId, options.SuppressBelow), null, ct);
            // Deleted when the response has been sent (or the client went away).
            var stream = new FileStream(result.Path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 64 * 1024,
                FileOptions.Asynchronous | FileOptions.DeleteOnClose);
            context.Audit($"report of run {runId} ({fmt}, {language}, for the {caller.Role})", 1);
            var name = $"lagesbild-{run.StudyAreaCode}-run{runId}-{language}.{fmt}";
            return TypedResults.File(stream, fmt == "pdf" ? "application/pdf" : "text/html; charset=utf-8", name);
        }
        catch
        {
            if (File.Exists(path)) File.Delete(path);
            throw;
        }
    }
}
