using System.Net.Http.Headers;
using Geo.Core.Domain;
using Geo.Planning;
using Geo.Planning.Keys;
using Geo.Planning.Plans;
using Geo.Planning.Runs;
using Geo.Planning.Samples;
using Geo.Reporting;
using Geo.Storage;
using Geo.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Geo.Api.Tests;

/// <summary>
/// The service on a real PostGIS with the sample municipality (study area 9999) loaded and analysed: a 2024 run with its
/// plan (<see cref="EarlierRunId"/>, <see cref="EarlierPlanId"/>) and a 2025 run with its plan (<see cref="RunId"/>,
/// <see cref="PlanId"/>), one API key per role, and <see cref="Client"/> for each. Built once per test assembly.
/// </summary>
public sealed class ApiFixture : IAsyncLifetime
{
    public const string StudyArea = "9999";

    private readonly Dictionary<string, string> _keys = [];

    public PostGisFixture PostGis { get; } = new();
    public string Home { get; private set; } = "";
    public string ConnectionString { get; private set; } = "";
    public WebApplicationFactory<GeoApiOptions> Factory { get; private set; } = null!;
    public long EarlierRunId { get; private set; }
    public long EarlierPlanId { get; private set; }
    public long RunId { get; private set; }
    public long PlanId { get; private set; }

    /// <summary>The application layer on the test database (to compare the API's answers with).</summary>
    public ServiceProvider Services { get; private set; } = null!;

    /// <summary>The API key of <paramref name="role"/> (see <see cref="Roles"/>).</summary>
    public string KeyOf(string role) => _keys[role];

    public async Task InitializeAsync()
    {
        await PostGis.InitializeAsync();
        Home = Directory.CreateTempSubdirectory("geo-api-").FullName;
        var db = await PostGis.CreateDatabaseAsync();
        ConnectionString = db.DataSource.ConnectionString;
        Services = new ServiceCollection().AddGeo(GeoSettings.Create(Home, ConnectionString)).AddGeoDatabase(db).AddGeoReporting().BuildServiceProvider();
        await Services.GetRequiredService<SampleImportService>().RunAsync(Path.Combine(RepoRoot.Path, "data", "sample"), null, "test");
        var analyze = Services.GetRequiredService<AnalyzeService>();
        var plans = Services.GetRequiredService<PlanService>();
        var earlier = await analyze.RunAsync(new AnalyzeRequest(StudyArea, new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), CreatedBy: "test"));
        EarlierRunId = earlier.Run.Id;
        EarlierPlanId = (await plans.DraftAsync(new PlanDraftRequest(EarlierRunId, TopN: 2, CreatedBy: "test"))).Plan.Id;
        var run = await analyze.RunAsync(new AnalyzeRequest(StudyArea, CreatedBy: "test"));
        RunId = run.Run.Id;
        PlanId = (await plans.DraftAsync(new PlanDraftRequest(RunId, TopN: 2, CreatedBy: "test"))).Plan.Id;
        var keys = Services.GetRequiredService<ApiKeyService>();
        foreach (var role in Roles.All) _keys[role] = (await keys.CreateAsync(role, "test " + role, "test")).Key;
        Factory = new WebApplicationFactory<GeoApiOptions>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Geo:Home", Home);
            b.UseSetting("Geo:DatabaseUrl", ConnectionString);
        });
    }

    /// <summary>A client of the service sending <paramref name="role"/>'s key, or none when <paramref name="role"/> is null.</summary>
    public HttpClient Client(string? role)
    {
        var client = Factory.CreateClient();
        if (role is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", KeyOf(role));
        return client;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Services.DisposeAsync();
        await PostGis.DisposeAsync();
        try { Directory.Delete(Home, recursive: true); } catch (IOException) { }
    }
}
