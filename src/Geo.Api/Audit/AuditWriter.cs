using Geo.Storage;
using Geo.Storage.Model;

namespace Geo.Api.Audit;

/// <summary>
/// Drains the <see cref="AuditQueue"/> into <c>audit_log</c> in batches of up to <see cref="MaxBatch"/> rows (one binary
/// COPY each), so that writing the log never slows a response. While the database is unreachable a batch is retried with
/// a growing pause (the queue fills meanwhile and then makes requests' completions wait). On a clean stop it writes
/// everything still queued before the process ends.
/// </summary>
public sealed class AuditWriter(AuditQueue queue, AuditStore store, ILogger<AuditWriter> log) : BackgroundService
{
    /// <summary>The largest batch.</summary>
    public const int MaxBatch = 1000;

    private readonly CancellationTokenSource _abort = new();
    private volatile bool _stopping;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<AuditLogEntity>(MaxBatch);
        try
        {
            // Not stoppingToken: the loop ends when the queue is completed and empty, so that nothing queued is lost.
            while (await queue.Reader.WaitToReadAsync(_abort.Token).ConfigureAwait(false))
            {
                while (batch.Count < MaxBatch && queue.Reader.TryRead(out var entry)) batch.Add(entry);
                await WriteAsync(batch).ConfigureAwait(false);
                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (_abort.IsCancellationRequested)
        {
            var left = batch.Count + queue.Reader.Count;
            if (left > 0) log.LogError("The audit log lost {Count} entries: the shutdown timeout passed before they were written", left);
        }
    }

    private async Task WriteAsync(List<AuditLogEntity> batch)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await store.AppendAsync(batch, _abort.Token).ConfigureAwait(false);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                if (_stopping && attempt >= 3)
                {
                    log.LogError(e, "The audit log lost {Count} entries: the database did not accept them at shutdown", batch.Count);
                    return;
                }
                log.LogWarning("Writing {Count} audit entries failed ({Error}); retrying", batch.Count, e.Message);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(10, attempt)), _abort.Token).ConfigureAwait(false);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping = true;
        queue.Complete();
        await using var giveUp = cancellationToken.Register(() => _abort.Cancel());
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    public override void Dispose()
    {
        _abort.Dispose();
        base.Dispose();
    }
}
