using Geo.Api.Audit;
using Geo.Api.Models;
using Geo.Api.Security;
using Geo.Planning.Places;
using Geo.Planning.Plans;
using Geo.Planning.Runs;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Geo.Api.Apis;

/// <summary>
/// The åtgärdsplaner (coordinator): the plans of a run, one plan with its rows, its edit history, and editing a row's
/// status, responsible, deadline and notes (history kept, the caller's key name as who changed it).
/// </summary>
public static class PlansApi
{
    public static IEndpointRouteBuilder MapPlansApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/runs/{runId}/plans", ListAsync).WithTags("Plans").RequireAuthorization(GeoPolicies.Coordinator)
            .WithName("ListRunPlans").WithSummary("The plans drafted from a run")
            .WithDescription("The åtgärdsplaner drafted from the run, oldest first, with their rows.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        var plans = app.MapGroup("/api/plans").WithTags("Plans").RequireAuthorization(GeoPolicies.Coordinator);
        plans.MapGet("/{planId}", GetAsync).WithName("GetPlan").WithSummary("One plan with its rows")
            .WithDescription("The plan and its rows in Brå's template: problem, cause, measure, goal and indicator, who, when, status and follow-up.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        plans.MapGet("/{planId}/history", HistoryAsync).WithName("GetPlanHistory").WithSummary("The edit history of a plan")
            .WithDescription("Every changed field of every edit of the plan's rows, oldest first: row, version, field, old and new value, who and when.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        plans.MapPatch("/{planId}/rows/{rowId}", PatchRowAsync).WithName("UpdatePlanRow").WithSummary("Edit a plan row")
            .WithDescription("Sets the row's status (proposed, adopted, in_progress, done, rejected), responsible, deadline (yyyy-MM-dd), notes or " +
                             "followUpStatus (green, yellow, red); fields left out are unchanged, an empty text clears responsible or notes. Each changed " +
                             "field is kept in the history with the caller's key name. Answers the row as it now is.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<Results<Ok<List<PlanResponse>>, ProblemHttpResult>> ListAsync(long runId, HttpContext context, RunsService runs,
        PlanService plans, GeoApiOptions options, CancellationToken ct)
    {
        var run = await runs.FindAsync(runId, ct);
        if (run is null) return ApiProblems.NoRun(runId);
        var k = Suppressor.For(context.Caller().Role, options.SuppressBelow);
        var list = (await plans.ListAsync(run.StudyAreaCode, ct)).Where(p => p.RunId == runId).OrderBy(p => p.Id).Select(p => ToResponse(p, k)).ToList();
        context.Audit($"plans of run {runId}", list.Sum(p => p.Rows.Count));
        return TypedResults.Ok(list);
    }

    private static async Task<Results<Ok<PlanResponse>, ProblemHttpResult>> GetAsync(long planId, HttpContext context, PlanService plans,
        GeoApiOptions options, CancellationToken ct)
    {
        var plan = await FindAsync(plans, planId, ct);
        if (plan is null) return NoPlan(planId);
        context.Audit($"plan {planId}", plan.Rows.Count);
        return TypedResults.Ok(ToResponse(plan, Suppressor.For(context.Caller().Role, options.SuppressBelow)));
    }

    private static async Task<Results<Ok<IReadOnlyList<PlanRowEvent>>, ProblemHttpResult>> HistoryAsync(long planId, HttpContext context, PlanService plans,
        CancellationToken ct)
    {
        if (await FindAsync(plans, planId, ct) is null) return NoPlan(planId);
        var events = await plans.HistoryAsync(planId, ct);
        context.Audit($"history of plan {planId}", events.Count);
        return TypedResults.Ok(events);
    }

    private static async Task<Results<Ok<PlanRowResponse>, ProblemHttpResult>> PatchRowAsync(long planId, long rowId, PlanRowPatch patch, HttpContext context,
        PlanService plans, GeoApiOptions options, CancellationToken ct)
    {
        if (patch.Status is not null && !PlanStatuses.Statuses.Contains(patch.Status))
            return ApiProblems.BadRequest($"status '{patch.Status}' is not one of {string.Join(", ", PlanStatuses.Statuses)}.");
        if (patch.FollowUpStatus is not null && !PlanStatuses.FollowUp.Contains(patch.FollowUpStatus))
            return ApiProblems.BadRequest($"followUpStatus '{patch.FollowUpStatus}' is not one of {string.Join(", ", PlanStatuses.FollowUp)}.");
        if (!ApiProblems.TryDate(patch.Deadline, "deadline", out var deadline, out var bad)) return bad!;
        if (patch is { Status: null, Responsible: null, Deadline: null, Notes: null, FollowUpStatus: null })
            return ApiProblems.BadRequest("nothing to change: give at least one of status, responsible, deadline, notes, followUpStatus.");
        var plan = await FindAsync(plans, planId, ct);
        if (plan is null) return NoPlan(planId);
        if (!plan.Rows.Any(r => r.Id == rowId))
            return ApiProblems.NotFound($"plan {planId} has no row {rowId}; its rows are {string.Join(", ", plan.Rows.Select(r => r.Id))} (GET /api/plans/{planId}).");
        PlanRow row;
        try
        {
            row = await plans.UpdateRowAsync(planId, rowId, patch.Status, patch.Responsible, deadline, patch.Notes, patch.FollowUpStatus, context.Caller().Name, ct);
        }
        catch (InvalidOperationException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status409Conflict, title: "Changed meanwhile");
        }
        context.Audit($"row {rowId} of plan {planId} changed", 1);
        return TypedResults.Ok(ToRow(row, Suppressor.For(context.Caller().Role, options.SuppressBelow)));
    }

    private static async Task<Plan?> FindAsync(PlanService plans, long planId, CancellationToken ct)
    {
        try
        {
            return await plans.ShowAsync(planId, ct);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static ProblemHttpResult NoPlan(long planId) => ApiProblems.NotFound($"there is no plan {planId}: GET /api/runs/{{runId}}/plans lists the plans of a run.");

    private static PlanResponse ToResponse(Plan p, Suppressor k) =>
        new(p.Id, p.StudyAreaCode, p.RunId, p.Title, p.Lang, p.TopN, p.ReviewDate, p.CreatedBy, p.CreatedAt, p.BasedOnPlanId, [.. p.Rows.Select(r => ToRow(r, k))]);

    private static PlanRowResponse ToRow(PlanRow r, Suppressor k)
    {
        var i = r.Indicator;
        var hide = i.Code is "incidents" or "incidents_in_window" && k.Suppresses(i.Baseline);
        var indicator = new PlanIndicatorResponse(i.Code, k.Text(i.Description), i.TargetKind, i.TargetId, i.CategoryGroup, i.Window, hide ? null : i.Baseline, hide,
            i.BaselineFrom, i.BaselineTo, i.GoalChange);
        return new PlanRowResponse(r.Id, r.Position, r.TargetKind, r.TargetId, r.CategoryGroup, r.ProblemRank, k.Text(r.Problem), k.Text(r.Cause), r.CauseCode,
            r.MeasureId, r.Measure, r.MatchReason, r.MatchScore, r.Kind, r.Work, r.Horizon, k.Text(r.Goal), indicator, r.Actors, r.Responsible, r.Deadline,
            r.ReviewDate, r.Status, r.FollowUpStatus, r.Notes, r.Version, r.UpdatedAt, r.UpdatedBy);
    }
}
