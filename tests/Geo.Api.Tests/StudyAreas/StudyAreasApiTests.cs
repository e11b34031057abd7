using System.Globalization;
using System.Net;
using Geo.Api.Tests.Runs;
using Geo.Core.Domain;
using Geo.Planning.Reference;
using Geo.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Geo.Api.Tests.StudyAreas;

/// <summary>
/// GET /api/study-areas[/{code}[/area-sets/{set}/areas | /resources]] and /api/reference/{municipality}: the answers equal
/// independent SQL on the fixture's database, each route answers its roles only, and bad input is a problem naming it.
/// </summary>
[Collection("api")]
public sealed class StudyAreasApiTests(ApiFixture fixture)
{
    private async Task<T> ScalarAsync<T>(string sql, params object[] values)
    {
        await using var data = NpgsqlDataSource.Create(fixture.ConnectionString);
        await using var cmd = data.CreateCommand(sql);
        foreach (var v in values) cmd.Parameters.Add(new NpgsqlParameter { Value = v });
        return (T)Convert.ChangeType((await cmd.ExecuteScalarAsync())!, typeof(T), CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Study_areas_list_their_bbox_in_wgs84_and_one_study_area_its_area_sets()
    {
        var list = await ApiResponses.JsonAsync(await fixture.GetAsync(Roles.Partner, "/api/study-areas"));
        var sa = Assert.Single(list.EnumerateArray(), s => s.GetProperty("code").GetString() == ApiFixture.StudyArea);
        Assert.Equal(3006, sa.GetProperty("srid").GetInt32());
        Assert.Equal("Europe/Stockholm", sa.GetProperty("timeZone").GetString());
        var bbox = sa.GetProperty("bbox").EnumerateArray().Select(b => b.GetDouble()).ToArray();
        var minLon = await ScalarAsync<double>("SELECT ST_XMin(ST_Transform(boundary, 4326)) FROM study_area WHERE code = $1", ApiFixture.StudyArea);
        var maxLat = await ScalarAsync<double>("SELECT ST_YMax(ST_Transform(boundary, 4326)) FROM study_area WHERE code = $1", ApiFixture.StudyArea);
        Assert.Equal(4, bbox.Length);
        Assert.Equal(minLon, bbox[0], 9);
        Assert.Equal(maxLat, bbox[3], 9);
        Assert.True(bbox[0] < bbox[2] && bbox[1] < bbox[3] && bbox[1] > 55 && bbox[3] < 70, "a Swedish bbox in lon/lat");

        var one = await ApiResponses.JsonAsync(await fixture.GetAsync(Roles.Partner, $"/api/study-areas/{ApiFixture.StudyArea}"));
        var sets = one.GetProperty("areaSets").EnumerateArray().ToList();
        Assert.Equal(await ScalarAsync<long>("SELECT count(*) FROM area_set WHERE study_area_code = $1", ApiFixture.StudyArea), sets.Count);
        foreach (var s in sets)
        {
            var name = s.GetProperty("name").GetString()!;
            Assert.Equal(await ScalarAsync<long>("SELECT count(*) FROM area WHERE study_area_code = $1 AND area_set = $2", ApiFixture.StudyArea, name),
                s.GetProperty("areas").GetInt64());
            Assert.Equal(await ScalarAsync<long>("SELECT coalesce(sum(population), 0) FROM area WHERE study_area_code = $1 AND area_set = $2", ApiFixture.StudyArea, name),
                s.GetProperty("population").GetInt64());
        }
    }

    [Fact]
    public async Task Areas_of_an_area_set_equal_the_table()
    {
        var set = await ScalarAsync<string>("SELECT min(name) FROM area_set WHERE study_area_code = $1", ApiFixture.StudyArea);
        var areas = await ApiResponses.JsonAsync(await fixture.GetAsync(Roles.Partner, $"/api/study-areas/{ApiFixture.StudyArea}/area-sets/{set}/areas"));
        Assert.Equal(await ScalarAsync<long>("SELECT count(*) FROM area WHERE study_area_code = $1 AND area_set = $2", ApiFixture.StudyArea, set), areas.GetArrayLength());
        var first = areas[0];
        var code = first.GetProperty("code").GetString()!;
        Assert.Equal(await ScalarAsync<string>("SELECT min(code) FROM area WHERE study_area_code = $1 AND area_set = $2", ApiFixture.StudyArea, set), code);
        Assert.Equal(await ScalarAsync<int>("SELECT population FROM area WHERE study_area_code = $1 AND area_set = $2 AND code = $3", ApiFixture.StudyArea, set, code),
            first.GetProperty("population").GetInt32());

        await ApiResponses.ProblemAsync(await fixture.GetAsync(Roles.Partner, $"/api/study-areas/{ApiFixture.StudyArea}/area-sets/no-such-set/areas"),
            HttpStatusCode.NotFound, "no-such-set", set);
        await ApiResponses.ProblemAsync(await fixture.GetAsync(Roles.Partner, "/api/study-areas/0000/area-sets/x/areas"), HttpStatusCode.NotFound, "'0000'");
        await ApiResponses.ProblemAsync(await fixture.GetAsync(Roles.Partner, "/api/study-areas/no%27such"), HttpStatusCode.NotFound, "no'such");
    }

    [Fact]
    public async Task Resources_are_for_coordinators_and_equal_the_table_as_wgs84_points()
    {
        var url = $"/api/study-areas/{ApiFixture.StudyArea}/resources";
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.GetAsync(Roles.Partner, url)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.GetAsync(null, url)).StatusCode);
        var all = await ApiResponses.JsonAsync(await fixture.GetAsync(Roles.Coordinator, url));
        Assert.Equal(await ScalarAsync<long>("SELECT count(*) FROM resource WHERE study_area_code = $1", ApiFixture.StudyArea), all.GetArrayLength());
        var r = all[0];
        var id = r.GetProperty("id").GetInt64();
        var lon = await ScalarAsync<double>("SELECT ST_X(ST_Transform(ST_PointOnSurface(geom), 4326)) FROM resource WHERE study_area_code = $1 AND id = $2", ApiFixture.StudyArea, id);
        Assert.Equal(lon, r.GetProperty("lon").GetDouble(), 9);
        Assert.Equal(await ScalarAsync<string>("SELECT type FROM resource WHERE study_area_code = $1 AND id = $2", ApiFixture.StudyArea, id), r.GetProperty("type").GetString());

        var type = r.GetProperty("type").GetString()!;
        var typed = await ApiResponses.JsonAsync(await fixture.GetAsync(Roles.Analyst, $"{url}?type={type}"));
        Assert.Equal(await ScalarAsync<long>("SELECT count(*) FROM resource WHERE study_area_code = $1 AND type = $2", ApiFixture.StudyArea, type), typed.GetArrayLength());
        Assert.All(typed.EnumerateArray(), x => Assert.Equal(type, x.GetProperty("type").GetString()));

        await ApiResponses.ProblemAsync(await fixture.GetAsync(Roles.Coordinator, $"{url}?type=x%27%3B--"), HttpStatusCode.BadRequest, "type 'x';--'", "youth_centre");
        await ApiResponses.ProblemAsync(await fixture.GetAsync(Roles.Coordinator, "/api/study-areas/nope/resources"), HttpStatusCode.NotFound, "'nope'");
    }

    [Fact]
    public async Task Reference_values_are_the_reference_services_comparison()
    {
        var reference = fixture.Services.GetRequiredService<ReferenceService>();
        if ((await reference.YearsAsync()).Count == 0)
        {
            await ApiResponses.ProblemAsync(await fixture.GetAsync(Roles.Partner, "/api/reference/0180"), HttpStatusCode.NotFound, "geo reference load");
            using var dir = new TempDir();
            await reference.LoadAsync(new ReferenceLoadRequest(
                dir.File("events.csv", "id,datetime,type,name,summary,location_name,lat,lon,url\n" +
                                       "1,2023-03-01 12:00:00 +01:00,Misshandel,t,s,Stockholm,59,18,/u\n" +
                                       "2,2023-05-02 12:00:00 +02:00,Rån,t,s,Uppsala,59,17,/u\n"),
                dir.File("population.csv", "kommun_kod,kommun_namn,population\n0180,Stockholm,1000000\n0380,Uppsala,250000\n"),
                dir.File("admin.csv", "municipality_code,municipality_name,county_code,county_name\n0180,Stockholm,01,Stockholms län\n0380,Uppsala,03,Uppsala län\n")));
        }
        var year = (await reference.YearsAsync())[0];
        string code;
        try
        {
            await reference.GetComparisonAsync("0180", year);
            code = "0180";
        }
        catch (ArgumentException)
        {
            code = "2580";
        }
        var expected = await reference.GetComparisonAsync(code, year);
        var got = await ApiResponses.JsonAsync(await fixture.GetAsync(Roles.Partner, $"/api/reference/{code}?year={year}"));
        Assert.Equal(year, got.GetProperty("year").GetInt32());
        Assert.Equal(expected!.Groups.Count, got.GetProperty("groups").GetArrayLength());
        Assert.Equal(expected.Groups[0].Municipality, got.GetProperty("groups")[0].GetProperty("municipality").GetDouble(), 12);
        Assert.Equal(expected.County.Name, got.GetProperty("county").GetProperty("name").GetString());

        await ApiResponses.ProblemAsync(await fixture.GetAsync(Roles.Partner, $"/api/reference/9998?year={year}"), HttpStatusCode.NotFound, "9998");
        await ApiResponses.ProblemAsync(await fixture.GetAsync(Roles.Partner, "/api/reference/0180?year=1850"), HttpStatusCode.BadRequest, "1850");
        await ApiResponses.ProblemAsync(await fixture.GetAsync(Roles.Partner, "/api/reference/01%27%20OR%201=1"), HttpStatusCode.BadRequest, "01' OR 1=1");
        await ApiResponses.ProblemAsync(await fixture.GetAsync(Roles.Partner, "/api/reference/0180?year=abc"), HttpStatusCode.BadRequest, "year", "abc");
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.GetAsync(null, "/api/reference/0180")).StatusCode);
    }
}
