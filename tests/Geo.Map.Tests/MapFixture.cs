using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Geo.Api;
using Geo.Testing.Service;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Geo.Map.Tests;

/// <summary>
/// The real service (<see cref="GeoApi.BuildAsync"/>, Kestrel on a free loopback port) on a throwaway PostGIS with the
/// sample municipality loaded and analysed (<see cref="SampleLagesbild"/>, as tests/Geo.Api.Tests' ApiFixture), one API
/// key per role, and headless Debian Chromium driven by Playwright (no browser download). Screenshots go to the folder named by GEO_SCREENSHOTS (default: a temporary folder, printed by the tests).
/// </summary>
public sealed class MapFixture : IAsyncLifetime
{
    public const string StudyArea = SampleLagesbild.StudyArea;

    private SampleLagesbild _sample = null!;
    private WebApplication? _app;

    public string Home => _sample.Home;
    public string ConnectionString => _sample.ConnectionString;
    public string BaseUrl { get; private set; } = "";
    public long EarlierRunId => _sample.EarlierRunId;
    public long RunId => _sample.RunId;
    public ServiceProvider Services => _sample.Services;
    public IPlaywright Playwright { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public string Screenshots { get; } = Environment.GetEnvironmentVariable("GEO_SCREENSHOTS") is { Length: > 0 } folder
        ? Directory.CreateDirectory(folder).FullName
        : Directory.CreateTempSubdirectory("geo-map-shots-").FullName;

    public string KeyOf(string role) => _sample.KeyOf(role);

    public async Task InitializeAsync()
    {
        var assets = Path.Combine(AppContext.BaseDirectory, "map", "index.html");
        if (!File.Exists(assets))
            throw new InvalidOperationException($"The map page is not built ({assets} is missing): run scripts/build-web.sh, then build again.");
        _sample = await SampleLagesbild.CreateAsync();
        BaseUrl = $"http://127.0.0.1:{FreePort()}";
        _app = await GeoApi.BuildAsync([$"--Geo:Urls={BaseUrl}", .. _sample.ServiceArguments, "--Logging:LogLevel:Default=Warning"], _ => { });
        await _app.StartAsync();

        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>An HTTP client of the running service with <paramref name="role"/>'s key (none when null).</summary>
    public HttpClient Client(string? role)
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        if (role is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", KeyOf(role));
        return client;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        Playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        if (_sample is not null) await _sample.DisposeAsync();
    }
}
