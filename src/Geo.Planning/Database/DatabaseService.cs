using Geo.Storage;
using Geo.Storage.Local;

namespace Geo.Planning.Database;

/// <summary>
/// The database of <see cref="GeoSettings"/>: Geo's own local PostgreSQL + PostGIS cluster (when no database URL is
/// configured) or another server; opening (start and migrate), status, stopping, migrating.
/// </summary>
public sealed class DatabaseService(GeoSettings settings)
{
    /// <summary>Starts the managed cluster when needed, connects and applies pending migrations.</summary>
    /// <param name="log">Receives what was done (starting the cluster, applying migrations).</param>
    /// <param name="maxPoolSize">The most connections this process opens at once (null: Npgsql's default).</param>
    public Task<GeoDatabase> OpenAsync(Action<string>? log = null, CancellationToken ct = default, int? maxPoolSize = null) =>
        GeoDatabase.ConnectAsync(settings, migrate: true, log: log, ct: ct, maxPoolSize: maxPoolSize);

    /// <summary>Stops the managed cluster; false when a database URL is configured (Geo does not manage that server).</summary>
    public async Task<bool> DownAsync(Action<string>? log = null, CancellationToken ct = default)
    {
        if (!settings.IsManaged) return false;
        await new LocalCluster(settings.ClusterRoot, log).DownAsync(ct).ConfigureAwait(false);
        return true;
    }

    /// <summary>Applies pending migrations; returns their names.</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(Action<string>? log = null, CancellationToken ct = default)
    {
        await using var database = await GeoDatabase.ConnectAsync(settings, migrate: false, log: log, ct: ct).ConfigureAwait(false);
        return await database.MigrateAsync(ct).ConfigureAwait(false);
    }

    /// <summary>The state of the database without changing anything (the managed cluster is not started).</summary>
    public async Task<DatabaseStatus> StatusAsync(CancellationToken ct = default)
    {
        LocalClusterStatus? local = settings.IsManaged ? await new LocalCluster(settings.ClusterRoot).StatusAsync(ct).ConfigureAwait(false) : null;
        IReadOnlyList<MigrationInfo> migrations = [];
        string? error = null;
        if (!settings.IsManaged || local is { Running: true })
        {
            try
            {
                await using var database = settings.IsManaged
                    ? await GeoDatabase.ConnectAsync(settings, migrate: false, ct: ct).ConfigureAwait(false)
                    : await GeoDatabase.ConnectAsync(settings.DatabaseUrl!, migrate: false, ct: ct).ConfigureAwait(false);
                migrations = await database.MigrationStatusAsync(ct).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                error = e.Message;
            }
        }
        var connection = settings.IsManaged ? "managed local cluster" : GeoSettings.Describe(settings.DatabaseUrl!);
        return new DatabaseStatus(settings.Home, settings.IsManaged, connection, local, migrations, error);
    }
}
