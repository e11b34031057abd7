using Geo.Storage;
using Geo.Testing;

namespace Geo.Cli.Tests;

/// <summary>
/// A fresh database and a temporary GEO_HOME for tests that run the real <c>geo</c> command against it, both removed
/// after each test; <see cref="Geo"/> runs one command.
/// </summary>
public abstract class CliDatabaseTest(PostGisFixture fixture, string prefix) : IAsyncLifetime, IDisposable
{
    protected string Home { get; } = Directory.CreateTempSubdirectory(prefix).FullName;

    protected GeoDatabase Db { get; private set; } = null!;

    public virtual async Task InitializeAsync() => Db = await fixture.CreateDatabaseAsync();

    public async Task DisposeAsync() => await Db.DisposeAsync();

    public void Dispose()
    {
        Directory.Delete(Home, true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Runs <c>geo</c> with <paramref name="args"/> on this test's database and home.</summary>
    protected Task<(int Exit, string Out, string Err)> Geo(params string[] args) => CliRun.RunAsync(Db.DataSource.ConnectionString, Home, args);
}
