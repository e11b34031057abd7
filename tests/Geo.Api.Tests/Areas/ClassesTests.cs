using System.Net;
using System.Text.Json;
using Geo.Core.Domain;
using Geo.Planning.Exports.Release;
using Geo.Reporting.Maps;
using Microsoft.Extensions.DependencyInjection;

namespace Geo.Api.Tests.Areas;

/// <summary>GET /api/runs/{runId}/classes: Jenks breaks as the report's ClassBreaks, quantiles and equal intervals as an independent computation, suppression, bad values.</summary>
[Collection("api")]
public sealed class ClassesTests(ApiFixture fixture)
{
    private string Url(string query) => $"/api/runs/{fixture.RunId}/classes{query}";

    /// <summary>The areas' rates (SQL); with <paramref name="suppressSmall"/> without those a partner does not see: a count from 1 to 4, or one the run's recorded release hides (a complement).</summary>
    private async Task<List<double>> RatesAsync(string group, bool suppressSmall)
    {
        if (suppressSmall) await fixture.Services.GetRequiredService<RunReleaseService>().GetAsync(fixture.RunId, Roles.Partner);
        const string hidden = """
             AND NOT incidents BETWEEN 1 AND 4 AND NOT EXISTS (
                SELECT 1 FROM disclosure_release_cell c JOIN analysis_run r ON r.id = c.run_id
                WHERE c.run_id = i.run_id AND c.area_set = r.area_set AND c.area_code = i.area_code AND c.category_group = i.category_group
                  AND c.period_from = r.period_from AND c.period_to = r.period_to AND c.status <> 'published')
            """;
        var rows = await MapJson.SqlAsync(fixture,
            $"SELECT rate_per_1000 FROM run_area_indicator i WHERE run_id = $1 AND category_group = $2 AND NOT is_reference AND rate_per_1000 IS NOT NULL{(suppressSmall ? hidden : "")}",
            fixture.RunId, group);
        return [.. rows.Select(r => (double)r[0]!).Order()];
    }

    private static double[] Numbers(JsonElement e, string name) => [.. e.GetProperty(name).EnumerateArray().Select(x => x.GetDouble())];

    [Fact]
    public async Task The_default_is_five_jenks_classes_equal_to_the_reports_class_breaks_with_a_notice()
    {
        var values = await RatesAsync("total", false);
        var answer = await MapJson.GetAsync(fixture, Roles.Partner, Url(""));
        var expected = ClassBreaks.Jenks(values.Select(v => (double?)v), 5);
        Assert.Equal("ratePer1000", answer.GetProperty("indicator").GetString());
        Assert.Equal("jenks", answer.GetProperty("method").GetString());
        Assert.Equal(5, answer.GetProperty("classes").GetInt32());
        Assert.Equal(expected.Breaks, Numbers(answer, "breaks"));
        var counts = Numbers(answer, "counts");
        Assert.Equal(5, counts.Length);
        Assert.Equal(values.Count, counts.Sum());
        for (var i = 0; i < 5; i++)
            Assert.Equal(values.Count(v => i == 0 ? v <= expected.Breaks[1] : v > expected.Breaks[i] && v <= expected.Breaks[i + 1]), counts[i]);
        Assert.Equal("Standard: 5 klasser, naturliga brytpunkter (Fisher–Jenks).", answer.GetProperty("notice").GetString());
        var en = await MapJson.GetAsync(fixture, Roles.Partner, Url("?lang=en"));
        Assert.Contains("5 classes, natural breaks (Fisher–Jenks)", en.GetProperty("notice").GetString());
    }

    [Fact]
    public async Task Quantile_breaks_are_the_type_7_sample_quantiles()
    {
        var x = await RatesAsync("total", false);
        const int k = 4;
        var answer = await MapJson.GetAsync(fixture, Roles.Partner, Url($"?method=quantile&classes={k}"));
        var breaks = Numbers(answer, "breaks");
        Assert.Equal(k + 1, breaks.Length);
        for (var i = 0; i <= k; i++)
        {
            // R: quantile(x, i / k, type = 7) = x[j] + g (x[j+1] − x[j]) with h = (n − 1) p, j = floor(h), g = h − j.
            var h = (x.Count - 1) * (double)i / k;
            var j = (int)Math.Floor(h);
            var q = j + 1 < x.Count ? x[j] + (h - j) * (x[j + 1] - x[j]) : x[j];
            Assert.Equal(q, breaks[i], 9);
        }
        var equal = await MapJson.GetAsync(fixture, Roles.Partner, Url("?method=equal&classes=3&indicator=rateEbPer1000"));
        Assert.Equal(4, equal.GetProperty("breaks").GetArrayLength());
        var eb = Numbers(equal, "breaks");
        Assert.Equal((eb[3] - eb[0]) / 3, eb[1] - eb[0], 9);
    }

    [Fact]
    public async Task Suppressed_values_are_left_out_for_a_partner_but_not_for_the_analyst()
    {
        var group = (string)(await MapJson.SqlAsync(fixture,
            "SELECT category_group FROM run_area_indicator WHERE run_id = $1 AND NOT is_reference AND incidents BETWEEN 1 AND 4 GROUP BY 1 ORDER BY count(*) DESC LIMIT 1",
            fixture.RunId)).Single()[0]!;
        var visible = await RatesAsync(group, true);
        var all = await RatesAsync(group, false);
        Assert.True(all.Count > visible.Count);
        var partner = await MapJson.GetAsync(fixture, Roles.Partner, Url($"?group={group}&method=equal"));
        var analyst = await MapJson.GetAsync(fixture, Roles.Analyst, Url($"?group={group}&method=equal"));
        Assert.Equal(visible.Count, Numbers(partner, "counts").Sum());
        Assert.Equal(all.Count, Numbers(analyst, "counts").Sum());
        Assert.Equal(visible.Max(), Numbers(partner, "breaks")[^1], 9);
        Assert.Equal(ClassBreaks.EqualIntervals(all.Select(v => (double?)v)).Breaks, Numbers(analyst, "breaks"));
    }

    [Fact]
    public async Task Bad_values_are_400_listing_the_allowed_ones_and_priority_scores_are_not_for_partners()
    {
        await MapJson.ProblemAsync(fixture, Roles.Partner, Url("?indicator=nope"), HttpStatusCode.BadRequest, "ratePer1000", "rateEbPer1000", "rateRatio", "trendPercentPerYear", "priorityScore");
        await MapJson.ProblemAsync(fixture, Roles.Partner, Url("?method=nope"), HttpStatusCode.BadRequest, "quantile", "jenks", "equal");
        await MapJson.ProblemAsync(fixture, Roles.Partner, Url("?classes=1"), HttpStatusCode.BadRequest, "2", "9");
        await MapJson.ProblemAsync(fixture, Roles.Partner, Url("?classes=10"), HttpStatusCode.BadRequest, "2", "9");
        await MapJson.ProblemAsync(fixture, Roles.Partner, Url("?classes=five"), HttpStatusCode.BadRequest, "classes");
        await MapJson.ProblemAsync(fixture, Roles.Partner, Url("?indicator=priorityScore"), HttpStatusCode.Forbidden, "coordinators");
        await MapJson.ProblemAsync(fixture, Roles.Partner, "/api/runs/987654/classes", HttpStatusCode.NotFound, "987654");
        var coordinator = await MapJson.GetAsync(fixture, Roles.Coordinator, Url("?indicator=priorityScore&classes=3"));
        Assert.Equal(3, coordinator.GetProperty("classes").GetInt32());
    }
}
