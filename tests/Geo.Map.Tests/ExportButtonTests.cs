using System.Text;
using Geo.Core.Domain;
using Microsoft.Playwright;

namespace Geo.Map.Tests;

/// <summary>
/// The side panel's export control in headless Chromium against the real service: the file comes from
/// <c>GET /api/runs/{runId}/exports/{what}</c> made for the signed-in role (the key in the header, never in a URL), the
/// table list follows the role, the labels and the CSV dialect follow the page's language, and the server's refusal is
/// shown in the panel. Screenshots of the open control go to GEO_SCREENSHOTS.
/// </summary>
[Collection("map")]
public sealed class ExportButtonTests(MapFixture fixture)
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    [Fact]
    public async Task A_coordinator_downloads_the_indicators_as_CSV_for_Swedish_Excel_with_small_counts_as_less_than_5()
    {
        await using var map = await MapSession.OpenAsync(fixture, Roles.Coordinator);
        var page = map.Page;
        var exportRequests = new List<IRequest>();
        page.Request += (_, r) => { if (r.Url.Contains("/exports/", StringComparison.Ordinal)) lock (exportRequests) exportRequests.Add(r); };

        await OpenControlAsync(page);
        Assert.Equal("Exportera", (await page.TextContentAsync("#export-heading"))?.Trim());
        Assert.Equal(["indicators", "hotspots", "cells", "priorities", "plan", "areas", "reference"], await OptionValuesAsync(page, "#export-what"));
        Assert.Equal(["csv", "xlsx", "geojson", "gpkg"], await OptionValuesAsync(page, "#export-format"));
        await page.SelectOptionAsync("#export-what", "indicators");
        await page.SelectOptionAsync("#export-format", "csv");
        Assert.Contains("semikolon", await page.TextContentAsync("#export-dialect") ?? "", StringComparison.Ordinal);
        Assert.Contains("\"<5\"", await page.TextContentAsync("#export-suppression") ?? "", StringComparison.Ordinal);
        await map.ShotAsync("20-export-coordinator-sv");
        await page.Locator("#exports").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(fixture.Screenshots, "20-export-control-sv.png") });

        var download = await DownloadAsync(page);
        Assert.Equal($"geo_run{fixture.RunId}_indicators.csv", download.SuggestedFilename);
        Assert.StartsWith("blob:", download.Url, StringComparison.Ordinal);
        var bytes = await ReadAsync(download);
        Assert.True(bytes.AsSpan().StartsWith(Bom), "the CSV does not start with the UTF-8 byte order mark");
        var text = Encoding.UTF8.GetString(bytes, Bom.Length, bytes.Length - Bom.Length);
        var header = text.Split('\n')[0];
        Assert.True(header.Count(c => c == ';') >= 3, $"the header is not separated by semicolons: {header}");
        Assert.Contains(";<5", text, StringComparison.Ordinal);
        await page.Locator("#export-message.info").WaitForAsync();
        Assert.Contains($"geo_run{fixture.RunId}_indicators.csv", await page.TextContentAsync("#export-message") ?? "", StringComparison.Ordinal);

        // One request, with the key in the header and not in the address; the language's dialect asked for.
        lock (exportRequests)
        {
            var request = Assert.Single(exportRequests);
            Assert.Contains($"/api/runs/{fixture.RunId}/exports/indicators?", request.Url, StringComparison.Ordinal);
            Assert.Contains("format=csv", request.Url, StringComparison.Ordinal);
            Assert.Contains("lang=sv", request.Url, StringComparison.Ordinal);
            Assert.Contains("dialect=excel-sv", request.Url, StringComparison.Ordinal);
            Assert.DoesNotContain(fixture.KeyOf(Roles.Coordinator), request.Url, StringComparison.Ordinal);
            Assert.Equal($"Bearer {fixture.KeyOf(Roles.Coordinator)}", request.Headers["authorization"]);
        }
    }

    [Fact]
    public async Task A_partner_is_offered_only_the_tables_partners_may_have_and_the_keyboard_reaches_the_download()
    {
        await using var map = await MapSession.OpenAsync(fixture, Roles.Partner);
        var page = map.Page;
        Assert.True(await page.Locator("#exports").IsVisibleAsync());
        // The control opens from the keyboard: focus its summary, Enter, then Tab through the table, the format, the button.
        await page.FocusAsync("#export-box summary");
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#export-box[open]").WaitForAsync();
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("export-what", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        var options = await OptionValuesAsync(page, "#export-what");
        Assert.Equal(["indicators", "hotspots", "areas", "reference"], options);
        Assert.DoesNotContain("cells", options);
        Assert.DoesNotContain("priorities", options);
        Assert.DoesNotContain("plan", options);
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("export-format", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("export-download", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        // Every control has a label a screen reader reads.
        foreach (var id in new[] { "export-what", "export-format", "export-download" })
        {
            var name = await page.EvaluateAsync<string>("id => { const e = document.getElementById(id); return (e.labels?.[0] ?? e).textContent.trim(); }", id);
            Assert.False(string.IsNullOrWhiteSpace(name), $"#{id} has no label");
        }
        Assert.Contains("\"<5\"", await page.TextContentAsync("#export-suppression") ?? "", StringComparison.Ordinal);

        // The server decides, not the list: a table added to the list by hand is refused, and the refusal is shown.
        await page.EvaluateAsync("() => { const o = document.createElement('option'); o.value = 'cells'; o.textContent = 'cells'; document.getElementById('export-what').append(o); }");
        await page.SelectOptionAsync("#export-what", "cells");
        await page.ClickAsync("#export-download");
        var message = page.Locator("#export-message.error[role='alert']");
        await message.WaitForAsync();
        var text = await message.TextContentAsync() ?? "";
        Assert.StartsWith("Exporten misslyckades: ", text, StringComparison.Ordinal);
        Assert.True(text.Length > "Exporten misslyckades: ".Length + 10, $"no reason given: '{text}'");
        await map.ShotAsync("22-export-partner-refused");
    }

    [Fact]
    public async Task In_English_the_labels_change_and_the_CSV_is_in_the_standard_dialect()
    {
        await using var map = await MapSession.OpenAsync(fixture, Roles.Coordinator);
        var page = map.Page;
        await page.ClickAsync("#lang");
        await page.WaitForFunctionAsync("() => document.documentElement.lang === 'en'");
        await OpenControlAsync(page);
        Assert.Equal("Export", (await page.TextContentAsync("#export-heading"))?.Trim());
        Assert.Equal("Download", (await page.TextContentAsync("#export-download"))?.Trim());
        Assert.Equal("Area indicators", (await page.Locator("#export-what option[value='indicators']").TextContentAsync())?.Trim());
        Assert.Equal("Table", (await page.Locator("label:has(#export-what) > span").TextContentAsync())?.Trim());
        await page.SelectOptionAsync("#export-what", "indicators");
        await page.SelectOptionAsync("#export-format", "csv");
        Assert.Contains("commas", await page.TextContentAsync("#export-dialect") ?? "", StringComparison.Ordinal);
        Assert.Contains("Counts from 1 to 4", await page.TextContentAsync("#export-suppression") ?? "", StringComparison.Ordinal);
        await page.Locator("#exports").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(fixture.Screenshots, "21-export-control-en.png") });

        var requested = page.WaitForRequestAsync(r => r.Url.Contains("/exports/indicators", StringComparison.Ordinal));
        var download = await DownloadAsync(page);
        var url = (await requested).Url;
        Assert.Contains("lang=en", url, StringComparison.Ordinal);
        Assert.Contains("dialect=standard", url, StringComparison.Ordinal);
        var bytes = await ReadAsync(download);
        Assert.True(bytes.AsSpan().StartsWith(Bom));
        var header = Encoding.UTF8.GetString(bytes, Bom.Length, bytes.Length - Bom.Length).Split('\n')[0];
        Assert.True(header.Count(c => c == ',') >= 3, $"the header is not separated by commas: {header}");
        Assert.DoesNotContain(';', header);

        // Other formats come as their files (the GeoPackage's SQLite header, the GeoJSON's FeatureCollection).
        await page.SelectOptionAsync("#export-format", "gpkg");
        Assert.True(await page.Locator("#export-dialect").IsHiddenAsync());
        var gpkg = await ReadAsync(await DownloadAsync(page));
        Assert.StartsWith("SQLite format 3", Encoding.ASCII.GetString(gpkg, 0, 15), StringComparison.Ordinal);
        await page.SelectOptionAsync("#export-format", "geojson");
        var geojson = await DownloadAsync(page);
        Assert.Equal($"geo_run{fixture.RunId}_indicators.geojson", geojson.SuggestedFilename);
        Assert.Contains("FeatureCollection", Encoding.UTF8.GetString(await ReadAsync(geojson)), StringComparison.Ordinal);
    }

    /// <summary>Clicks Download and waits for the browser's download (the server makes the file first); on a timeout, says what the control showed.</summary>
    private static async Task<IDownload> DownloadAsync(IPage page)
    {
        try
        {
            return await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-download"), new PageRunAndWaitForDownloadOptions { Timeout = 120_000 });
        }
        catch (TimeoutException)
        {
            throw new Xunit.Sdk.XunitException($"no download; the control says: '{await page.TextContentAsync("#export-message")}'");
        }
    }

    private static async Task OpenControlAsync(IPage page)
    {
        await page.Locator("#exports").WaitForAsync();
        await page.ClickAsync("#export-box summary");
        await page.Locator("#export-box[open]").WaitForAsync();
    }

    private static Task<string[]> OptionValuesAsync(IPage page, string select) =>
        page.EvaluateAsync<string[]>("s => [...document.querySelectorAll(s + ' option')].map(o => o.value)", select);

    private static async Task<byte[]> ReadAsync(IDownload download)
    {
        var path = await download.PathAsync();
        Assert.NotNull(path);
        return await File.ReadAllBytesAsync(path);
    }
}
