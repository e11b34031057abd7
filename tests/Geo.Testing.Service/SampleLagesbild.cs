using Geo.Core.Domain;
using Geo.Planning;
using Geo.Planning.Keys;
using Geo.Planning.Plans;
using Geo.Planning.Runs;
using Geo.Planning.Samples;
using Geo.Reporting;
using Geo.Storage;
using Geo.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Geo.Testing.Service;

/// <summary>
/// The sample municipality (study area <see cref="StudyArea"/>, <c>data/sample</c>) on a throwaway PostGIS cluster, loaded
/// and analysed as a municipality would have it: a 2024 run with its plan (<see cref="EarlierRunId"/>,
/// <see cref="EarlierPlanId"/>), then a 2025 run with its plan (<see cref="RunId"/>, <see cref="PlanId"/>), and one API key
/// per role. <see cref="Services"/> is the application layer on that database, to compare the service's answers with;
/// <see cref="ConnectionString"/> and <see cref="Home"/> are what the service is configured with.
/// </summary>
public sealed class SampleLagesbild : IAsyncDisposable
{
    public const string StudyArea = "9999";

    private readonly Dictionary<string, string> _keys;

    private SampleLagesbild(PostGisFixture postGis, string home, string connectionString, ServiceProvider services,
        long earlierRunId, long earlierPlanId, long runId, long planId, Dictionary<string, string> keys)
    {
        PostGis = postGis;
        Home = home;
        ConnectionString = connectionString;
        Services = services;
        EarlierRunId = earlierRunId;
        EarlierPlanId = earlierPlanId;
        RunId = runId;
        PlanId = planId;
        _keys = keys;
    }

    public PostGisFixture PostGis { get; }
    public string Home { get; }
    public string ConnectionString { get; }
    public ServiceProvider Services { get; }
    public long EarlierRunId { get; }
    public long EarlierPlanId { get; }
    public long RunId { get; }
    public long PlanId { get; }

    /// <summary>The API key of <paramref name="role"/> (see <see cref="Roles"/>).</summary>
    public string KeyOf(string role) => _keys[role];

    /// <summary>Starts the cluster, loads the sample, makes the two runs and their plans and the keys (about half a minute).</summary>
    public static async Task<SampleLagesbild> CreateAsync()
    {
        var postGis = new PostGisFixture();
        await postGis.InitializeAsync();
        var home = Directory.CreateTempSubdirectory("geo-service-").FullName;
        var db = await postGis.CreateDatabaseAsync();
        var connectionString = db.DataSource.ConnectionString;
        var services = new ServiceCollection().AddGeo(GeoSettings.Create(home, connectionString)).AddGeoDatabase(db).AddGeoReporting().BuildServiceProvider();
        await services.GetRequiredService<SampleImportService>().RunAsync(Path.Combine(RepoRoot.Path, "data", "sample"), null, "test");
        var analyze = services.GetRequiredService<AnalyzeService>();
        var plans = services.GetRequiredService<PlanService>();
        var earlier = (await analyze.RunAsync(new AnalyzeRequest(StudyArea, new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), CreatedBy: "test"))).Run.Id;
        var earlierPlan = (await plans.DraftAsync(new PlanDraftRequest(earlier, TopN: 2, CreatedBy: "test"))).Plan.Id;
        var run = (await analyze.RunAsync(new AnalyzeRequest(StudyArea, CreatedBy: "test"))).Run.Id;
        var plan = (await plans.DraftAsync(new PlanDraftRequest(run, TopN: 2, CreatedBy: "test"))).Plan.Id;
        var keys = new Dictionary<string, string>();
        foreach (var role in Roles.All) keys[role] = (await services.GetRequiredService<ApiKeyService>().CreateAsync(role, "test " + role, "test")).Key;
        return new SampleLagesbild(postGis, home, connectionString, services, earlier, earlierPlan, run, plan, keys);
    }

    /// <summary>The service's settings for this database: <c>--Geo:Home=…</c> and <c>--Geo:DatabaseUrl=…</c>.</summary>
    public IReadOnlyList<string> ServiceArguments => [$"--Geo:Home={Home}", $"--Geo:DatabaseUrl={ConnectionString}"];

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await PostGis.DisposeAsync();
        try { Directory.Delete(Home, recursive: true); } catch (IOException) { }
    }
}
