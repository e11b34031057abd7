using System.Globalization;
using System.Net;
using System.Text.Json;
using Geo.Core.Domain;
using Geo.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Geo.Api.Tests.Areas;

/// <summary>GET /api/runs/{runId}/areas and /areas/{areaCode}: the stored values, the bboxes, suppression and roles.</summary>
[Collection("api")]
public sealed class AreasTests(ApiFixture fixture)
{
    private string Url(string tail = "") => $"/api/runs/{fixture.RunId}/areas{tail}";

    [Fact]
    public async Task Every_area_row_has_the_stored_rate_and_incidents()
    {
        var rows = await MapJson.GetAsync(fixture, Roles.Analyst, Url("?group=total"));
        var stored = (await MapJson.SqlAsync(fixture,
                "SELECT area_code, incidents, rate_per_1000, area_name FROM run_area_indicator WHERE run_id = $1 AND category_group = 'total' AND NOT is_reference ORDER BY area_code",
                fixture.RunId))
            .ToDictionary(r => (string)r[0]!);
        Assert.True(stored.Count > 10);
        Assert.Equal(stored.Count, rows.GetArrayLength());
        foreach (var row in rows.EnumerateArray())
        {
            var s = stored[row.GetProperty("code").GetString()!];
            Assert.Equal((int)s[1]!, row.GetProperty("incidents").GetInt32());
            Assert.Equal((double)s[2]!, row.GetProperty("ratePer1000").GetDouble(), 9);
            Assert.Equal((string)s[3]!, row.GetProperty("name").GetString());
            Assert.Equal("total", row.GetProperty("group").GetString());
        }
    }

    [Fact]
    public async Task The_bbox_is_the_areas_extent_in_wgs84_as_postgis_transforms_it()
    {
        var rows = await MapJson.GetAsync(fixture, Roles.Partner, Url());
        var stored = (await MapJson.SqlAsync(fixture,
                """
                SELECT area_code, ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e)
                FROM (SELECT area_code, ST_Transform(geom, 4326)::box2d AS e FROM run_area_indicator
                      WHERE run_id = $1 AND category_group = 'total' AND NOT is_reference) x
                """, fixture.RunId))
            .ToDictionary(r => (string)r[0]!);
        foreach (var row in rows.EnumerateArray())
        {
            var s = stored[row.GetProperty("code").GetString()!];
            var bbox = row.GetProperty("bbox").EnumerateArray().Select(x => x.GetDouble()).ToArray();
            Assert.Equal(4, bbox.Length);
            for (var i = 0; i < 4; i++) Assert.Equal((double)s[i + 1]!, bbox[i], 1e-5);
            Assert.True(bbox[0] < bbox[2] && bbox[1] < bbox[3]);
        }
    }

    [Fact]
    public async Task The_area_list_of_a_group_carries_the_groups_priority_for_a_coordinator_only()
    {
        var runs = fixture.Services.GetRequiredService<RunStore>();
        var top = (await runs.PrioritiesAsync(fixture.RunId)).Where(p => p.TargetKind == "area").MinBy(p => p.Rank)!;
        var coordinator = await MapJson.GetAsync(fixture, Roles.Coordinator, Url($"?group={top.CategoryGroup}"));
        var row = coordinator.EnumerateArray().Single(r => r.GetProperty("code").GetString() == top.TargetId);
        Assert.Equal(top.Rank, row.GetProperty("priorityRank").GetInt32());
        Assert.Equal(top.Score, row.GetProperty("priorityScore").GetDouble(), 9);
        // For the group total (which the run does not rank) the area's best-ranked problem.
        var total = (await MapJson.GetAsync(fixture, Roles.Coordinator, Url())).EnumerateArray().Single(r => r.GetProperty("code").GetString() == top.TargetId);
        Assert.Equal(top.Rank, total.GetProperty("priorityRank").GetInt32());
        var partner = await MapJson.GetAsync(fixture, Roles.Partner, Url($"?group={top.CategoryGroup}"));
        Assert.All(partner.EnumerateArray(), r => Assert.Equal(JsonValueKind.Null, r.GetProperty("priorityRank").ValueKind));
    }

    [Fact]
    public async Task The_detail_has_the_stored_monthly_and_hour_weekday_counts_and_every_group()
    {
        var runs = fixture.Services.GetRequiredService<RunStore>();
        var run = (await runs.GetAsync(fixture.RunId))!;
        var rows = await runs.AreaIndicatorsAsync(fixture.RunId);
        var area = rows.Where(r => !r.IsReference && r.CategoryGroup == "total").OrderByDescending(r => r.Incidents).First();
        var detail = await MapJson.GetAsync(fixture, Roles.Analyst, Url($"/{area.AreaCode}"));
        Assert.Equal(area.AreaCode, detail.GetProperty("code").GetString());
        Assert.Equal(area.Population, detail.GetProperty("population").GetInt32());
        Assert.Equal(run.PeriodFrom.ToString("yyyy-MM", CultureInfo.InvariantCulture), detail.GetProperty("monthly").GetProperty("from").GetString());
        Assert.Equal(area.MonthlyCounts!, detail.GetProperty("monthly").GetProperty("counts").EnumerateArray().Select(x => x.GetInt32()));
        var hours = detail.GetProperty("hourWeekday").EnumerateArray().Select(x => x.GetInt32()).ToArray();
        Assert.Equal(168, hours.Length);
        Assert.Equal(area.HourWeekday!, hours);
        var groups = rows.Where(r => r.AreaCode == area.AreaCode).Select(r => r.CategoryGroup).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(groups, detail.GetProperty("indicators").EnumerateArray().Select(r => r.GetProperty("group").GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal("total", detail.GetProperty("indicators")[0].GetProperty("group").GetString());
    }

    [Fact]
    public async Task The_detail_of_the_top_area_has_its_reasons_in_the_language_and_its_plan_rows_for_a_coordinator_only()
    {
        var runs = fixture.Services.GetRequiredService<RunStore>();
        var top = (await runs.PrioritiesAsync(fixture.RunId)).Where(p => p.TargetKind == "area").MinBy(p => p.Rank)!;
        var sv = await MapJson.GetAsync(fixture, Roles.Coordinator, Url($"/{top.TargetId}?group={top.CategoryGroup}"));
        var en = await MapJson.GetAsync(fixture, Roles.Coordinator, Url($"/{top.TargetId}?group={top.CategoryGroup}&lang=en"));
        Assert.Equal(top.Rank, sv.GetProperty("priority").GetProperty("rank").GetInt32());
        Assert.Equal(top.ReasonsSv, sv.GetProperty("priority").GetProperty("reasons").EnumerateArray().Select(x => x.GetString()!));
        Assert.Equal(top.ReasonsEn, en.GetProperty("priority").GetProperty("reasons").EnumerateArray().Select(x => x.GetString()!));
        Assert.NotEqual(top.ReasonsSv, top.ReasonsEn);
        var planRows = sv.GetProperty("planRows");
        Assert.True(planRows.GetArrayLength() > 0, "the plan of the run (top 2) has rows for the top area");
        var stored = await MapJson.SqlAsync(fixture,
            "SELECT r.plan_id, r.row_id FROM plan_row r JOIN plan p ON p.id = r.plan_id WHERE p.run_id = $1 AND r.target_kind = 'area' AND r.target_id = $2 ORDER BY 1, 2",
            fixture.RunId, top.TargetId);
        Assert.Equal(stored.Select(r => ((long)r[0]!, (long)r[1]!)),
            planRows.EnumerateArray().Select(r => (r.GetProperty("planId").GetInt64(), r.GetProperty("rowId").GetInt64())).Order());

        var partner = await MapJson.GetAsync(fixture, Roles.Partner, Url($"/{top.TargetId}?group={top.CategoryGroup}"));
        Assert.Equal(JsonValueKind.Null, partner.GetProperty("priority").ValueKind);
        Assert.Equal(0, partner.GetProperty("planRows").GetArrayLength());
    }

    [Fact]
    public async Task A_coordinator_or_partner_never_sees_a_count_from_1_to_4_in_any_area_while_the_analyst_does()
    {
        var runs = fixture.Services.GetRequiredService<RunStore>();
        var rows = await runs.AreaIndicatorsAsync(fixture.RunId);
        var codes = rows.Where(r => !r.IsReference).Select(r => r.AreaCode).Distinct().ToList();
        var groups = rows.Select(r => r.CategoryGroup).Distinct().ToList();
        var analystSmall = 0;
        foreach (var role in new[] { Roles.Coordinator, Roles.Partner, Roles.Analyst })
        {
            var found = new List<string>();
            foreach (var g in groups)
                found.AddRange(MapJson.SmallCounts(await MapJson.GetAsync(fixture, role, Url($"?group={g}"))).Select(f => $"areas?group={g} {f}"));
            foreach (var code in codes)
            {
                var group = rows.FirstOrDefault(r => r.AreaCode == code && r.Incidents is > 0 and < 5)?.CategoryGroup ?? "total";
                found.AddRange(MapJson.SmallCounts(await MapJson.GetAsync(fixture, role, Url($"/{code}?group={group}"))).Select(f => $"{code} {f}"));
            }
            if (role == Roles.Analyst) analystSmall = found.Count;
            else Assert.True(found.Count == 0, $"{role} sees small counts: {string.Join("; ", found.Take(10))}");
        }
        Assert.True(analystSmall > 0, "the sample has small counts, which the analyst sees");
    }

    [Fact]
    public async Task Suppressed_rows_hide_their_rates_for_a_partner()
    {
        var small = (await MapJson.SqlAsync(fixture,
            "SELECT area_code, category_group FROM run_area_indicator WHERE run_id = $1 AND NOT is_reference AND incidents BETWEEN 1 AND 4 ORDER BY 1, 2 LIMIT 1",
            fixture.RunId)).Single();
        var rows = await MapJson.GetAsync(fixture, Roles.Partner, Url($"?group={small[1]}"));
        var row = rows.EnumerateArray().Single(r => r.GetProperty("code").GetString() == (string)small[0]!);
        Assert.True(row.GetProperty("suppressed").GetBoolean());
        foreach (var name in new[] { "incidents", "ratePer1000", "rateEbPer1000", "rateRatio", "changeClass", "trendPercentPerYear", "trendClass" })
            Assert.Equal(JsonValueKind.Null, row.GetProperty(name).ValueKind);
        var analyst = (await MapJson.GetAsync(fixture, Roles.Analyst, Url($"?group={small[1]}"))).EnumerateArray()
            .Single(r => r.GetProperty("code").GetString() == (string)small[0]!);
        Assert.False(analyst.GetProperty("suppressed").GetBoolean());
        Assert.InRange(analyst.GetProperty("incidents").GetInt32(), 1, 4);
    }

    [Fact]
    public async Task Unknown_runs_and_areas_are_404_and_bad_values_400()
    {
        await MapJson.ProblemAsync(fixture, Roles.Partner, "/api/runs/987654/areas", HttpStatusCode.NotFound, "987654");
        await MapJson.ProblemAsync(fixture, Roles.Partner, Url("/NOPE"), HttpStatusCode.NotFound, "NOPE");
        await MapJson.ProblemAsync(fixture, Roles.Partner, Url("?group=nogroup"), HttpStatusCode.BadRequest, "nogroup", "total", "violence");
        await MapJson.ProblemAsync(fixture, Roles.Partner, Url("/x?lang=de"), HttpStatusCode.BadRequest, "lang", "sv", "en");
        await MapJson.ProblemAsync(fixture, Roles.Partner, "/api/runs/abc/areas", HttpStatusCode.BadRequest, "runId");
        await MapJson.ProblemAsync(fixture, Roles.Partner, "/api/runs/1' OR '1'='1/areas", HttpStatusCode.BadRequest, "runId");
        using var anonymous = fixture.Client(null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(Url())).StatusCode);
    }
}
