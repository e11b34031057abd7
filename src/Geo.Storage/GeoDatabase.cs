using Geo.Storage.Local;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Geo.Storage;

/// <summary>
/// An open Geo database: a pooled <see cref="NpgsqlDataSource"/> with the NetTopologySuite type plugin (geometry parameters,
/// columns and COPY values are NTS geometries), the EF Core context factory of the domain model, and the schema migrations.
/// </summary>
public sealed class GeoDatabase : IAsyncDisposable, IDbContextFactory<GeoDbContext>
{
    private readonly Action<string> _log;
    private readonly DbContextOptions<GeoDbContext> _contextOptions;

    private GeoDatabase(NpgsqlDataSource dataSource, string description, Action<string> log)
    {
        DataSource = dataSource;
        Description = description;
        _log = log;
        var options = new DbContextOptionsBuilder<GeoDbContext>();
        GeoDbContext.Configure(options, dataSource);
        _contextOptions = options.Options;
    }

    /// <summary>The pooled data source; open connections with <c>OpenConnectionAsync</c>.</summary>
    public NpgsqlDataSource DataSource { get; }

    /// <summary>A new EF Core context on this database (dispose it when done).</summary>
    public GeoDbContext CreateDbContext() => new(_contextOptions);

    /// <summary>Connection description with any password masked, for messages.</summary>
    public string Description { get; }

    /// <summary>
    /// Connects to the configured database. When <paramref name="settings"/> is managed (no URL), the
    /// local cluster under <c>&lt;Home&gt;/pg</c> is brought up first (installed, initialised, started as needed).
    /// </summary>
    /// <param name="maxPoolSize">The most connections this process opens at once (null: Npgsql's default, 100, or what the
    /// connection string says). A long-running service sets it so that a burst of requests queues for a connection instead
    /// of exhausting the server's <c>max_connections</c>.</param>
    public static async Task<GeoDatabase> ConnectAsync(GeoSettings settings, bool migrate = true, Action<string>? log = null, CancellationToken ct = default,
        int? maxPoolSize = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.DatabaseUrl is { } url) return await ConnectAsync(url, migrate, log, ct, maxPoolSize).ConfigureAwait(false);
        var cluster = new LocalCluster(settings.ClusterRoot, log);
        await cluster.UpAsync(ct).ConfigureAwait(false);
        return await ConnectAsync(cluster.ConnectionString, migrate, log, ct, maxPoolSize).ConfigureAwait(false);
    }

    /// <summary>Connects to a database given as a postgres:// URL or an Npgsql connection string.</summary>
    public static async Task<GeoDatabase> ConnectAsync(string connectionString, bool migrate = true, Action<string>? log = null, CancellationToken ct = default,
        int? maxPoolSize = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var cs = ConnectionStrings.ToNpgsql(connectionString);
        var description = ConnectionStrings.Mask(cs);
        var builder = new NpgsqlDataSourceBuilder(cs);
        builder.UseNetTopologySuite();
        // Bulk loads write through the binary COPY buffer: a larger one means fewer system calls.
        if (!cs.Contains("Write Buffer Size", StringComparison.OrdinalIgnoreCase)) builder.ConnectionStringBuilder.WriteBufferSize = 64 * 1024;
        if (maxPoolSize is { } max) builder.ConnectionStringBuilder.MaxPoolSize = max;
        var dataSource = builder.Build();
        var db = new GeoDatabase(dataSource, description, log ?? (_ => { }));
        try
        {
            // Fail fast with a clear message when the server cannot be reached.
            await using (var c = await dataSource.OpenConnectionAsync(ct).ConfigureAwait(false)) { }
            if (migrate) await db.MigrateAsync(ct).ConfigureAwait(false);
            return db;
        }
        catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException)
        {
            await db.DisposeAsync().ConfigureAwait(false);
            throw new GeoStorageException($"Cannot use the database {description}: {e.Message}", e);
        }
        catch
        {
            await db.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Applies pending migrations, then synchronises the built-in taxonomy; returns the newly applied names.</summary>
    public Task<IReadOnlyList<string>> MigrateAsync(CancellationToken ct = default) => Migrator.MigrateAsync(DataSource, _log, ct);

    /// <summary>Every known migration with whether (and when) it was applied.</summary>
    public Task<IReadOnlyList<MigrationInfo>> MigrationStatusAsync(CancellationToken ct = default) => Migrator.StatusAsync(DataSource, ct);

    /// <inheritdoc />
    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
