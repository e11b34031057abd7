using System.Net.Http.Headers;
using Geo.Core.Domain;
using Geo.Testing.Service;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Geo.Api.Tests;

/// <summary>
/// The service (<see cref="WebApplicationFactory{TEntryPoint}"/>, in memory) on the analysed sample municipality of
/// <see cref="SampleLagesbild"/>: a 2024 run with its plan (<see cref="EarlierRunId"/>, <see cref="EarlierPlanId"/>), a
/// 2025 run with its plan (<see cref="RunId"/>, <see cref="PlanId"/>), one API key per role, and <see cref="Client"/> for
/// each. Built once per test assembly.
/// </summary>
public sealed class ApiFixture : IAsyncLifetime
{
    public const string StudyArea = SampleLagesbild.StudyArea;

    private SampleLagesbild _sample = null!;

    public string Home => _sample.Home;
    public string ConnectionString => _sample.ConnectionString;
    public WebApplicationFactory<GeoApiOptions> Factory { get; private set; } = null!;
    public long EarlierRunId => _sample.EarlierRunId;
    public long EarlierPlanId => _sample.EarlierPlanId;
    public long RunId => _sample.RunId;
    public long PlanId => _sample.PlanId;

    /// <summary>The application layer on the test database (to compare the API's answers with).</summary>
    public ServiceProvider Services => _sample.Services;

    /// <summary>The API key of <paramref name="role"/> (see <see cref="Roles"/>).</summary>
    public string KeyOf(string role) => _sample.KeyOf(role);

    public async Task InitializeAsync()
    {
        _sample = await SampleLagesbild.CreateAsync();
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
        await _sample.DisposeAsync();
    }
}
