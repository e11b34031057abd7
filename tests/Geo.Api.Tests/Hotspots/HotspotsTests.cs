using System.Net;
using System.Text.Json;
using Geo.Api.Tests.Areas;
using Geo.Core.Domain;
using Geo.Storage;
using Geo.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Geo.Api.Tests.Hotspots;

/// <summary>GET /api/runs/{runId}/hotspots, /hotspots/{hotspotId} and /cells: stored values, the planted coverage gap, suppression and roles.</summary>
[Collection("api")]
public sealed class HotspotsTests(ApiFixture fixture)
{
    private string Url(string tail = "") => $"/api/runs/{fixture.RunId}/hotspots{tail}";

    /// <summary>The run's hotspot over the sample's planted hotspot H2 (Nattklubb Midnattssol), found with PostGIS.</summary>
    private async Task<int> PlantedH2Async()
    {
        using var truth = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(RepoRoot.Path, "data", "sample", "ground_truth.json")));
        var h2 = truth.RootElement.GetProperty("hotspots").EnumerateArray().Single(h => h.GetProperty("id").GetString() == "H2");
        var rows = await MapJson.SqlAsync(fixture,
            """
            SELECT hotspot_id FROM run_hotspot
            WHERE run_id = $1 AND ST_Intersects(geom, ST_SetSRID(ST_GeomFromGeoJSON($2), 3006))
            ORDER BY ST_Area(ST_Intersection(geom, ST_SetSRID(ST_GeomFromGeoJSON($2), 3006))) DESC LIMIT 1
            """, fixture.RunId, h2.GetProperty("polygon").GetRawText());
        return (int)rows.Single()[0]!;
    }

    [Fact]
    public async Task Every_hotspot_has_its_stored_incidents_and_classes()
    {
        var list = await MapJson.GetAsync(fixture, Roles.Partner, Url());
        var stored = (await fixture.Services.GetRequiredService<RunStore>().HotspotsAsync(fixture.RunId)).ToDictionary(h => h.HotspotId);
        Assert.True(stored.Count > 3);
        Assert.Equal(stored.Count, list.GetArrayLength());
        foreach (var h in list.EnumerateArray())
        {
            var s = stored[h.GetProperty("id").GetInt32()];
            Assert.Equal(s.EmergingClass, h.GetProperty("emergingClass").GetString());
            Assert.Equal(s.CoverageGap, h.GetProperty("coverageGap").GetString());
            if (s.Incidents >= 5) Assert.Equal(s.Incidents, h.GetProperty("incidents").GetInt32());
            Assert.Equal(4, h.GetProperty("bbox").GetArrayLength());
            Assert.Equal(JsonValueKind.Null, h.GetProperty("priorityRank").ValueKind);
            Assert.True(h.GetProperty("dominantCategories").GetArrayLength() > 0);
        }
    }

    [Fact]
    public async Task The_planted_hotspot_H2_has_a_temporal_gap_uncovered_friday_and_saturday_22_to_04()
    {
        var id = await PlantedH2Async();
        var sv = (await MapJson.GetAsync(fixture, Roles.Partner, Url())).EnumerateArray().Single(h => h.GetProperty("id").GetInt32() == id);
        Assert.Equal("temporal", sv.GetProperty("coverageGap").GetString());
        Assert.Contains(sv.GetProperty("uncovered").EnumerateArray(), u => u.GetString()!.StartsWith("fre–lör 22–04", StringComparison.Ordinal));
        var en = await MapJson.GetAsync(fixture, Roles.Coordinator, Url($"/{id}?lang=en"));
        Assert.Equal("temporal", en.GetProperty("coverageGap").GetString());
        Assert.Contains(en.GetProperty("uncovered").EnumerateArray(), u => u.GetString()!.StartsWith("Fri–Sat 22–04", StringComparison.Ordinal));
        Assert.Contains(en.GetProperty("dominantCategories").EnumerateArray(), d => d.GetString()!.StartsWith("Assault", StringComparison.Ordinal));
        // The night club and the youth centre that closes before the violence begins, with their opening hours.
        var resources = en.GetProperty("nearbyResources").EnumerateArray().ToList();
        Assert.Contains(resources, r => r.GetProperty("name").GetString() == "Nattklubb Midnattssol" && r.GetProperty("openingHours").GetString() == "Fr-Sa 22:00-03:00");
        Assert.Contains(resources, r => r.GetProperty("name").GetString() == "Fritidsgården Tornet" && r.GetProperty("type").GetString() == "youth_centre"
                                        && r.GetProperty("openingHours").GetString() == "Mo-Th 15:00-21:00; Fr 15:00-22:00");
        Assert.Equal(resources.Select(r => r.GetProperty("distance").GetDouble()).Where((_, i) => resources[i].GetProperty("within").GetBoolean()),
            resources.Where(r => r.GetProperty("within").GetBoolean()).Select(r => r.GetProperty("distance").GetDouble()).Order());
    }

    [Fact]
    public async Task The_detail_counts_the_incidents_in_the_polygon_per_month_and_has_the_stored_hours()
    {
        var runs = fixture.Services.GetRequiredService<RunStore>();
        var run = (await runs.GetAsync(fixture.RunId))!;
        var h = (await runs.HotspotsAsync(fixture.RunId)).MaxBy(x => x.Incidents)!;
        var detail = await MapJson.GetAsync(fixture, Roles.Analyst, Url($"/{h.HotspotId}"));
        var monthly = detail.GetProperty("monthly");
        Assert.Equal(run.PeriodFrom.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), monthly.GetProperty("from").GetString());
        var counts = monthly.GetProperty("counts").EnumerateArray().Select(x => x.GetInt32()).ToArray();
        Assert.Equal((run.PeriodTo.Year - run.PeriodFrom.Year) * 12 + run.PeriodTo.Month - run.PeriodFrom.Month + 1, counts.Length);
        Assert.Equal(h.Incidents, counts.Sum());
        Assert.Equal(h.HourWeekday!, detail.GetProperty("hourWeekday").EnumerateArray().Select(x => x.GetInt32()));
        Assert.Equal(168, detail.GetProperty("hourWeekday").GetArrayLength());
    }

    [Fact]
    public async Task The_top_hotspot_has_its_priority_and_plan_rows_for_a_coordinator_and_none_for_a_partner()
    {
        var top = (await fixture.Services.GetRequiredService<RunStore>().PrioritiesAsync(fixture.RunId)).Where(p => p.TargetKind == "hotspot").MinBy(p => p.Rank)!;
        var coordinator = await MapJson.GetAsync(fixture, Roles.Coordinator, Url($"/{top.TargetId}?lang=en"));
        Assert.Equal(top.Rank, coordinator.GetProperty("priority").GetProperty("rank").GetInt32());
        Assert.Equal(top.Rank, coordinator.GetProperty("priorityRank").GetInt32());
        Assert.Equal(top.ReasonsEn, coordinator.GetProperty("priority").GetProperty("reasons").EnumerateArray().Select(x => x.GetString()!));
        Assert.True(coordinator.GetProperty("planRows").GetArrayLength() > 0);
        Assert.All(coordinator.GetProperty("planRows").EnumerateArray(), r => Assert.Equal(fixture.PlanId, r.GetProperty("planId").GetInt64()));
        Assert.True(coordinator.GetProperty("nearbyResources").GetArrayLength() > 0);
        var partner = await MapJson.GetAsync(fixture, Roles.Partner, Url($"/{top.TargetId}"));
        Assert.Equal(JsonValueKind.Null, partner.GetProperty("priority").ValueKind);
        Assert.Equal(JsonValueKind.Null, partner.GetProperty("priorityRank").ValueKind);
        Assert.Equal(0, partner.GetProperty("planRows").GetArrayLength());
        Assert.Equal(0, partner.GetProperty("nearbyResources").GetArrayLength());
    }

    [Fact]
    public async Task A_coordinator_or_partner_never_sees_a_count_from_1_to_4_in_any_hotspot_while_the_analyst_does()
    {
        var ids = (await fixture.Services.GetRequiredService<RunStore>().HotspotsAsync(fixture.RunId)).Select(h => h.HotspotId).ToList();
        var analystSmall = 0;
        foreach (var role in new[] { Roles.Coordinator, Roles.Partner, Roles.Analyst })
            foreach (var lang in new[] { "sv", "en" })
            {
                var found = MapJson.SmallCounts(await MapJson.GetAsync(fixture, role, Url($"?lang={lang}"))).Select(f => $"list {f}").ToList();
                foreach (var id in ids)
                    found.AddRange(MapJson.SmallCounts(await MapJson.GetAsync(fixture, role, Url($"/{id}?lang={lang}"))).Select(f => $"{id} {f}"));
                if (role == Roles.Analyst) analystSmall += found.Count;
                else Assert.True(found.Count == 0, $"{role} sees small counts: {string.Join("; ", found.Take(10))}");
            }
        Assert.True(analystSmall > 0, "the sample's hotspots have small counts, which the analyst sees");
    }

    [Fact]
    public async Task Cells_are_for_coordinators_with_the_stored_significant_cells()
    {
        await MapJson.ProblemAsync(fixture, Roles.Partner, $"/api/runs/{fixture.RunId}/cells", HttpStatusCode.Forbidden);
        var stored = await fixture.Services.GetRequiredService<RunStore>().SignificantCellsAsync(fixture.RunId);
        var cells = await MapJson.GetAsync(fixture, Roles.Coordinator, $"/api/runs/{fixture.RunId}/cells?significant=true");
        Assert.Equal(stored.Select(c => c.CellId), cells.EnumerateArray().Select(c => c.GetProperty("cellId").GetInt32()));
        Assert.Equal(stored.Select(c => c.GiConfidence), cells.EnumerateArray().Select(c => c.GetProperty("giConfidence").ValueKind == JsonValueKind.Null ? null : (short?)c.GetProperty("giConfidence").GetInt16()));
        Assert.Empty(MapJson.SmallCounts(cells));
        var analyst = await MapJson.GetAsync(fixture, Roles.Analyst, $"/api/runs/{fixture.RunId}/cells");
        Assert.Equal(stored.Select(c => c.Incidents), analyst.EnumerateArray().Select(c => c.GetProperty("incidents").GetInt32()));
        var all = await MapJson.GetAsync(fixture, Roles.Coordinator, $"/api/runs/{fixture.RunId}/cells?significant=false");
        Assert.Equal(await fixture.Services.GetRequiredService<RunStore>().CellCountAsync(fixture.RunId), all.GetArrayLength());
        await MapJson.ProblemAsync(fixture, Roles.Coordinator, $"/api/runs/{fixture.RunId}/cells?significant=maybe", HttpStatusCode.BadRequest, "true", "false");
    }

    [Fact]
    public async Task Unknown_hotspots_are_404_and_bad_ids_400()
    {
        await MapJson.ProblemAsync(fixture, Roles.Partner, Url("/99999"), HttpStatusCode.NotFound, "99999");
        await MapJson.ProblemAsync(fixture, Roles.Partner, Url("/abc"), HttpStatusCode.BadRequest, "hotspotId");
        await MapJson.ProblemAsync(fixture, Roles.Partner, Url("?lang=fi"), HttpStatusCode.BadRequest, "sv", "en");
        await MapJson.ProblemAsync(fixture, Roles.Partner, "/api/runs/987654/hotspots", HttpStatusCode.NotFound, "987654");
        await MapJson.ProblemAsync(fixture, Roles.Partner, "/api/runs/987654/hotspots/1", HttpStatusCode.NotFound, "987654");
    }
}
