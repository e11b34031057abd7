using System.Collections.Concurrent;
using System.Security.Cryptography;
using Geo.Planning.Runs;

namespace Geo.Planning.Jobs;

/// <summary>
/// Runs started over HTTP: each job is one background task calling <see cref="AnalyzeService.RunAsync"/> (the same run
/// <c>geo analyze</c> makes), with its steps collected as they are reached. In memory and bounded: at most
/// <see cref="MaxConcurrent"/> runs analyse at a time (the others wait), at most <see cref="MaxPending"/> are waiting or
/// running, and only the newest <see cref="MaxKept"/> finished jobs are remembered. <see cref="Dispose"/> (the service's
/// shutdown) cancels the runs in progress; a cancelled run is stored as failed, never half-written.
/// </summary>
public sealed class RunJobRegistry(RunRequestCheck check, AnalyzeService analyze) : IDisposable
{
    /// <summary>Runs analysing at the same time.</summary>
    public const int MaxConcurrent = 2;

    /// <summary>Jobs waiting or running at the same time.</summary>
    public const int MaxPending = 16;

    /// <summary>Finished jobs remembered.</summary>
    public const int MaxKept = 100;

    private readonly ConcurrentDictionary<string, Job> _jobs = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _slots = new(MaxConcurrent, MaxConcurrent);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _gate = new();
    private bool _disposed;

    /// <summary>
    /// Checks the request (<see cref="RunRequestCheck"/>) and starts the run in the background.
    /// </summary>
    /// <returns>The new job's status (running).</returns>
    /// <exception cref="ArgumentException">The request cannot make a run (the message names the field).</exception>
    /// <exception cref="RunJobLimitException">Too many runs are waiting or in progress.</exception>
    /// <exception cref="ObjectDisposedException">The service is shutting down.</exception>
    public async Task<RunJobStatus> StartAsync(AnalyzeRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ObjectDisposedException.ThrowIf(_stopping.IsCancellationRequested, this);
        await check.CheckAsync(request, ct).ConfigureAwait(false);
        Job job;
        lock (_gate)
        {
            if (_jobs.Values.Count(j => j.Status == RunJobStates.Running) >= MaxPending) throw new RunJobLimitException(MaxPending);
            job = new Job(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), request, DateTimeOffset.UtcNow);
            _jobs[job.Id] = job;
            Prune();
        }
        job.Task = Task.Run(() => RunAsync(job, _stopping.Token), CancellationToken.None);
        return job.Snapshot();
    }

    /// <summary>The job's status, or null when no job has this id (or it has been forgotten).</summary>
    public RunJobStatus? Get(string jobId) => _jobs.TryGetValue(jobId, out var job) ? job.Snapshot() : null;

    /// <summary>Waits until the job has finished (for tests and the shutdown); returns at once for an unknown job.</summary>
    public Task WaitAsync(string jobId) => _jobs.TryGetValue(jobId, out var job) && job.Task is { } t ? t : Task.CompletedTask;

    private async Task RunAsync(Job job, CancellationToken ct)
    {
        try
        {
            job.Step("queued");
            await _slots.WaitAsync(ct).ConfigureAwait(false);
            try
            {
                var result = await analyze.RunAsync(job.Request, new StepLog(job), ct).ConfigureAwait(false);
                job.Finish(RunJobStates.Completed, result.Run.Id, null);
            }
            finally
            {
                _slots.Release();
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            job.Finish(RunJobStates.Failed, null, "the run was cancelled because the service stopped; start it again.");
        }
        catch (Exception e) when (e is ArgumentException or InvalidDataException or FormatException or KeyNotFoundException)
        {
            job.Finish(RunJobStates.Failed, null, e.Message);
        }
#pragma warning disable CA1031 // A background job reports every failure in its status instead of losing it.
        catch (Exception e)
#pragma warning restore CA1031
        {
            job.Finish(RunJobStates.Failed, null, $"the run failed unexpectedly ({e.GetType().Name}: {e.Message}).");
        }
    }

    /// <summary>Forgets the oldest finished jobs beyond <see cref="MaxKept"/> (called under the lock).</summary>
    private void Prune()
    {
        var finished = _jobs.Values.Where(j => j.Status != RunJobStates.Running).OrderBy(j => j.StartedAt).ToList();
        foreach (var j in finished.Take(Math.Max(0, finished.Count - MaxKept))) _jobs.TryRemove(j.Id, out _);
    }

    /// <summary>Cancels the runs waiting or in progress (the service is stopping) and refuses new ones; each records its failure.</summary>
    public void CancelAll()
    {
        lock (_gate)
        {
            if (!_disposed) _stopping.Cancel();
        }
    }

    /// <summary>Cancels the runs in progress and waits (up to 30 s) until they have recorded their failure.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
            _stopping.Cancel();
        }
        var running = _jobs.Values.Select(j => j.Task).OfType<Task>().Where(t => !t.IsCompleted).ToArray();
        try
        {
            Task.WaitAll(running, TimeSpan.FromSeconds(30));
        }
        catch (AggregateException)
        {
            // Every job records its own failure.
        }
        _stopping.Dispose();
        _slots.Dispose();
    }

    private sealed class Job(string id, AnalyzeRequest request, DateTimeOffset startedAt)
    {
        private readonly Lock _lock = new();
        private readonly List<string> _steps = [];
        private long? _runId;
        private string? _error;
        private DateTimeOffset? _finishedAt;

        public string Id { get; } = id;
        public AnalyzeRequest Request { get; } = request;
        public DateTimeOffset StartedAt { get; } = startedAt;
        public Task? Task { get; set; }
        public string Status { get; private set; } = RunJobStates.Running;

        public void Step(string step)
        {
            lock (_lock) _steps.Add(step);
        }

        public void Finish(string status, long? runId, string? error)
        {
            lock (_lock)
            {
                _runId = runId;
                _error = error;
                _finishedAt = DateTimeOffset.UtcNow;
                Status = status;
            }
        }

        public RunJobStatus Snapshot()
        {
            lock (_lock) return new RunJobStatus(Id, Request.StudyAreaCode, Status, [.. _steps], _runId, _error, Request.CreatedBy, StartedAt, _finishedAt);
        }
    }

    /// <summary>Records each step as the run reaches it, on the run's own thread (in order).</summary>
    private sealed class StepLog(Job job) : IProgress<string>
    {
        public void Report(string value) => job.Step(value);
    }
}
