using System.Globalization;
using System.Net;
using Geo.Api.Tests.Areas;
using Geo.Core.Domain;
using Geo.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Geo.Api.Tests.Priorities;

/// <summary>GET /api/runs/{runId}/priorities: the stored ranking with names and bboxes, roles, languages and bad values.</summary>
[Collection("api")]
public sealed class PrioritiesTests(ApiFixture fixture)
{
    private string Url(string query = "") => $"/api/runs/{fixture.RunId}/priorities{query}";

    [Theory]
    [InlineData("area")]
    [InlineData("hotspot")]
    public async Task The_list_is_the_stored_ranking_in_rank_order(string kind)
    {
        var stored = (await fixture.Services.GetRequiredService<RunStore>().PrioritiesAsync(fixture.RunId)).Where(p => p.TargetKind == kind).ToList();
        var list = await MapJson.GetAsync(fixture, Roles.Coordinator, Url($"?kind={kind}&top=1000"));
        Assert.Equal(stored.Count, list.GetArrayLength());
        Assert.Equal(stored.Select(p => (p.Rank, p.TargetId, p.CategoryGroup)),
            list.EnumerateArray().Select(p => (p.GetProperty("rank").GetInt32(), p.GetProperty("targetId").GetString()!, p.GetProperty("group").GetString()!)));
        Assert.Equal(stored.Select(p => p.Score), list.EnumerateArray().Select(p => p.GetProperty("score").GetDouble()));
        Assert.All(list.EnumerateArray(), p => Assert.Equal(kind, p.GetProperty("kind").GetString()));
        Assert.All(list.EnumerateArray(), p => Assert.Equal(4, p.GetProperty("bbox").GetArrayLength()));
        Assert.Empty(MapJson.SmallCounts(list));
    }

    [Fact]
    public async Task Names_are_the_area_name_or_the_hotspot_in_the_language()
    {
        var sv = await MapJson.GetAsync(fixture, Roles.Coordinator, Url());
        var en = await MapJson.GetAsync(fixture, Roles.Analyst, Url("?lang=en&top=3"));
        Assert.Equal(40, sv.GetArrayLength()); // the default top 20 of each kind, areas first
        Assert.Equal("area", sv[0].GetProperty("kind").GetString());
        Assert.Equal("hotspot", sv[20].GetProperty("kind").GetString());
        var area = sv[0];
        var name = (string)(await MapJson.SqlAsync(fixture,
            "SELECT area_name FROM run_area_indicator WHERE run_id = $1 AND area_code = $2 AND category_group = 'total'",
            fixture.RunId, area.GetProperty("targetId").GetString()!)).Single()[0]!;
        Assert.Equal(name, area.GetProperty("name").GetString());
        Assert.Equal("Hot spot " + sv[20].GetProperty("targetId").GetString(), sv[20].GetProperty("name").GetString());
        var hot = en.EnumerateArray().First(p => p.GetProperty("kind").GetString() == "hotspot");
        Assert.Equal("Hotspot " + hot.GetProperty("targetId").GetString(), hot.GetProperty("name").GetString());
        var stored = (await fixture.Services.GetRequiredService<RunStore>().PrioritiesAsync(fixture.RunId))
            .Single(p => p.TargetKind == "hotspot" && p.TargetId == hot.GetProperty("targetId").GetString() && p.CategoryGroup == hot.GetProperty("group").GetString());
        Assert.Equal(stored.ReasonsEn, hot.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!));
        Assert.Equal(stored.Rank.ToString(CultureInfo.InvariantCulture), hot.GetProperty("rank").GetRawText());
    }

    [Fact]
    public async Task Partners_get_403_and_bad_values_400()
    {
        await MapJson.ProblemAsync(fixture, Roles.Partner, Url(), HttpStatusCode.Forbidden);
        await MapJson.ProblemAsync(fixture, Roles.Coordinator, Url("?kind=cell"), HttpStatusCode.BadRequest, "area", "hotspot");
        await MapJson.ProblemAsync(fixture, Roles.Coordinator, Url("?top=0"), HttpStatusCode.BadRequest, "top");
        await MapJson.ProblemAsync(fixture, Roles.Coordinator, Url("?top=x"), HttpStatusCode.BadRequest, "top");
        await MapJson.ProblemAsync(fixture, Roles.Coordinator, Url("?group=nogroup"), HttpStatusCode.BadRequest, "total");
        await MapJson.ProblemAsync(fixture, Roles.Coordinator, Url("?lang=xx"), HttpStatusCode.BadRequest, "sv");
        await MapJson.ProblemAsync(fixture, Roles.Coordinator, "/api/runs/987654/priorities", HttpStatusCode.NotFound, "987654");
    }
}
