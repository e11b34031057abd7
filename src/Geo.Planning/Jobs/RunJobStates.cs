namespace Geo.Planning.Jobs;

/// <summary>The states of a background run (<see cref="RunJobStatus.Status"/>).</summary>
public static class RunJobStates
{
    public const string Running = "running";
    public const string Completed = "completed";
    public const string Failed = "failed";
}
