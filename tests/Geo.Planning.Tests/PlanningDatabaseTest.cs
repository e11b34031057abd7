using Geo.Storage;
using Geo.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Geo.Planning.Tests;

/// <summary>
/// A fresh database, a temporary GEO_HOME and the application layer on them (the container both shells build), all
/// removed after each test.
/// </summary>
public abstract class PlanningDatabaseTest(PostGisFixture fixture, string prefix) : IAsyncLifetime
{
    protected string Home { get; } = Directory.CreateTempSubdirectory(prefix).FullName;

    protected GeoDatabase Db { get; private set; } = null!;

    protected ServiceProvider Services { get; private set; } = null!;

    protected T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public virtual async Task InitializeAsync()
    {
        Db = await fixture.CreateDatabaseAsync();
        Services = new ServiceCollection().AddGeo(GeoSettings.FromEnvironment(Home)).AddGeoDatabase(Db).BuildServiceProvider();
    }

    public virtual async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        await Db.DisposeAsync();
        Directory.Delete(Home, true);
    }
}
