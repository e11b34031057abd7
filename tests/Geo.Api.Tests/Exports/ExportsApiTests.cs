using System.Net;
using System.Text.Json;
using Geo.Api.Tests.Runs;
using Geo.Core.Domain;
using Geo.Planning.Exports;
using Geo.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Geo.Api.Tests.Exports;

/// <summary>
/// GET /api/runs/{runId}/exports/{what} and .../metadata: made for the caller's role (partners refused cells, priorities
/// and the plan with 403 naming what they may export), the coordinator's CSV the same bytes as the application layer's
/// file for the same role (what geo export writes), the formats' media types and file names, bad values answered with
/// the choices, and an audit row per export with its row count.
/// </summary>
[Collection("api")]
public sealed class ExportsApiTests(ApiFixture fixture)
{
    private string Url(string what, string query = "") => $"/api/runs/{fixture.RunId}/exports/{what}{query}";

    [Fact]
    public async Task The_role_check_is_the_same_as_the_commands()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.GetAsync(null, Url("indicators"))).StatusCode);
        foreach (var what in new[] { "cells", "priorities", "plan" })
            await ApiResponses.ProblemAsync(await fixture.GetAsync(Roles.Partner, Url(what)), HttpStatusCode.Forbidden,
                $"may not export {what}", "indicators, hotspots, areas, reference");
        foreach (var what in new[] { "indicators", "hotspots", "areas", "reference" })
            Assert.Equal(HttpStatusCode.OK, (await fixture.GetAsync(Roles.Partner, Url(what))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fixture.GetAsync(Roles.Coordinator, Url("priorities"))).StatusCode);
        await ApiResponses.ProblemAsync(await fixture.GetAsync(Roles.Coordinator, Url("incidents")), HttpStatusCode.NotFound, "incidents", "indicators, hotspots, cells");
        await ApiResponses.ProblemAsync(await fixture.GetAsync(Roles.Coordinator, Url("areas", "?format=shp")), HttpStatusCode.BadRequest, "format 'shp'", "csv, xlsx, geojson, gpkg");
        await ApiResponses.ProblemAsync(await fixture.GetAsync(Roles.Coordinator, Url("areas", "?dialect=excel-fi")), HttpStatusCode.BadRequest, "dialect 'excel-fi'");
        await ApiResponses.ProblemAsync(await fixture.GetAsync(Roles.Coordinator, Url("areas", "?lang=fi")), HttpStatusCode.BadRequest, "lang 'fi'");
        await ApiResponses.ProblemAsync(await fixture.GetAsync(Roles.Coordinator, "/api/runs/987654321/exports/areas"), HttpStatusCode.NotFound, "987654321");
    }

    [Fact]
    public async Task A_coordinators_csv_equals_the_file_geo_export_writes_and_is_audited()
    {
        var response = await fixture.GetAsync(Roles.Coordinator, Url("indicators", "?format=csv"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"geo_run{fixture.RunId}_indicators.csv",
            response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "indicators.csv");
        var result = await fixture.Services.GetRequiredService<ExportService>().WriteFileAsync(
            new ExportRequest(fixture.RunId, "indicators", "csv", Roles.Coordinator), path);
        Assert.Equal(await File.ReadAllBytesAsync(path), bytes);
        Assert.Equal(5, result.Threshold);
        Assert.True(result.SmallCells > 0);

        // The analyst's differs: counts from 1 to 4 shown.
        var analyst = await (await fixture.GetAsync(Roles.Analyst, Url("indicators"))).Content.ReadAsByteArrayAsync();
        Assert.NotEqual(bytes, analyst);
        Assert.Contains("<5", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        Assert.DoesNotContain("<5", System.Text.Encoding.UTF8.GetString(analyst), StringComparison.Ordinal);

        // One audit row per export with its rows (written in the background: poll).
        var deadline = DateTime.UtcNow.AddSeconds(20);
        long count = 0;
        while (DateTime.UtcNow < deadline && (count = await AuditCountAsync(result.Rows)) == 0) await Task.Delay(100);
        Assert.True(count >= 1, "no audit row 'export indicators csv' with the export's rows");
    }

    private Task<long> AuditCountAsync(long rows) => Sql.ScalarAsync<long>(fixture.ConnectionString,
        "SELECT count(*) FROM audit_log WHERE what = 'export indicators csv' AND role = 'coordinator' AND rows = @r AND status = 200 AND path = @p",
        ("r", rows), ("p", $"/api/runs/{fixture.RunId}/exports/indicators"));

    [Fact]
    public async Task Every_format_has_its_media_type_and_the_metadata_route_answers_the_sidecar()
    {
        foreach (var (format, type) in new[] { ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), ("geojson", "application/geo+json"), ("gpkg", "application/geopackage+sqlite3") })
        {
            var r = await fixture.GetAsync(Roles.Partner, Url("areas", $"?format={format}&lang=en"));
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.Equal(type, r.Content.Headers.ContentType?.MediaType);
            Assert.True((await r.Content.ReadAsByteArrayAsync()).Length > 100);
        }
        var meta = await ApiResponses.JsonAsync(await fixture.GetAsync(Roles.Partner, Url("areas", "/metadata?lang=en")));
        Assert.Equal("partner", meta.GetProperty("made_for_role").GetString());
        Assert.Equal(fixture.RunId, meta.GetProperty("run_id").GetInt64());
        Assert.Equal(5, meta.GetProperty("suppression_threshold").GetInt32());
        Assert.Equal(JsonValueKind.Array, meta.GetProperty("sources").ValueKind);
        Assert.Equal(JsonValueKind.Object, meta.GetProperty("parameters").ValueKind);
        await ApiResponses.ProblemAsync(await fixture.GetAsync(Roles.Partner, Url("cells", "/metadata")), HttpStatusCode.Forbidden, "may not export cells");
    }
}
