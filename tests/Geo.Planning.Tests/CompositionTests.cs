using Geo.Storage;
using Geo.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Geo.Planning.Tests;

/// <summary>The one container both shells build: every registered service resolves, on files alone and on a real database.</summary>
[Collection("postgis")]
public sealed class CompositionTests(PostGisFixture fixture)
{
    [Fact]
    public void Every_file_service_resolves_without_a_database()
    {
        var services = new ServiceCollection().AddGeo(GeoSettings.FromEnvironment(Path.GetTempPath()));
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        foreach (var d in services) Assert.NotNull(provider.GetRequiredService(d.ServiceType));
        Assert.DoesNotContain(services, d => d.ServiceType == typeof(GeoDatabase));
    }

    [Fact]
    public async Task Every_service_resolves_on_a_database()
    {
        await using var db = await fixture.CreateDatabaseAsync();
        var services = new ServiceCollection().AddGeo(GeoSettings.FromEnvironment(Path.GetTempPath())).AddGeoDatabase(db);
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        foreach (var d in services) Assert.NotNull(provider.GetRequiredService(d.ServiceType));
        Assert.Same(db, provider.GetRequiredService<GeoDatabase>());
    }
}
