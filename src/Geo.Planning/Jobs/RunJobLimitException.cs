namespace Geo.Planning.Jobs;

/// <summary>Too many runs are waiting or in progress in this process: the new one was not started.</summary>
public sealed class RunJobLimitException(int limit)
    : Exception($"{limit} runs are already waiting or in progress; wait until one has finished (GET /api/jobs/{{jobId}}) and try again.")
{
    public int Limit { get; } = limit;
}
