using Geo.Storage;
using Geo.Storage.Local;
using Npgsql;

namespace Geo.Testing;

/// <summary>
/// A real PostGIS server for tests: ONE throwaway cluster per test assembly (via <see cref="LocalCluster"/>
/// in a fresh /tmp/geo-test-&lt;random&gt; folder, stopped and removed on dispose), or the server named by
/// <c>GEO_TEST_DATABASE_URL</c> (its user needs CREATEDB). A template database with PostGIS and all
/// migrations is built once; <see cref="CreateDatabaseAsync"/> clones it in a fraction of a second.
/// </summary>
/// <remarks>
/// Use: xunit only honours a collection definition declared in the test assembly itself, so each test
/// project adds one line, <c>[CollectionDefinition("postgis")] public sealed class PostGisCollection :
/// ICollectionFixture&lt;PostGisFixture&gt;;</c>, and marks test classes <c>[Collection("postgis")]</c>,
/// taking <see cref="PostGisFixture"/> in their constructor and calling <see cref="CreateDatabaseAsync"/>
/// (e.g. in <c>IAsyncLifetime.InitializeAsync</c>) for a private database.
/// </remarks>
public sealed class PostGisFixture : IAsyncLifetime
{
    /// <summary>Environment variable naming an existing server to test against instead of a throwaway cluster.</summary>
    public const string UrlVariable = "GEO_TEST_DATABASE_URL";

    private const string TempPrefix = "geo-test-";
    private readonly List<string> _databases = [];
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _tempRoot;
    private string _admin = "";
    private string _template = "";

    /// <summary>The throwaway cluster, or null when testing against <c>GEO_TEST_DATABASE_URL</c>.</summary>
    public LocalCluster? Cluster { get; private set; }

    /// <summary>Connection string of the server's maintenance database (for CREATE/DROP DATABASE).</summary>
    public string AdminConnectionString => _admin;

    /// <summary>Starts (or connects to) the server and builds the template database.</summary>
    public async Task InitializeAsync()
    {
        var url = Environment.GetEnvironmentVariable(UrlVariable);
        if (!string.IsNullOrWhiteSpace(url))
        {
            _admin = GeoSettings.ToConnectionString(url);
        }
        else
        {
            PostGisTempClusters.RemoveStale(TempPrefix);
            _tempRoot = Path.Combine(Path.GetTempPath(), TempPrefix + Guid.NewGuid().ToString("N")[..10]);
            Directory.CreateDirectory(_tempRoot);
            await File.WriteAllTextAsync(Path.Combine(_tempRoot, PostGisTempClusters.OwnerFile), Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Cluster = new LocalCluster(Path.Combine(_tempRoot, "pg"));
            await Cluster.UpAsync();
            _admin = Cluster.ConnectionStringFor("postgres");
        }
        _template = "geo_test_tpl_" + Guid.NewGuid().ToString("N")[..12];
        await ExecAdminAsync($"CREATE DATABASE \"{_template}\"");
        await using (var db = await GeoDatabase.ConnectAsync(ConnectionStringFor(_template), migrate: true)) { }
        NpgsqlConnection.ClearAllPools();
    }

    /// <summary>Connection string of a database on the test server.</summary>
    public string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(_admin) { Database = database }.ConnectionString;

    /// <summary>A fresh database cloned from the migrated template (PostGIS, schema, taxonomy); dispose it when done.</summary>
    public async Task<GeoDatabase> CreateDatabaseAsync()
    {
        var name = await CreateAsync(_template);
        return await GeoDatabase.ConnectAsync(ConnectionStringFor(name), migrate: false);
    }

    /// <summary>A fresh empty database (no PostGIS, no schema); returns its connection string.</summary>
    public async Task<string> CreateEmptyDatabaseAsync() => ConnectionStringFor(await CreateAsync("template0"));

    private async Task<string> CreateAsync(string template)
    {
        var name = "geo_test_" + Guid.NewGuid().ToString("N")[..12];
        await _gate.WaitAsync();
        try
        {
            await ExecAdminAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
            _databases.Add(name);
        }
        finally
        {
            _gate.Release();
        }
        return name;
    }

    /// <summary>Drops the databases (shared server) or stops and removes the throwaway cluster.</summary>
    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (Cluster is not null)
        {
            await Cluster.DownAsync();
            if (_tempRoot is not null) PostGisTempClusters.Delete(_tempRoot);
            return;
        }
        foreach (var d in _databases.Append(_template).Where(d => d.Length > 0))
            await ExecAdminAsync($"DROP DATABASE IF EXISTS \"{d}\" WITH (FORCE)");
    }

    private async Task ExecAdminAsync(string sql)
    {
        await using var c = new NpgsqlConnection(_admin);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, c) { CommandTimeout = 300 };
        await cmd.ExecuteNonQueryAsync();
    }
}
