using System.Threading.Channels;
using Geo.Storage;
using Geo.Storage.Model;

namespace Geo.Api.Audit;

/// <summary>
/// The audit entries waiting to be written: a bounded channel that the <see cref="AuditMiddleware"/> fills after each
/// response and the <see cref="AuditWriter"/> drains in batches. When it is full a request's completion waits (nothing is
/// dropped); an entry that arrives after the writer has stopped is written directly.
/// </summary>
public sealed class AuditQueue(AuditStore store, ILogger<AuditQueue> log)
{
    /// <summary>How many entries may wait.</summary>
    public const int Capacity = 10_000;

    private readonly Channel<AuditLogEntity> _channel = Channel.CreateBounded<AuditLogEntity>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true, SingleWriter = false });

    /// <summary>The writer's end.</summary>
    public ChannelReader<AuditLogEntity> Reader => _channel.Reader;

    /// <summary>Queues <paramref name="entry"/>, waiting while the queue is full.</summary>
    public async ValueTask EnqueueAsync(AuditLogEntity entry, CancellationToken ct = default)
    {
        try
        {
            await _channel.Writer.WriteAsync(entry, ct).ConfigureAwait(false);
        }
        catch (ChannelClosedException)
        {
            try
            {
                await store.AppendAsync([entry], ct).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Audit entry {Method} {Path} ({Status}) could not be written after shutdown", entry.Method, entry.Path, entry.Status);
            }
        }
    }

    /// <summary>No more entries will be queued (shutdown): the writer drains what is left and ends.</summary>
    public void Complete() => _channel.Writer.TryComplete();
}
