using Geo.Planning.Jobs;

namespace Geo.Api.Models;

/// <summary>A background run: status running, completed (with its run id) or failed (with the error), and the steps reached so far.</summary>
public sealed record JobResponse(string JobId, string StudyArea, string Status, IReadOnlyList<string> Steps, long? RunId, string? Error,
    DateTimeOffset StartedAt, DateTimeOffset? FinishedAt)
{
    public static JobResponse From(RunJobStatus s) => new(s.JobId, s.StudyAreaCode, s.Status, s.Steps, s.RunId, s.Error, s.StartedAt, s.FinishedAt);
}
