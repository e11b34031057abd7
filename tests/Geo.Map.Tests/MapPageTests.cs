using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Geo.Core.Domain;
using Geo.Planning.Runs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Npgsql;

namespace Geo.Map.Tests;

/// <summary>
/// The map page in headless Chromium against the real service and the analysed sample: it draws the run, an area's
/// panel shows the stored numbers, the language switches, the filter changes the map, a coordinator gets no incident
/// points, the keyboard reaches the priority list, and the map saves as a PNG. Screenshots go to GEO_SCREENSHOTS.
/// </summary>
[Collection("map")]
public sealed partial class MapPageTests(MapFixture fixture)
{
    [Fact]
    public async Task The_page_is_served_anonymously_and_nothing_outside_its_folder()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(fixture.BaseUrl) };
        var root = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        Assert.Equal("/map/", root.Headers.Location?.OriginalString);
        var index = await client.GetAsync("/map/");
        Assert.Equal(HttpStatusCode.OK, index.StatusCode);
        Assert.Equal("text/html", index.Content.Headers.ContentType?.MediaType);
        Assert.Contains("map.js", await index.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var script = await client.GetAsync("/map/map.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Equal("text/css", (await client.GetAsync("/map/map.css")).Content.Headers.ContentType?.MediaType);
        // Nothing the bundle does not hold: no parent folder, no listing, no other file of the service.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/map/..%2FGeo.Api.dll")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/map/%2E%2E/Geo.Api.deps.json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/map/no-such-file.js")).StatusCode);
        var etag = script.Headers.ETag;
        Assert.NotNull(etag);
        using var again = new HttpRequestMessage(HttpMethod.Get, "/map/map.js");
        again.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task The_analyst_sees_the_run_drawn_and_an_area_panel_with_the_stored_numbers()
    {
        await using var map = await MapSession.OpenAsync(fixture, Roles.Analyst);
        var page = map.Page;
        Assert.Equal(fixture.RunId.ToString(CultureInfo.InvariantCulture), await page.InputValueAsync("#run"));
        Assert.Contains("analytiker", await page.TextContentAsync("#me") ?? "", StringComparison.Ordinal);
        // The first full draw is recorded once, for bench/Geo.Bench mapdraw (timed there, not here).
        var firstDraw = await page.WaitForFunctionAsync("() => window.geoFirstDraw", null, new PageWaitForFunctionOptions { Timeout = 60_000 });
        var recorded = await firstDraw.JsonValueAsync<JsonElement>();
        Assert.Equal(fixture.RunId, recorded.GetProperty("run").GetInt64());
        Assert.True(recorded.GetProperty("ms").GetDouble() > 0);
        // Switch on the Gi* cells as well, then compare with the map with every layer off.
        await page.CheckAsync("#layer-cells");
        await map.RenderedAsync();
        var drawn = await map.MapShotAsync();
        await map.ShotAsync("01-analyst-sv");
        await page.EvaluateAsync("() => { for (const l of window.geoMap.map.getLayers().getArray()) l.setVisible(false); }");
        await map.RenderedAsync();
        var blank = await map.MapShotAsync();
        int drawnColours = MapSession.DistinctColours(drawn), blankColours = MapSession.DistinctColours(blank);
        Assert.True(drawnColours > blankColours + 20, $"the drawn map has {drawnColours} colours, the blank one {blankColours}");

        // The tiles came with features (decoded by the page) and their responses had bodies.
        var stats = await page.EvaluateAsync<JsonElement>("() => window.geoMap.tileStats");
        Assert.True(stats.GetProperty("areas").GetProperty("features").GetInt32() > 0);
        Assert.True(stats.GetProperty("boundary").GetProperty("features").GetInt32() > 0);
        Assert.True(stats.GetProperty("cells").GetProperty("features").GetInt32() > 0);
        lock (map.Responses)
            Assert.Contains(map.Responses, r => r.Url.Contains($"/tiles/{fixture.RunId}/areas/", StringComparison.Ordinal) && r.Status == 200 && r.Bytes > 0);

        // Click the map (areas only, so that a hot spot outline does not take the click) until an area's panel opens.
        await page.EvaluateAsync("() => { for (const l of window.geoMap.map.getLayers().getArray()) l.setVisible(['areas', 'boundary'].includes(l.get('name'))); }");
        await map.RenderedAsync();
        var box = await page.Locator("#map").BoundingBoxAsync() ?? throw new InvalidOperationException("no map");
        string? code = null;
        foreach (var (dx, dy) in new[] { (0.0, 0.0), (0.1, 0.0), (-0.1, 0.05), (0.0, -0.1), (0.15, 0.1), (-0.15, -0.1) })
        {
            await page.Mouse.ClickAsync((float)(box.X + box.Width * (0.5 + dx)), (float)(box.Y + box.Height * (0.5 + dy)));
            try
            {
                await page.Locator("#panel[data-kind='area'][data-loaded='true']").WaitForAsync(new LocatorWaitForOptions { Timeout = 5000 });
                code = await page.GetAttributeAsync("#panel", "data-id");
                break;
            }
            catch (TimeoutException) { }
        }
        Assert.NotNull(code);
        await map.ShotAsync("02-area-panel");

        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT population, incidents, rate_per_1000 FROM run_area_indicator WHERE run_id = @run AND area_code = @code AND category_group = 'total'", connection);
        command.Parameters.AddWithValue("run", fixture.RunId);
        command.Parameters.AddWithValue("code", code);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        var population = reader.GetInt32(0);
        var incidents = reader.GetInt32(1);
        double? rate = reader.IsDBNull(2) ? null : reader.GetDouble(2);
        Assert.Equal(population, Digits(await page.TextContentAsync("#panel-body [data-field='population']")));
        Assert.Equal(incidents, Digits(await page.TextContentAsync("#panel-body tr[data-group='total'] [data-field='incidents']")));
        var rateText = await page.TextContentAsync("#panel-body tr[data-group='total'] [data-field='ratePer1000']") ?? "";
        if (rate is { } r) Assert.Equal(Math.Round(r, 1, MidpointRounding.AwayFromZero), Number(rateText), 6);
        // The sparkline and the 7 × 24 heat table are there.
        Assert.Equal(1, await page.Locator("#panel-body .sparkline svg").CountAsync());
        Assert.Equal(7 * 24, await page.Locator("#panel-body table.heat tbody td").CountAsync());
    }

    [Fact]
    public async Task Switching_the_language_changes_the_labels()
    {
        await using var map = await MapSession.OpenAsync(fixture, Roles.Coordinator);
        var page = map.Page;
        Assert.Equal("sv", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Lager", await page.TextContentAsync("#layers-heading"));
        Assert.Equal("Brott per 1 000 invånare", await page.TextContentAsync("#indicator option[value='ratePer1000']"));
        Assert.Equal("Prioriteringslista", await page.TextContentAsync("#side-heading"));
        var priorities = page.WaitForResponseAsync(r => r.Url.Contains("/priorities", StringComparison.Ordinal) && r.Url.Contains("lang=en", StringComparison.Ordinal));
        await page.ClickAsync("#lang");
        await priorities;
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Layers", await page.TextContentAsync("#layers-heading"));
        Assert.Equal("Offences per 1,000 residents", await page.TextContentAsync("#indicator option[value='ratePer1000']"));
        Assert.Equal("Priority list", await page.TextContentAsync("#side-heading"));
        Assert.Equal("Svenska", await page.TextContentAsync("#lang"));
        await map.RenderedAsync();
        await map.ShotAsync("03-coordinator-en");
        await page.ClickAsync("#lang");
        Assert.Equal("Lager", await page.TextContentAsync("#layers-heading"));
    }

    [Fact]
    public async Task Changing_the_indicator_the_class_method_and_the_run_changes_the_map()
    {
        await using var map = await MapSession.OpenAsync(fixture, Roles.Coordinator);
        var page = map.Page;
        var before = await map.MapShotAsync();
        var legendBefore = await page.TextContentAsync("#legend");

        var classes = page.WaitForResponseAsync(r => r.Url.Contains("/classes?", StringComparison.Ordinal) && r.Url.Contains("indicator=rateRatio", StringComparison.Ordinal));
        await page.SelectOptionAsync("#indicator", "rateRatio");
        Assert.Equal(200, (await classes).Status);
        await map.RenderedAsync();
        var ratio = await map.MapShotAsync();
        Assert.NotEqual(Convert.ToBase64String(before), Convert.ToBase64String(ratio));
        Assert.NotEqual(legendBefore, await page.TextContentAsync("#legend"));
        await map.ShotAsync("04-rate-ratio");

        var jenks = page.WaitForResponseAsync(r => r.Url.Contains("/classes?", StringComparison.Ordinal) && r.Url.Contains("method=jenks", StringComparison.Ordinal) && r.Url.Contains("classes=3", StringComparison.Ordinal));
        await page.SelectOptionAsync("#method", "jenks");
        await page.SelectOptionAsync("#classes", "3");
        Assert.Equal(200, (await jenks).Status);
        await page.WaitForFunctionAsync("() => window.geoMap.state.classesAnswer && window.geoMap.state.classesAnswer.breaks.length === 4");
        Assert.Equal(3 + 2, await page.Locator("#legend [data-legend='areas'] li").CountAsync()); // 3 classes, "<5", no value

        // Another stored run: its tiles are requested and drawn.
        var tiles = page.WaitForResponseAsync(r => r.Url.Contains($"/tiles/{fixture.EarlierRunId}/areas/", StringComparison.Ordinal));
        await page.SelectOptionAsync("#run", fixture.EarlierRunId.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(200, (await tiles).Status);
        await map.WaitForRunAsync(fixture.EarlierRunId);
        Assert.NotEqual(Convert.ToBase64String(ratio), Convert.ToBase64String(await map.MapShotAsync()));

        // The period filter keeps only the runs of that period.
        await page.ClickAsync("#filter summary");
        await page.FillAsync("#filter-from", "2024-01-01");
        await page.FillAsync("#filter-to", "2024-12-31");
        var options = await page.Locator("#run option").AllAsync();
        Assert.NotEmpty(options);
        foreach (var option in options) Assert.Contains("2024-01-01", await option.TextContentAsync() ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_coordinator_starts_a_run_for_the_chosen_period_and_the_page_shows_its_progress_then_the_new_run()
    {
        await using var map = await MapSession.OpenAsync(fixture, Roles.Coordinator);
        var page = map.Page;
        await page.ClickAsync("#filter summary");
        await page.FillAsync("#filter-from", "2025-03-01");
        await page.FillAsync("#filter-to", "2025-03-31");
        var started = page.WaitForResponseAsync(r => r.Url.EndsWith("/api/runs", StringComparison.Ordinal) && r.Request.Method == "POST");
        await page.ClickAsync("#new-run");
        Assert.Equal(202, (await started).Status);
        // The job's steps are shown while it runs, then the page switches to the new run and draws it.
        await page.Locator("#job .steps li").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        Assert.Equal("I kö", await page.Locator("#job .steps li").First.TextContentAsync()); // the step codes in the page's language
        await page.WaitForFunctionAsync("id => window.geoMap.state.run && window.geoMap.state.run.id > id", fixture.RunId,
            new PageWaitForFunctionOptions { Timeout = 120_000 });
        var runId = await page.EvaluateAsync<long>("() => window.geoMap.state.run.id");
        try
        {
            await map.WaitForRunAsync(runId);
            await map.ShotAsync("08-new-run");
            using var client = fixture.Client(Roles.Coordinator);
            using var run = JsonDocument.Parse(await client.GetStringAsync($"/api/runs/{runId}"));
            Assert.Equal("2025-03-01", run.RootElement.GetProperty("periodFrom").GetString());
            Assert.Equal("2025-03-31", run.RootElement.GetProperty("periodTo").GetString());
            Assert.Equal("completed", run.RootElement.GetProperty("status").GetString());
        }
        finally
        {
            // The page opens on the newest run: the other tests expect the fixture's.
            await fixture.Services.GetRequiredService<RunsService>().DeleteAsync(runId);
        }
    }

    [Fact]
    public async Task A_coordinator_cannot_switch_on_incident_points()
    {
        await using var map = await MapSession.OpenAsync(fixture, Roles.Coordinator);
        var page = map.Page;
        Assert.Equal(1, await page.Locator("#layer-cells").CountAsync());
        Assert.Equal(1, await page.Locator("#layer-resources").CountAsync());
        Assert.Equal(0, await page.Locator("#layer-incidents").CountAsync());
        await page.CheckAsync("#layer-resources");
        await page.CheckAsync("#layer-hotspots");
        await map.RenderedAsync();
        await map.ShotAsync("05-coordinator-resources");

        // The server refuses the tile too (while the analyst gets it), for a tile over the study area.
        var bbox = await page.EvaluateAsync<double[]>("() => window.geoMap.state.run.bbox");
        var (x, y) = Tile((bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2, 12);
        var url = $"/tiles/{fixture.RunId}/incidents/12/{x}/{y}.mvt";
        using var coordinator = fixture.Client(Roles.Coordinator);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync(url)).StatusCode);
        using var analyst = fixture.Client(Roles.Analyst);
        var answer = await analyst.GetAsync(url);
        Assert.True(answer.StatusCode is HttpStatusCode.OK or HttpStatusCode.NoContent, $"the analyst got {answer.StatusCode}");

        // A partner has neither cells nor priorities.
        await using var partner = await MapSession.OpenAsync(fixture, Roles.Partner);
        Assert.Equal(0, await partner.Page.Locator("#layer-cells").CountAsync());
        Assert.Equal(0, await partner.Page.Locator("#priority-list li").CountAsync());
        Assert.True(await partner.Page.Locator("#report").IsHiddenAsync());
    }

    [Fact]
    public async Task The_keyboard_reaches_the_priority_list_and_Escape_closes_the_panel()
    {
        await using var map = await MapSession.OpenAsync(fixture, Roles.Coordinator, large: true);
        var page = map.Page;
        await page.Locator("#priority-list button").First.WaitForAsync();
        await page.EvaluateAsync("() => document.activeElement && document.activeElement.blur()");
        var presses = 0;
        while (presses < 200 && !await page.EvaluateAsync<bool>("() => !!document.activeElement?.closest('#priority-list')"))
        {
            await page.Keyboard.PressAsync("Tab");
            presses++;
        }
        Assert.True(presses < 200, "Tab never reached the priority list");
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.dataset.target");
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#panel[data-loaded='true']").WaitForAsync();
        Assert.Equal(focused, await page.GetAttributeAsync("#panel", "data-id"));
        Assert.Equal("panel-heading", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await map.RenderedAsync();
        await map.ShotAsync("06-keyboard-large-type");
        await page.Keyboard.PressAsync("Escape");
        Assert.True(await page.Locator("#panel").IsHiddenAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => !!document.activeElement?.closest('#priority-list')"));

        // + zooms in from anywhere but a text field.
        var zoom = await page.EvaluateAsync<double>("() => window.geoMap.map.getView().getZoom()");
        await page.Keyboard.PressAsync("+");
        await page.WaitForFunctionAsync("z => window.geoMap.map.getView().getZoom() > z + 0.9", zoom);
    }

    [Fact]
    public async Task Save_as_PNG_downloads_the_map_with_its_legend()
    {
        await using var map = await MapSession.OpenAsync(fixture, Roles.Analyst);
        var page = map.Page;
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#png"));
        var path = Path.Combine(fixture.Screenshots, "07-export.png");
        await download.SaveAsAsync(path);
        Assert.Equal($"geo-karta-{fixture.RunId}.png", download.SuggestedFilename);
        var png = await File.ReadAllBytesAsync(path);
        Assert.True(MapSession.DistinctColours(png) > 30);
    }

    private static (int X, int Y) Tile(double lon, double lat, int z)
    {
        var n = 1 << z;
        var x = (int)Math.Floor((lon + 180) / 360 * n);
        var r = lat * Math.PI / 180;
        var y = (int)Math.Floor((1 - Math.Log(Math.Tan(r) + 1 / Math.Cos(r)) / Math.PI) / 2 * n);
        return (x, y);
    }

    private static int Digits(string? text) => int.Parse(NonDigits().Replace(text ?? "", ""), CultureInfo.InvariantCulture);

    private static double Number(string text) =>
        double.Parse(NotNumber().Replace(text.Replace(',', '.').Replace('\u2212', '-'), ""), CultureInfo.InvariantCulture);

    [GeneratedRegex("[^0-9]")]
    private static partial Regex NonDigits();

    [GeneratedRegex("[^0-9.\\-]")]
    private static partial Regex NotNumber();
}
