namespace Geo.Planning.Jobs;

/// <summary>
/// Where a background run stands: <see cref="Status"/> is <c>running</c> (queued or analysing), <c>completed</c> (with
/// <see cref="RunId"/>) or <c>failed</c> (with <see cref="Error"/>, a message a user can act on); <see cref="Steps"/> are
/// the analysis steps reached so far, in order.
/// </summary>
public sealed record RunJobStatus(
    string JobId,
    string StudyAreaCode,
    string Status,
    IReadOnlyList<string> Steps,
    long? RunId,
    string? Error,
    string CreatedBy,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt);
