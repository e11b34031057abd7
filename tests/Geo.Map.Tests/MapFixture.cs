using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Geo.Api;
using Geo.Core.Domain;
using Geo.Planning;
using Geo.Planning.Keys;
using Geo.Planning.Plans;
using Geo.Planning.Runs;
using Geo.Planning.Samples;
using Geo.Reporting;
using Geo.Storage;
using Geo.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Geo.Map.Tests;

/// <summary>
/// The real service (<see cref="GeoApi.BuildAsync"/>, Kestrel on a free loopback port) on a throwaway PostGIS with the
/// sample municipality loaded and analysed (a 2024 run and a 2025 run with its plan, as tests/Geo.Api.Tests'
/// ApiFixture), one API key per role, and headless Debian Chromium driven by Playwright (no browser download).
/// Screenshots go to the folder named by GEO_SCREENSHOTS (default: a temporary folder, printed by the tests).
/// </summary>
public sealed class MapFixture : IAsyncLifetime
{
    public const string StudyArea = "9999";

    private readonly Dictionary<string, string> _keys = [];
    private WebApplication? _app;

    public PostGisFixture PostGis { get; } = new();
    public string Home { get; private set; } = "";
    public string ConnectionString { get; private set; } = "";
    public string BaseUrl { get; private set; } = "";
    public long EarlierRunId { get; private set; }
    public long RunId { get; private set; }
    public ServiceProvider Services { get; private set; } = null!;
    public IPlaywright Playwright { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public string Screenshots { get; } = Environment.GetEnvironmentVariable("GEO_SCREENSHOTS") is { Length: > 0 } folder
        ? Directory.CreateDirectory(folder).FullName
        : Directory.CreateTempSubdirectory("geo-map-shots-").FullName;

    public string KeyOf(string role) => _keys[role];

    public async Task InitializeAsync()
    {
        var assets = Path.Combine(AppContext.BaseDirectory, "map", "index.html");
        if (!File.Exists(assets))
            throw new InvalidOperationException($"The map page is not built ({assets} is missing): run scripts/build-web.sh, then build again.");
        await PostGis.InitializeAsync();
        Home = Directory.CreateTempSubdirectory("geo-map-").FullName;
        var db = await PostGis.CreateDatabaseAsync();
        ConnectionString = db.DataSource.ConnectionString;
        Services = new ServiceCollection().AddGeo(GeoSettings.Create(Home, ConnectionString)).AddGeoDatabase(db).AddGeoReporting().BuildServiceProvider();
        await Services.GetRequiredService<SampleImportService>().RunAsync(Path.Combine(RepoRoot.Path, "data", "sample"), null, "test");
        var analyze = Services.GetRequiredService<AnalyzeService>();
        var plans = Services.GetRequiredService<PlanService>();
        EarlierRunId = (await analyze.RunAsync(new AnalyzeRequest(StudyArea, new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), CreatedBy: "test"))).Run.Id;
        RunId = (await analyze.RunAsync(new AnalyzeRequest(StudyArea, CreatedBy: "test"))).Run.Id;
        await plans.DraftAsync(new PlanDraftRequest(RunId, TopN: 2, CreatedBy: "test"));
        var keys = Services.GetRequiredService<ApiKeyService>();
        foreach (var role in Roles.All) _keys[role] = (await keys.CreateAsync(role, "test " + role, "test")).Key;

        BaseUrl = $"http://127.0.0.1:{FreePort()}";
        _app = await GeoApi.BuildAsync(
            [$"--Geo:Urls={BaseUrl}", $"--Geo:Home={Home}", $"--Geo:DatabaseUrl={ConnectionString}", "--Logging:LogLevel:Default=Warning"],
            _ => { });
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
        if (Services is not null) await Services.DisposeAsync();
        await PostGis.DisposeAsync();
        try { Directory.Delete(Home, recursive: true); } catch (IOException) { }
    }
}
