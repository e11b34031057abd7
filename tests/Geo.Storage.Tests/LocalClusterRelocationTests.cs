using Geo.Storage.Local;

namespace Geo.Storage.Tests;

/// <summary>
/// As root the server runs as "postgres", which cannot enter a folder of mode 700 such as /root: the
/// data directory then moves to /var/tmp/geo-&lt;hash&gt; and root/data links to it. Runs only as root.
/// </summary>
[Collection("postgis")]
public sealed class LocalClusterRelocationTests
{
    [Fact]
    public async Task Untraversable_root_relocates_the_data_directory()
    {
        if (!Environment.IsPrivilegedProcess || OperatingSystem.IsWindows()) return;
        var top = Path.Combine(Path.GetTempPath(), "geo-private-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(top, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var cluster = new LocalCluster(Path.Combine(top, "home", "pg"));
        try
        {
            Assert.StartsWith("/var/tmp/geo-", cluster.DataDirectory, StringComparison.Ordinal);
            var status = await cluster.UpAsync();
            Assert.True(status.Running);
            Assert.StartsWith("/tmp/geo-", status.SocketDirectory, StringComparison.Ordinal);
            Assert.Equal(cluster.DataDirectory, new DirectoryInfo(Path.Combine(top, "home", "pg", "data")).LinkTarget);

            // A new handle on the same root finds the relocated cluster through the link.
            var again = new LocalCluster(Path.Combine(top, "home", "pg"));
            Assert.Equal(cluster.DataDirectory, again.DataDirectory);
            Assert.True((await again.StatusAsync()).Running);
        }
        finally
        {
            await cluster.DownAsync();
            var relocated = Path.GetDirectoryName(cluster.DataDirectory)!;
            if (relocated.StartsWith("/var/tmp/geo-", StringComparison.Ordinal) && Directory.Exists(relocated)) Directory.Delete(relocated, recursive: true);
            var socket = new Npgsql.NpgsqlConnectionStringBuilder(cluster.ConnectionString).Host!;
            if (socket.StartsWith("/tmp/geo-", StringComparison.Ordinal) && Directory.Exists(socket)) Directory.Delete(socket, recursive: true);
            Directory.Delete(top, recursive: true);
        }
    }
}
