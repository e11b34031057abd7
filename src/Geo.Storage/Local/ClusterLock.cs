namespace Geo.Storage.Local;

/// <summary>An exclusive lock file serialising cluster set-up across processes.</summary>
internal sealed class ClusterLock : IAsyncDisposable
{
    private readonly FileStream _stream;

    private ClusterLock(FileStream stream) => _stream = stream;

    public static async Task<ClusterLock> AcquireAsync(string path, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow.AddMinutes(10);
        while (true)
        {
            try
            {
                return new ClusterLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100, ct).ConfigureAwait(false);
            }
        }
    }

    public ValueTask DisposeAsync() => _stream.DisposeAsync();
}
