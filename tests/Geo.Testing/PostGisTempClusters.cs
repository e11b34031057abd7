using Geo.Storage.Local;

namespace Geo.Testing;

/// <summary>Clean-up of throwaway test clusters, including those left by a crashed test run.</summary>
internal static class PostGisTempClusters
{
    public const string OwnerFile = "owner.pid";

    /// <summary>Stops and removes /tmp/&lt;prefix&gt;* clusters whose owning process is gone.</summary>
    public static void RemoveStale(string prefix)
    {
        foreach (var dir in Directory.EnumerateDirectories(Path.GetTempPath(), prefix + "*"))
        {
            try
            {
                var owner = Path.Combine(dir, OwnerFile);
                if (!File.Exists(owner) || !int.TryParse(File.ReadAllText(owner).Trim(), out var pid)) continue;
                if (Directory.Exists($"/proc/{pid}")) continue;
                new LocalCluster(Path.Combine(dir, "pg")).DownAsync().GetAwaiter().GetResult();
                Delete(dir);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                // another user's folder or a half-removed one: leave it
            }
        }
    }

    public static void Delete(string dir)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
                return;
            }
            catch (IOException) when (attempt < 5)
            {
                Thread.Sleep(200);
            }
        }
    }
}
