using System.Net;
using Geo.Api.Tests.Runs;
using Geo.Core.Domain;
using Geo.Planning.Plans;
using Microsoft.Extensions.DependencyInjection;

namespace Geo.Api.Tests.Plans;

/// <summary>
/// The plans of a run, one plan, its history and PATCH of a row: answers equal <see cref="PlanService"/>; an edit changes
/// the row and adds history with the caller's key name; partners get 403; bad input is a problem naming it.
/// </summary>
[Collection("api")]
public sealed class PlansApiTests(ApiFixture fixture)
{
    private PlanService Plans => fixture.Services.GetRequiredService<PlanService>();

    [Fact]
    public async Task Plans_of_a_run_and_a_plan_equal_the_plan_service_and_partners_get_none()
    {
        foreach (var url in new[] { $"/api/runs/{fixture.RunId}/plans", $"/api/plans/{fixture.PlanId}", $"/api/plans/{fixture.PlanId}/history" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await fixture.GetAsync(Roles.Partner, url)).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.GetAsync(null, url)).StatusCode);
        }
        var expected = await Plans.ShowAsync(fixture.PlanId);
        var list = await ApiResponses.JsonAsync(await fixture.GetAsync(Roles.Coordinator, $"/api/runs/{fixture.RunId}/plans"));
        var listed = Assert.Single(list.EnumerateArray(), p => p.GetProperty("id").GetInt64() == fixture.PlanId);
        Assert.All(list.EnumerateArray(), p => Assert.Equal(fixture.RunId, p.GetProperty("runId").GetInt64()));
        Assert.Equal(expected.Rows.Count, listed.GetProperty("rows").GetArrayLength());

        var plan = await ApiResponses.JsonAsync(await fixture.GetAsync(Roles.Analyst, $"/api/plans/{fixture.PlanId}"));
        Assert.Equal(expected.Title, plan.GetProperty("title").GetString());
        Assert.Equal(expected.RunId, plan.GetProperty("runId").GetInt64());
        var rows = plan.GetProperty("rows");
        Assert.Equal(expected.Rows.Count, rows.GetArrayLength());
        for (var i = 0; i < expected.Rows.Count; i++)
        {
            Assert.Equal(expected.Rows[i].Id, rows[i].GetProperty("id").GetInt64());
            Assert.Equal(expected.Rows[i].Measure, rows[i].GetProperty("measure").GetString());
            Assert.Equal(expected.Rows[i].Problem, rows[i].GetProperty("problem").GetString());
            Assert.Equal(expected.Rows[i].Indicator.Baseline, rows[i].GetProperty("indicator").GetProperty("baseline").GetDouble(), 12);
        }

        await ApiResponses.ProblemAsync(await fixture.GetAsync(Roles.Coordinator, "/api/plans/987654321"), HttpStatusCode.NotFound, "987654321");
        await ApiResponses.ProblemAsync(await fixture.GetAsync(Roles.Coordinator, "/api/plans/987654321/history"), HttpStatusCode.NotFound, "987654321");
        await ApiResponses.ProblemAsync(await fixture.GetAsync(Roles.Coordinator, "/api/runs/987654321/plans"), HttpStatusCode.NotFound, "987654321");
        await ApiResponses.ProblemAsync(await fixture.GetAsync(Roles.Coordinator, "/api/plans/x%27--"), HttpStatusCode.BadRequest, "planId");
    }

    [Fact]
    public async Task Patching_a_row_changes_it_and_keeps_the_history_with_the_callers_name()
    {
        var before = await Plans.ShowAsync(fixture.EarlierPlanId);
        var row = before.Rows[0];
        var url = $"/api/plans/{fixture.EarlierPlanId}/rows/{row.Id}";
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.SendAsync(Roles.Partner, HttpMethod.Patch, url, new { status = "adopted" })).StatusCode);

        var status = row.Status == "in_progress" ? "done" : "in_progress";
        var body = await ApiResponses.JsonAsync(await fixture.SendAsync(Roles.Coordinator, HttpMethod.Patch, url,
            new { status, responsible = "Fältgruppen", deadline = "2026-06-30", notes = "API-test" }));
        Assert.Equal(status, body.GetProperty("status").GetString());
        Assert.Equal("2026-06-30", body.GetProperty("deadline").GetString());
        Assert.Equal(row.Version + 1, body.GetProperty("version").GetInt32());

        var after = (await Plans.ShowAsync(fixture.EarlierPlanId)).Rows.Single(r => r.Id == row.Id);
        Assert.Equal(status, after.Status);
        Assert.Equal("Fältgruppen", after.Responsible);
        Assert.Equal(new DateOnly(2026, 6, 30), after.Deadline);
        Assert.Equal("API-test", after.Notes);
        Assert.Equal("test coordinator", after.UpdatedBy);
        var history = await Plans.HistoryAsync(fixture.EarlierPlanId);
        var edit = history.Where(e => e.RowId == row.Id && e.Version == after.Version).ToList();
        Assert.Contains(edit, e => e.Field == "status" && e.OldValue == row.Status && e.NewValue == status && e.ChangedBy == "test coordinator");
        Assert.Contains(edit, e => e.Field == "notes" && e.NewValue == "API-test");

        var served = await ApiResponses.JsonAsync(await fixture.GetAsync(Roles.Coordinator, $"/api/plans/{fixture.EarlierPlanId}/history"));
        Assert.Equal(history.Count, served.GetArrayLength());
        Assert.Contains(served.EnumerateArray(), e => e.GetProperty("rowId").GetInt64() == row.Id && e.GetProperty("field").GetString() == "status"
                                                      && e.GetProperty("newValue").GetString() == status && e.GetProperty("changedBy").GetString() == "test coordinator");

        await ApiResponses.ProblemAsync(await fixture.SendAsync(Roles.Coordinator, HttpMethod.Patch, url, new { status = "finished" }),
            HttpStatusCode.BadRequest, "status 'finished'", "proposed, adopted, in_progress, done, rejected");
        await ApiResponses.ProblemAsync(await fixture.SendAsync(Roles.Coordinator, HttpMethod.Patch, url, new { deadline = "30/06/2026" }),
            HttpStatusCode.BadRequest, "deadline '30/06/2026'");
        await ApiResponses.ProblemAsync(await fixture.SendAsync(Roles.Coordinator, HttpMethod.Patch, url, new { }), HttpStatusCode.BadRequest, "nothing to change");
        await ApiResponses.ProblemAsync(await fixture.SendAsync(Roles.Coordinator, HttpMethod.Patch, $"/api/plans/{fixture.EarlierPlanId}/rows/987654321", new { status = "done" }),
            HttpStatusCode.NotFound, "row 987654321");
        await ApiResponses.ProblemAsync(await fixture.SendAsync(Roles.Coordinator, HttpMethod.Patch, $"/api/plans/987654321/rows/{row.Id}", new { status = "done" }),
            HttpStatusCode.NotFound, "plan 987654321");
        var unchanged = (await Plans.ShowAsync(fixture.EarlierPlanId)).Rows.Single(r => r.Id == row.Id);
        Assert.Equal(after.Version, unchanged.Version);
    }
}
