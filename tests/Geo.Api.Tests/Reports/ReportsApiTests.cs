using System.Net;
using System.Text;
using System.Text.Json;
using Geo.Api.Tests.Runs;
using Geo.Core.Domain;
using Geo.Reporting.Reports;
using Geo.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Geo.Api.Tests.Reports;

/// <summary>
/// GET /api/runs/{runId}/report: HTML and PDF made for the caller's role (a coordinator's report has the small counts
/// suppressed that the analyst's shows), partners get 403, bad input a problem naming it.
/// </summary>
[Collection("api")]
public sealed class ReportsApiTests(ApiFixture fixture)
{
    [Fact]
    public async Task The_html_report_is_made_for_the_callers_role()
    {
        var url = $"/api/runs/{fixture.RunId}/report";
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.GetAsync(Roles.Partner, url)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.GetAsync(null, url)).StatusCode);

        var coordinator = await fixture.GetAsync(Roles.Coordinator, url + "?lang=en");
        var analyst = await fixture.GetAsync(Roles.Analyst, url + "?lang=en");
        Assert.Equal(HttpStatusCode.OK, coordinator.StatusCode);
        Assert.Equal("text/html", coordinator.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"lagesbild-{ApiFixture.StudyArea}-run{fixture.RunId}-en.html", coordinator.Content.Headers.ContentDisposition?.FileNameStar ?? coordinator.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var c = await coordinator.Content.ReadAsStringAsync();
        var a = await analyst.Content.ReadAsStringAsync();

        // The same report made by the application layer as JSON for both roles: the analyst's has counts from 1 to 4 that
        // the coordinator's has suppressed, and the HTML says so in the same way.
        using var dir = new TempDir();
        var reports = fixture.Services.GetRequiredService<ReportService>();
        await reports.WriteAsync(new ReportRequest(fixture.RunId, Path.Combine(dir.Path, "a.json"), "json", "en", ReportRoles.Analyst));
        await reports.WriteAsync(new ReportRequest(fixture.RunId, Path.Combine(dir.Path, "c.json"), "json", "en", ReportRoles.Coordinator));
        var analystJson = await File.ReadAllTextAsync(Path.Combine(dir.Path, "a.json"));
        var coordinatorJson = await File.ReadAllTextAsync(Path.Combine(dir.Path, "c.json"));
        Assert.NotEqual(analystJson, coordinatorJson);
        Assert.Contains("&lt;5", c, StringComparison.Ordinal);
        Assert.DoesNotContain("&lt;5", a, StringComparison.Ordinal);
        using var analystDoc = JsonDocument.Parse(analystJson);
        using var coordinatorDoc = JsonDocument.Parse(coordinatorJson);
        Assert.Equal(5, coordinatorDoc.RootElement.GetProperty("report").GetProperty("header").GetProperty("suppressBelow").GetInt32());
        Assert.Equal(JsonValueKind.Null, analystDoc.RootElement.GetProperty("report").GetProperty("header").GetProperty("suppressBelow").ValueKind);
        // Somewhere the analyst's report has a count from 1 to 4 where the coordinator's has none.
        Assert.True(SuppressedLeaves(analystDoc.RootElement, coordinatorDoc.RootElement) > 0, "no count of 1 to 4 is suppressed in the coordinator's report");

        await ApiResponses.ProblemAsync(await fixture.GetAsync(Roles.Coordinator, url + "?format=docx"), HttpStatusCode.BadRequest, "format 'docx'");
        await ApiResponses.ProblemAsync(await fixture.GetAsync(Roles.Coordinator, url + "?lang=fi"), HttpStatusCode.BadRequest, "lang 'fi'");
        await ApiResponses.ProblemAsync(await fixture.GetAsync(Roles.Coordinator, url + "?planId=987654321"), HttpStatusCode.NotFound, "plan 987654321");
        await ApiResponses.ProblemAsync(await fixture.GetAsync(Roles.Coordinator, "/api/runs/987654321/report"), HttpStatusCode.NotFound, "987654321");
    }

    [Fact]
    public async Task The_pdf_report_is_a_pdf_with_the_runs_plan()
    {
        var response = await fixture.GetAsync(Roles.Coordinator, $"/api/runs/{fixture.RunId}/report?format=pdf&planId={fixture.PlanId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.EndsWith(".pdf", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        // The temporary file is gone once the answer has been sent.
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(fixture.Home, "reports", "api"), "*.pdf"));
    }

    /// <summary>Leaves where <paramref name="analyst"/> has a whole number from 1 to 4 and <paramref name="coordinator"/> null.</summary>
    private static int SuppressedLeaves(JsonElement analyst, JsonElement coordinator)
    {
        switch (analyst.ValueKind)
        {
            case JsonValueKind.Object when coordinator.ValueKind == JsonValueKind.Object:
                return analyst.EnumerateObject().Sum(p => coordinator.TryGetProperty(p.Name, out var c) ? SuppressedLeaves(p.Value, c) : 0);
            case JsonValueKind.Array when coordinator.ValueKind == JsonValueKind.Array && analyst.GetArrayLength() == coordinator.GetArrayLength():
                return Enumerable.Range(0, analyst.GetArrayLength()).Sum(i => SuppressedLeaves(analyst[i], coordinator[i]));
            case JsonValueKind.Number when coordinator.ValueKind == JsonValueKind.Null:
                return analyst.TryGetInt32(out var n) && n is >= 1 and <= 4 ? 1 : 0;
            default:
                return 0;
        }
    }
}
