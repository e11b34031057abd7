using Geo.Cli.Output;
using Geo.Planning;
using Geo.Reporting;
using Geo.Planning.Database;
using Geo.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Geo.Cli;

/// <summary>
/// The container the <c>geo</c> command builds: the same application layer as the HTTP API
/// (<see cref="GeoServiceCollectionExtensions"/>), with or without an open database.
/// </summary>
internal sealed class CliServices : IAsyncDisposable, IDisposable
{
    private readonly ServiceProvider _provider;
    private readonly GeoDatabase? _database;

    private CliServices(ServiceProvider provider, GeoDatabase? database)
    {
        _provider = provider;
        _database = database;
    }

    /// <summary>The services that work on files alone (statistics, samples, database administration).</summary>
    public static CliServices Files() => new(new ServiceCollection().AddGeo(GeoSettings.FromEnvironment()).BuildServiceProvider(), null);

    /// <summary>
    /// Opens the configured database (starting the managed local cluster when none is configured, applying pending
    /// migrations) and the services on it. Reports what it changes; with <paramref name="verbose"/> also that the cluster
    /// was already running.
    /// </summary>
    public static async Task<CliServices> OpenAsync(CancellationToken ct, bool verbose = false)
    {
        var settings = GeoSettings.FromEnvironment();
        var database = await new DatabaseService(settings).OpenAsync(message =>
        {
            if (verbose || !message.StartsWith("PostgreSQL is already running", StringComparison.Ordinal)) Terminal.Log(message);
        }, ct);
        try
        {
            return new CliServices(new ServiceCollection().AddGeo(settings).AddGeoDatabase(database).AddGeoReporting().BuildServiceProvider(), database);
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    /// <summary>The open database (null for <see cref="Files"/>).</summary>
    public GeoDatabase Database => _database ?? throw new InvalidOperationException("These services were built without a database.");

    public T Get<T>() where T : notnull => _provider.GetRequiredService<T>();

    public void Dispose()
    {
        _provider.Dispose();
        _database?.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }
}
