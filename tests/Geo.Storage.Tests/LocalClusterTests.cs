using Geo.Storage.Local;
using Npgsql;

namespace Geo.Storage.Tests;

[Collection("postgis")] // runs after/before the other database tests, not alongside them: keeps CPU contention low
public sealed class LocalClusterTests : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "geo-lc-" + Guid.NewGuid().ToString("N")[..10]);
    private readonly List<string> _log = [];
    private LocalCluster _cluster = null!;

    public Task InitializeAsync()
    {
        _cluster = new LocalCluster(Path.Combine(_root, "pg"), _log.Add);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _cluster.DownAsync();
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task Up_is_idempotent_status_reports_running_and_down_stops()
    {
        var before = await _cluster.StatusAsync();
        Assert.True(before.Installed);
        Assert.False(before.Initialised);
        Assert.False(before.Running);
        Assert.Null(before.ServerVersion);

        var up = await _cluster.UpAsync();
        Assert.True(up.Initialised);
        Assert.True(up.Running);
        Assert.StartsWith("15.", up.ServerVersion);
        Assert.Contains(_log, l => l.StartsWith("Initialising", StringComparison.Ordinal));
        Assert.Contains(_log, l => l.StartsWith("Starting", StringComparison.Ordinal));

        _log.Clear();
        var again = await _cluster.UpAsync();
        Assert.Equal(up, again);
        Assert.DoesNotContain(_log, l => l.StartsWith("Initialising", StringComparison.Ordinal) || l.StartsWith("Starting", StringComparison.Ordinal));
        Assert.Contains(_log, l => l.Contains("already running", StringComparison.Ordinal));

        var csb = new NpgsqlConnectionStringBuilder(_cluster.ConnectionString);
        Assert.Equal(up.SocketDirectory, csb.Host);
        Assert.Equal("geo", csb.Database);
        Assert.Null(csb.Password);
        await using (var c = new NpgsqlConnection(_cluster.ConnectionString))
        {
            await c.OpenAsync();
            await using var cmd = new NpgsqlCommand("SELECT current_setting('listen_addresses') || '|' || current_setting('fsync')", c);
            Assert.Equal("|on", await cmd.ExecuteScalarAsync());
        }
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(up.SocketDirectory));

        await _cluster.DownAsync();
        var down = await _cluster.StatusAsync();
        Assert.True(down.Initialised);
        Assert.False(down.Running);
        await _cluster.DownAsync(); // no-op

        // Restart reuses the initialised cluster and its data.
        _log.Clear();
        Assert.True((await _cluster.UpAsync()).Running);
        Assert.DoesNotContain(_log, l => l.StartsWith("Initialising", StringComparison.Ordinal));
    }

    [Fact]
    public void Long_roots_put_the_socket_in_a_short_tmp_folder()
    {
        var deep = Path.Combine(_root, new string('d', 90), "pg");
        var c = new LocalCluster(deep);
        var host = new NpgsqlConnectionStringBuilder(c.ConnectionString).Host!;
        Assert.StartsWith("/tmp/geo-", host, StringComparison.Ordinal);
        Assert.True(host.Length < 30);
        Assert.Equal(Path.Combine(deep, "data"), c.DataDirectory);
    }

    [Fact]
    public void Managed_settings_connect_through_the_cluster_under_home()
    {
        var s = GeoSettings.FromEnvironment(_root);
        Assert.Equal(Path.Combine(_root, "pg"), s.ClusterRoot);
    }
}
