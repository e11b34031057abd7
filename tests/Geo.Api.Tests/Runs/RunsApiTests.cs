using System.Globalization;
using System.Net;
using Geo.Core.Domain;
using Geo.Planning.Runs;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Geo.Api.Tests.Runs;

/// <summary>
/// GET /api/runs[/{runId}], compare, the incident points (analyst only, JSON and CSV) and a run made through POST
/// /api/runs and followed through GET /api/jobs/{jobId}: answers equal the application layer or SQL; roles and bad input.
/// </summary>
[Collection("api")]
public sealed class RunsApiTests(ApiFixture fixture)
{
    private RunsService Runs => fixture.Services.GetRequiredService<RunsService>();

    [Fact]
    public async Task The_runs_list_equals_the_run_service_for_every_role()
    {
        var expected = await Runs.ListAsync(ApiFixture.StudyArea);
        foreach (var role in Roles.All)
        {
            var list = await ApiResponses.JsonAsync(await fixture.GetAsync(role, $"/api/runs?studyArea={ApiFixture.StudyArea}"));
            // Runs made meanwhile by other tests are newer: the stored ones are a suffix, in the same order.
            var ids = list.EnumerateArray().Select(r => r.GetProperty("id").GetInt64()).ToList();
            Assert.Equal(expected.Select(r => r.Id), ids.Skip(ids.Count - expected.Count));
        }
        var all = await ApiResponses.JsonAsync(await fixture.GetAsync(Roles.Partner, "/api/runs"));
        var run = Assert.Single(all.EnumerateArray(), r => r.GetProperty("id").GetInt64() == fixture.EarlierRunId);
        Assert.Equal("2024-01-01", run.GetProperty("periodFrom").GetString());
        Assert.Equal("2024-12-31", run.GetProperty("periodTo").GetString());
        Assert.Equal(ApiFixture.StudyArea, run.GetProperty("studyArea").GetString());
        Assert.Equal("completed", run.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.GetAsync(null, "/api/runs")).StatusCode);
        await ApiResponses.ProblemAsync(await fixture.GetAsync(Roles.Partner, "/api/runs?studyArea=x%27y"), HttpStatusCode.NotFound, "x'y");
    }

    [Fact]
    public async Task A_run_has_its_bbox_groups_and_notices_in_the_language_asked_for()
    {
        var details = await Runs.ShowAsync(fixture.RunId);
        var sv = await ApiResponses.JsonAsync(await fixture.GetAsync(Roles.Partner, $"/api/runs/{fixture.RunId}"));
        var en = await ApiResponses.JsonAsync(await fixture.GetAsync(Roles.Partner, $"/api/runs/{fixture.RunId}?lang=en"));
        Assert.Equal(details.Hotspots.Count, sv.GetProperty("hotspots").GetInt32());
        Assert.Equal(details.Run.PeriodFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), sv.GetProperty("periodFrom").GetString());
        Assert.Equal(4, sv.GetProperty("bbox").GetArrayLength());
        var groups = sv.GetProperty("groups").EnumerateArray().Select(g => g.GetString()!).ToList();
        Assert.Equal("total", groups[0]);
        await using (var data = NpgsqlDataSource.Create(fixture.ConnectionString))
        await using (var cmd = data.CreateCommand("SELECT count(DISTINCT category_group) FROM run_area_indicator WHERE run_id = $1"))
        {
            cmd.Parameters.Add(new NpgsqlParameter { Value = fixture.RunId });
            Assert.Equal(Convert.ToInt64(await cmd.ExecuteScalarAsync(), CultureInfo.InvariantCulture), groups.Count);
        }
        Assert.Equal("Totalt", sv.GetProperty("groupLabels").GetProperty("total").GetString());
        Assert.Equal("Total", en.GetProperty("groupLabels").GetProperty("total").GetString());
        var notices = RunsService.Notices(details.Run);
        var period = notices.Single(n => n.Code == "period");
        Assert.Contains(sv.GetProperty("notices").EnumerateArray(), n => n.GetProperty("code").GetString() == "period" && n.GetProperty("text").GetString() == period.TextSv);
        Assert.Contains(en.GetProperty("notices").EnumerateArray(), n => n.GetProperty("code").GetString() == "period" && n.GetProperty("text").GetString() == period.TextEn);

        await ApiResponses.ProblemAsync(await fixture.GetAsync(Roles.Partner, $"/api/runs/{fixture.RunId}?lang=de"), HttpStatusCode.BadRequest, "lang 'de'");
        await ApiResponses.ProblemAsync(await fixture.GetAsync(Roles.Partner, "/api/runs/987654321"), HttpStatusCode.NotFound, "987654321");
        await ApiResponses.ProblemAsync(await fixture.GetAsync(Roles.Partner, "/api/runs/1%3B%20DROP%20TABLE%20incident"), HttpStatusCode.BadRequest, "runId");
    }

    [Fact]
    public async Task Compare_is_the_run_service_comparison_with_small_counts_suppressed_for_coordinators()
    {
        var url = $"/api/runs/{fixture.EarlierRunId}/compare/{fixture.RunId}";
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.GetAsync(Roles.Partner, url)).StatusCode);
        var expected = await Runs.CompareAsync(fixture.EarlierRunId, fixture.RunId);
        var analyst = await ApiResponses.JsonAsync(await fixture.GetAsync(Roles.Analyst, url + "?lang=en"));
        var coordinator = await ApiResponses.JsonAsync(await fixture.GetAsync(Roles.Coordinator, url));
        Assert.Equal(expected.Moved.Count, analyst.GetProperty("moved").GetArrayLength());
        Assert.Equal(expected.Entered.Count, analyst.GetProperty("entered").GetArrayLength());
        Assert.Equal(expected.Parameters.Count, analyst.GetProperty("parameters").GetArrayLength());
        Assert.Equal(expected.HotspotsB, analyst.GetProperty("hotspotsB").GetInt32());
        if (expected.Stayed.Count > 0)
            Assert.Equal(expected.Stayed[0].ReasonsEn, analyst.GetProperty("stayed")[0].GetProperty("reasons").EnumerateArray().Select(r => r.GetString()).ToArray());
        for (var i = 0; i < expected.Moved.Count; i++)
        {
            var m = expected.Moved[i];
            var a = analyst.GetProperty("moved")[i];
            var c = coordinator.GetProperty("moved")[i];
            Assert.Equal(m.IncidentsA, a.GetProperty("incidentsA").GetInt32());
            Assert.False(a.GetProperty("suppressed").GetBoolean());
            var small = m.IncidentsA is > 0 and < 5 || m.IncidentsB is > 0 and < 5;
            Assert.Equal(small, c.GetProperty("suppressed").GetBoolean());
            if (small) Assert.Equal(System.Text.Json.JsonValueKind.Null, c.GetProperty("rateRatio").ValueKind);
            else if (double.IsFinite(m.RateRatio)) Assert.Equal(m.RateRatio, c.GetProperty("rateRatio").GetDouble(), 12);
            if (!double.IsFinite(m.Upper)) Assert.Equal(System.Text.Json.JsonValueKind.Null, a.GetProperty("upper").ValueKind);
        }
        await ApiResponses.ProblemAsync(await fixture.GetAsync(Roles.Coordinator, $"/api/runs/{fixture.RunId}/compare/987654321"), HttpStatusCode.NotFound, "987654321");
        await ApiResponses.ProblemAsync(await fixture.GetAsync(Roles.Coordinator, $"{url}?top=0"), HttpStatusCode.BadRequest, "top");
        await ApiResponses.ProblemAsync(await fixture.GetAsync(Roles.Coordinator, $"/api/runs/{fixture.RunId}/compare/abc"), HttpStatusCode.BadRequest, "otherRunId", "abc");
    }

    [Fact]
    public async Task Incident_points_are_for_analysts_only_and_equal_the_incidents_of_the_runs_period()
    {
        var url = $"/api/runs/{fixture.EarlierRunId}/incidents";
        foreach (var role in new[] { Roles.Partner, Roles.Coordinator })
        {
            var json = await fixture.GetAsync(role, url);
            var csv = await fixture.GetAsync(role, url + "?format=csv");
            Assert.Equal(HttpStatusCode.Forbidden, json.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, csv.StatusCode);
            Assert.DoesNotContain("occurredAt", await json.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.DoesNotContain("occurred_at", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.GetAsync(null, url)).StatusCode);

        long expected;
        long withPoint;
        await using (var data = NpgsqlDataSource.Create(fixture.ConnectionString))
        await using (var cmd = data.CreateCommand(
            "SELECT count(*), count(geom) FROM incident i JOIN study_area s ON s.code = i.study_area_code " +
            "WHERE i.study_area_code = $1 AND (i.occurred_at AT TIME ZONE s.time_zone)::date BETWEEN '2024-01-01' AND '2024-12-31'"))
        {
            cmd.Parameters.Add(new NpgsqlParameter { Value = ApiFixture.StudyArea });
            await using var r = await cmd.ExecuteReaderAsync();
            await r.ReadAsync();
            (expected, withPoint) = (r.GetInt64(0), r.GetInt64(1));
        }
        Assert.True(expected > 100);
        var points = await ApiResponses.JsonAsync(await fixture.GetAsync(Roles.Analyst, url));
        Assert.Equal(expected, points.GetArrayLength());
        Assert.Equal(withPoint, points.EnumerateArray().Count(p => p.GetProperty("lon").ValueKind == System.Text.Json.JsonValueKind.Number));
        var p0 = points.EnumerateArray().First(p => p.GetProperty("lon").ValueKind == System.Text.Json.JsonValueKind.Number);
        Assert.InRange(p0.GetProperty("lon").GetDouble(), 10, 25);
        Assert.InRange(p0.GetProperty("lat").GetDouble(), 55, 70);
        Assert.Contains(p0.GetProperty("timePrecision").GetString(), new[] { "minute", "hour", "day", "month", "year" });
        Assert.False(string.IsNullOrEmpty(p0.GetProperty("category").GetString()));

        var csvResponse = await fixture.GetAsync(Roles.Analyst, url + "?format=csv");
        Assert.Equal(HttpStatusCode.OK, csvResponse.StatusCode);
        Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType?.MediaType);
        var lines = (await csvResponse.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,category,occurred_at,lon,lat,time_precision,location_precision", lines[0]);
        Assert.Equal(expected, lines.Length - 1);
        Assert.StartsWith(p0.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture) + ",", lines.Skip(1).First(l => l.Split(',')[3].Length > 0), StringComparison.Ordinal);

        await ApiResponses.ProblemAsync(await fixture.GetAsync(Roles.Analyst, url + "?format=xml"), HttpStatusCode.BadRequest, "format 'xml'");
        await ApiResponses.ProblemAsync(await fixture.GetAsync(Roles.Analyst, "/api/runs/987654321/incidents"), HttpStatusCode.NotFound, "987654321");
    }

    [Fact]
    public async Task A_run_posted_is_checked_first_then_made_in_the_background_and_listed()
    {
        await ApiResponses.ProblemAsync(await fixture.SendAsync(Roles.Coordinator, HttpMethod.Post, "/api/runs",
            new { studyArea = ApiFixture.StudyArea, from = "2025-03-31", to = "2025-03-01" }), HttpStatusCode.BadRequest, "to 2025-03-01 is before from 2025-03-31");
        await ApiResponses.ProblemAsync(await fixture.SendAsync(Roles.Coordinator, HttpMethod.Post, "/api/runs",
            new { studyArea = "no-such" }), HttpStatusCode.BadRequest, "studyArea", "no-such");
        await ApiResponses.ProblemAsync(await fixture.SendAsync(Roles.Coordinator, HttpMethod.Post, "/api/runs",
            new { studyArea = ApiFixture.StudyArea, categories = new[] { "violense" } }), HttpStatusCode.BadRequest, "categories", "violense", "violence");
        await ApiResponses.ProblemAsync(await fixture.SendAsync(Roles.Coordinator, HttpMethod.Post, "/api/runs",
            new { studyArea = ApiFixture.StudyArea, from = "2025-3-1", to = "2025-03-31" }), HttpStatusCode.BadRequest, "from '2025-3-1'");
        await ApiResponses.ProblemAsync(await fixture.SendAsync(Roles.Coordinator, HttpMethod.Post, "/api/runs",
            new { studyArea = ApiFixture.StudyArea, areaSet = "nope" }), HttpStatusCode.BadRequest, "area set 'nope'");
        await ApiResponses.ProblemAsync(await fixture.SendAsync(Roles.Coordinator, HttpMethod.Post, "/api/runs",
            new { studyArea = ApiFixture.StudyArea, cellSize = -5 }), HttpStatusCode.BadRequest, "cellSize");
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.SendAsync(Roles.Partner, HttpMethod.Post, "/api/runs", new { studyArea = ApiFixture.StudyArea })).StatusCode);

        var started = await fixture.SendAsync(Roles.Coordinator, HttpMethod.Post, "/api/runs",
            new { studyArea = ApiFixture.StudyArea, from = "2025-03-01", to = "2025-03-31", categories = new[] { "violence", "theft" }, label = "api test" });
        var job = await ApiResponses.JsonAsync(started, HttpStatusCode.Accepted);
        var jobId = job.GetProperty("jobId").GetString()!;
        Assert.Equal($"/api/jobs/{jobId}", job.GetProperty("statusUrl").GetString());
        Assert.Equal($"/api/jobs/{jobId}", started.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.GetAsync(Roles.Partner, $"/api/jobs/{jobId}")).StatusCode);

        System.Text.Json.JsonElement status;
        var polls = 0;
        do
        {
            await Task.Delay(250);
            status = await ApiResponses.JsonAsync(await fixture.GetAsync(Roles.Coordinator, $"/api/jobs/{jobId}"));
        }
        while (status.GetProperty("status").GetString() == "running" && ++polls < 2400);
        Assert.True(status.GetProperty("status").GetString() == "completed", status.ToString());
        var steps = status.GetProperty("steps").EnumerateArray().Select(s => s.GetString()).ToList();
        Assert.Contains("resolve", steps);
        Assert.Contains("store", steps);
        var runId = status.GetProperty("runId").GetInt64();

        var run = await Runs.FindAsync(runId);
        Assert.NotNull(run);
        Assert.Equal(new DateOnly(2025, 3, 1), run.PeriodFrom);
        Assert.Equal("api test", run.Label);
        Assert.Equal("test coordinator", run.CreatedBy);
        Assert.Contains("violence.assault", run.Categories);
        Assert.DoesNotContain(run.Categories, c => c.StartsWith("vandalism", StringComparison.Ordinal));
        var list = await ApiResponses.JsonAsync(await fixture.GetAsync(Roles.Partner, $"/api/runs?studyArea={ApiFixture.StudyArea}"));
        var listed = Assert.Single(list.EnumerateArray(), r => r.GetProperty("id").GetInt64() == runId);
        Assert.Equal("completed", listed.GetProperty("status").GetString());
        Assert.Equal("2025-03-31", listed.GetProperty("periodTo").GetString());

        await ApiResponses.ProblemAsync(await fixture.GetAsync(Roles.Coordinator, "/api/jobs/no-such-job"), HttpStatusCode.NotFound, "no-such-job");
    }
}
