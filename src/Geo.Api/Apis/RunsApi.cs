using System.Globalization;
using System.Text;
using System.Text.Json;
using Geo.Api.Audit;
using Geo.Api.Models;
using Geo.Api.Security;
using Geo.Core.Taxonomy;
using Geo.Planning.Places;
using Geo.Planning.Jobs;
using Geo.Planning.Runs;
using Geo.Planning.StudyAreas;
using Geo.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Geo.Api.Apis;

/// <summary>
/// The stored lägesbild runs: list and details (partner), compare two and start a new one in the background with
/// <c>geo analyze</c>'s parameters and defaults, following its job (coordinator), and the incident points of a run
/// (analyst only).
/// </summary>
public static class RunsApi
{
    /// <summary>Incident points are written to the response in pieces of this many rows.</summary>
    private const int FlushEvery = 1000;

    public static IEndpointRouteBuilder MapRunsApi(this IEndpointRouteBuilder app)
    {
        var runs = app.MapGroup("/api/runs").WithTags("Runs");
        runs.MapGet("/", ListAsync).RequireAuthorization(GeoPolicies.Partner)
            .WithName("ListRuns").WithSummary("The stored runs")
            .WithDescription("Every stored run (of one study area with ?studyArea=), newest first, with its resolved parameters and status.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        runs.MapGet("/{runId}", GetAsync).RequireAuthorization(GeoPolicies.Partner)
            .WithName("GetRun").WithSummary("One run")
            .WithDescription("The run's parameters, the bbox of its study area in WGS 84, the category groups it has results for, its notices (the " +
                             "defaults it chose and what it noticed) in ?lang=sv|en, and its number of hotspots.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        runs.MapPost("/", CreateAsync).RequireAuthorization(GeoPolicies.Coordinator)
            .WithName("CreateRun").WithSummary("Start a new run")
            .WithDescription("Starts a lägesbild run in the background with geo analyze's parameters and defaults (every field but studyArea is optional) " +
                             "and answers 202 with the job to follow (GET /api/jobs/{jobId}). The request is checked before the run starts: an unknown " +
                             "study area, area set or category, or a period that ends before it starts, is a 400.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status429TooManyRequests);
        runs.MapGet("/{runId}/compare/{otherRunId}", CompareAsync).RequireAuthorization(GeoPolicies.Coordinator)
            .WithName("CompareRuns").WithSummary("Compare two runs")
            .WithDescription("What changed from run runId (A) to run otherRunId (B) of the same study area, as geo runs compare: parameters, the top " +
                             "priorities entering, leaving and staying (?top=10), and the area indicators whose incidents per day moved significantly. " +
                             "Counts below the suppression threshold are suppressed for coordinators.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        runs.MapGet("/{runId}/incidents", IncidentsAsync).RequireAuthorization(GeoPolicies.Analyst)
            .WithName("ListRunIncidents").WithSummary("The incident points of a run (analyst)")
            .WithDescription("The incidents of the run's period and categories: id, category, occurredAt, lon/lat in WGS 84 (null without a point), time " +
                             "and location precision. ?format=json (default) or csv (with a header). Streamed. Analysts only.")
            .Produces<IncidentPoint[]>(StatusCodes.Status200OK, "application/json")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/api/jobs/{jobId}", GetJob).WithTags("Runs").RequireAuthorization(GeoPolicies.Coordinator)
            .WithName("GetJob").WithSummary("A background run's progress")
            .WithDescription("The job of POST /api/runs: status running, completed (with runId) or failed (with error), and the steps reached so far. " +
                             "Jobs are kept in the service's memory (the newest 100 finished ones).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        // Runs in progress are cancelled (and stored as failed) when the service stops.
        var jobs = app.ServiceProvider.GetRequiredService<RunJobRegistry>();
        app.ServiceProvider.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(jobs.CancelAll);
        return app;
    }

    private static async Task<Results<Ok<List<RunSummaryResponse>>, ProblemHttpResult>> ListAsync(string? studyArea, HttpContext context,
        RunsService runs, StudyAreaCatalog catalog, CancellationToken ct)
    {
        if (studyArea is not null && await catalog.GetAsync(studyArea, ct) is null) return ApiProblems.NoStudyArea(studyArea);
        var list = (await runs.ListAsync(studyArea, ct)).Select(RunSummaryResponse.From).ToList();
        context.Audit(studyArea is null ? "runs" : $"runs of study area {studyArea}", list.Count);
        return TypedResults.Ok(list);
    }

    private static async Task<Results<Ok<RunDetailsResponse>, ProblemHttpResult>> GetAsync(long runId, string? lang, HttpContext context,
        RunsService runs, RunReadQueries read, StudyAreaQueries studyAreas, GeoApiOptions options, CancellationToken ct)
    {
        if (!ApiProblems.TryLang(lang, out var language, out var bad)) return bad!;
        var r = await runs.FindAsync(runId, ct);
        if (r is null) return ApiProblems.NoRun(runId);
        var groups = await read.GroupsAsync(runId, ct);
        var hotspots = r.Status == "completed" ? await runs.HotspotCountAsync(runId, ct) : 0;
        var bbox = (await studyAreas.ExtentsAsync(r.StudyAreaCode, ct)).SingleOrDefault()?.Bbox;
        var labels = groups.ToDictionary(g => g, g => GroupLabel(g, language), StringComparer.Ordinal);
        var k = Suppressor.For(context.Caller().Role, options.SuppressBelow);
        var notices = RunsService.Notices(r).Select(n => new RunNoticeResponse(n.Code, k.Text(n.Text(language)))).ToList();
        context.Audit($"run {runId}", 1);
        return TypedResults.Ok(new RunDetailsResponse(r.Id, r.StudyAreaCode, r.Label, r.Status, r.PeriodFrom, r.PeriodTo, r.CompareFrom, r.CompareTo,
            r.AreaSet, r.Categories, r.CellSize, r.CreatedAt, r.FinishedAt, bbox, groups, labels, notices, hotspots, r.IncidentsRead, r.Error));
    }

    /// <summary>The label of a category group in the language: the taxonomy's main group, or "Totalt"/"Total".</summary>
    private static string GroupLabel(string group, string lang)
    {
        if (group == "total") return lang == "en" ? "Total" : "Totalt";
        var c = CategoryTaxonomy.BuiltIn.Find(group);
        return c is null ? group : lang == "en" ? c.LabelEn : c.LabelSv;
    }

    private static async Task<Results<Accepted<RunCreatedResponse>, ProblemHttpResult>> CreateAsync(RunCreateRequest request, HttpContext context,
        RunJobRegistry jobs, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.StudyArea)) return ApiProblems.BadRequest("studyArea is missing: give the code of a study area (GET /api/study-areas).");
        if (!ApiProblems.TryDate(request.From, "from", out var from, out var bad)
            || !ApiProblems.TryDate(request.To, "to", out var to, out bad)
            || !ApiProblems.TryDate(request.CompareFrom, "compareFrom", out var compareFrom, out bad)
            || !ApiProblems.TryDate(request.CompareTo, "compareTo", out var compareTo, out bad))
            return bad!;
        var categories = request.Categories?.Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
        var analyze = new AnalyzeRequest(request.StudyArea.Trim(), from, to, compareFrom, compareTo, request.AreaSet, categories is { Count: > 0 } ? categories : null,
            request.CellSize, ConfigFile: null, request.Label, CreatedBy: context.Caller().Name);
        RunJobStatus job;
        try
        {
            job = await jobs.StartAsync(analyze, ct);
        }
        catch (ArgumentException e)
        {
            return ApiProblems.BadRequest(e.Message);
        }
        catch (RunJobLimitException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status429TooManyRequests, title: "Too many runs");
        }
        var url = $"/api/jobs/{job.JobId}";
        context.Audit($"run of study area {analyze.StudyAreaCode} started (job {job.JobId})", 1);
        return TypedResults.Accepted(url, new RunCreatedResponse(job.JobId, url));
    }

    private static Results<Ok<JobResponse>, ProblemHttpResult> GetJob(string jobId, HttpContext context, RunJobRegistry jobs)
    {
        var job = jobs.Get(jobId);
        if (job is null) return ApiProblems.NotFound($"there is no job '{jobId}': jobs are kept in the service's memory until it restarts (the newest {RunJobRegistry.MaxKept} finished ones); GET /api/runs lists the stored runs.");
        context.Audit($"job {jobId}", 1);
        return TypedResults.Ok(JobResponse.From(job));
    }

    private static async Task<Results<Ok<RunComparisonResponse>, ProblemHttpResult>> CompareAsync(long runId, long otherRunId, string? lang, int? top,
        HttpContext context, RunsService runs, GeoApiOptions options, CancellationToken ct)
    {
        if (!ApiProblems.TryLang(lang, out var language, out var bad)) return bad!;
        if (top is { } t && t is < 1 or > 1000) return ApiProblems.BadRequest($"top must be from 1 to 1000, not {t}.");
        if (await runs.FindAsync(runId, ct) is null) return ApiProblems.NoRun(runId);
        if (await runs.FindAsync(otherRunId, ct) is null) return ApiProblems.NoRun(otherRunId);
        RunComparison c;
        try
        {
            c = await runs.CompareAsync(runId, otherRunId, top ?? 10, ct);
        }
        catch (ArgumentException e)
        {
            return ApiProblems.BadRequest(e.Message);
        }
        var k = Suppressor.For(context.Caller().Role, options.SuppressBelow);
        RankChangeResponse Rank(RankChange x) => new(x.TargetKind, x.TargetId, x.CategoryGroup, x.RankA, x.RankB,
            [.. (language == "en" ? x.ReasonsEn : x.ReasonsSv).Select(k.Text)]);
        RunChangeResponse Moved(RunChange m)
        {
            var hide = k.Suppresses(m.IncidentsA) || k.Suppresses(m.IncidentsB);
            return hide
                ? new RunChangeResponse(m.AreaCode, m.AreaName, m.CategoryGroup, k.Suppresses(m.IncidentsA) ? null : m.IncidentsA,
                    k.Suppresses(m.IncidentsB) ? null : m.IncidentsB, true, null, null, null, null, null)
                : new RunChangeResponse(m.AreaCode, m.AreaName, m.CategoryGroup, m.IncidentsA, m.IncidentsB, false, Finite(m.RateRatio), Finite(m.Lower),
                    Finite(m.Upper), Finite(m.P), m.Direction);
        }
        var response = new RunComparisonResponse(RunSummaryResponse.From(c.A), RunSummaryResponse.From(c.B), c.TopN, c.Parameters,
            [.. c.Entered.Select(Rank)], [.. c.Left.Select(Rank)], [.. c.Stayed.Select(Rank)], [.. c.Moved.Select(Moved)], c.HotspotsA, c.HotspotsB);
        context.Audit($"comparison of runs {runId} and {otherRunId}", c.Moved.Count + c.Entered.Count + c.Left.Count + c.Stayed.Count);
        return TypedResults.Ok(response);
    }

    private static async Task<IResult> IncidentsAsync(long runId, string? format, HttpContext context, RunsService runs, RunReadQueries read, CancellationToken ct)
    {
        var fmt = string.IsNullOrEmpty(format) ? "json" : format;
        if (fmt is not ("json" or "csv")) return ApiProblems.BadRequest($"format '{format}' is not supported: use json (the default) or csv.");
        var run = await runs.FindAsync(runId, ct);
        if (run is null) return ApiProblems.NoRun(runId);
        var rows = read.IncidentsAsync(run.StudyAreaCode, run.PeriodFrom, run.PeriodTo, run.Categories, ct);
        var what = $"incident points of run {runId}";
        if (fmt == "json")
            return TypedResults.Ok(Counted(rows, n => context.Audit(what, n)));
        return TypedResults.Stream(async body =>
        {
            await using var writer = new StreamWriter(body, new UTF8Encoding(false), 64 * 1024);
            await writer.WriteLineAsync("id,category,occurred_at,lon,lat,time_precision,location_precision");
            long n = 0;
            await foreach (var i in rows)
            {
                await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{i.Id},{i.Category},{i.OccurredAt:yyyy-MM-ddTHH:mm:sszzz},{i.Lon:R},{i.Lat:R},{i.TimePrecision},{i.LocationPrecision}"));
                if (++n % FlushEvery == 0) await writer.FlushAsync(ct);
            }
            context.Audit(what, n);
        }, "text/csv; charset=utf-8", $"run-{runId}-incidents.csv");
    }

    /// <summary>A number JSON can carry: an infinite interval bound (no incidents in run A) or NaN becomes null.</summary>
    private static double? Finite(double v) => double.IsFinite(v) ? v : null;

    /// <summary>Passes the rows on and reports how many there were once they are all written.</summary>
    private static async IAsyncEnumerable<IncidentPoint> Counted(IAsyncEnumerable<IncidentPoint> rows, Action<long> done)
    {
        long n = 0;
        await foreach (var row in rows)
        {
            n++;
            yield return row;
        }
        done(n);
    }
}
