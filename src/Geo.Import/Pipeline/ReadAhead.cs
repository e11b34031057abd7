using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.ExceptionServices;

namespace Geo.Import.Pipeline;

/// <summary>
/// Runs an enumeration on a thread of its own, a few batches ahead of its consumer: an import reads, maps and reprojects
/// the next rows while it writes the previous ones to the binary COPY, so on two cores its rows take the longer of the
/// two instead of their sum. The consumer sees exactly the source's items in the source's order, then the source's
/// exception if it failed; memory stays bounded (at most <c>batches</c> batches wait).
/// </summary>
internal static class ReadAhead
{
    public static IEnumerable<T> Of<T>(IEnumerable<T> source, int batchSize = 512, int batches = 8)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Enumerate(source, batchSize, batches);
    }

    private static IEnumerable<T> Enumerate<T>(IEnumerable<T> source, int batchSize, int batches)
    {
        using var queue = new BlockingCollection<T[]>(batches);
        using var stop = new CancellationTokenSource(); // the consumer stopped early (it failed, or stopped reading)
        ExceptionDispatchInfo? failure = null;
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var producer = new Thread(() =>
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
            try
            {
                var batch = new List<T>(batchSize);
                try
                {
                    foreach (var item in source)
                    {
                        batch.Add(item);
                        if (batch.Count < batchSize) continue;
                        queue.Add([.. batch], stop.Token);
                        batch.Clear();
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException || !stop.IsCancellationRequested)
                {
                    failure = ExceptionDispatchInfo.Capture(e); // handed over after the items before it
                }
                if (batch.Count > 0) queue.Add([.. batch], stop.Token);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // the consumer is gone: nothing more to hand over
            }
            finally
            {
                queue.CompleteAdding();
            }
        }) { IsBackground = true, Name = "geo import read-ahead" };
        producer.Start();
        try
        {
            foreach (var batch in queue.GetConsumingEnumerable())
                foreach (var item in batch)
                    yield return item;
            failure?.Throw();
        }
        finally
        {
            stop.Cancel();
            producer.Join(); // the source (and the file under it) is no longer in use when this returns
        }
    }
}
