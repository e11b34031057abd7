using Microsoft.Playwright;
using SkiaSharp;

namespace Geo.Map.Tests;

/// <summary>The map page in a fresh browser context, signed in with a role's key through the page's own key dialog.</summary>
public sealed class MapSession(MapFixture fixture, IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IPage Page => page;

    /// <summary>Tile and JSON responses the page received (URL → status).</summary>
    public List<(string Url, int Status, int Bytes)> Responses { get; } = [];

    public static async Task<MapSession> OpenAsync(MapFixture fixture, string role, bool large = false)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1500, Height = 900 },
            AcceptDownloads = true,
        });
        if (large) await context.AddInitScriptAsync("localStorage.setItem('geo.large', '1')");
        var page = await context.NewPageAsync();
        var session = new MapSession(fixture, context, page);
        page.Response += async (_, response) =>
        {
            if (!response.Url.Contains("/tiles/", StringComparison.Ordinal)) return;
            var bytes = 0;
            try { if (response.Status == 200) bytes = (await response.BodyAsync()).Length; } catch (PlaywrightException) { }
            lock (session.Responses) session.Responses.Add((response.Url, response.Status, bytes));
        };
        await page.GotoAsync(fixture.BaseUrl + "/");
        Assert.EndsWith("/map/", page.Url.Split('#')[0], StringComparison.Ordinal);
        await page.Locator("#key-dialog[open]").WaitForAsync();
        await page.FillAsync("#key-input", fixture.KeyOf(role));
        await page.ClickAsync("#key-ok");
        await session.WaitForRunAsync(fixture.RunId);
        return session;
    }

    /// <summary>Waits until the page shows <paramref name="runId"/> with the area tiles loaded and the map fully drawn.</summary>
    public async Task WaitForRunAsync(long runId)
    {
        await page.WaitForFunctionAsync(
            "id => window.geoMap && window.geoMap.state.run && window.geoMap.state.run.id === id && window.geoMap.state.classesAnswer && (window.geoMap.tileStats.areas?.features ?? 0) > 0",
            runId, new PageWaitForFunctionOptions { Timeout = 60_000 });
        await RenderedAsync();
    }

    /// <summary>Waits for OpenLayers' rendercomplete (every visible tile loaded and drawn).</summary>
    public Task RenderedAsync() => page.EvaluateAsync(
        "() => new Promise(resolve => { const m = window.geoMap.map; m.once('rendercomplete', () => resolve(true)); m.render(); })");

    public async Task<byte[]> MapShotAsync() => await page.Locator("#map").ScreenshotAsync();

    public async Task ShotAsync(string name)
    {
        var path = Path.Combine(fixture.Screenshots, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
    }

    /// <summary>How many distinct colours a PNG holds.</summary>
    public static int DistinctColours(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png);
        var colours = new HashSet<uint>();
        for (var y = 0; y < bitmap.Height; y += 2)
            for (var x = 0; x < bitmap.Width; x += 2)
                colours.Add((uint)bitmap.GetPixel(x, y));
        return colours.Count;
    }

    public async ValueTask DisposeAsync()
    {
        await page.CloseAsync();
        await context.DisposeAsync();
    }
}
