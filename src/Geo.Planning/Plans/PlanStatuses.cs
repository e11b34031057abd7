namespace Geo.Planning.Plans;

/// <summary>The value lists of a plan row's <c>status</c> and <c>follow_up_status</c> (the CHECK constraints of migration 0006).</summary>
public static class PlanStatuses
{
    public const string Proposed = "proposed";

    /// <summary>proposed (as drafted), adopted, in_progress, done, rejected.</summary>
    public static readonly IReadOnlyList<string> Statuses = [Proposed, "adopted", "in_progress", "done", "rejected"];

    /// <summary>green (on track: the goal is met or a significant fall), yellow (no significant change), red (a significant rise).</summary>
    public static readonly IReadOnlyList<string> FollowUp = ["green", "yellow", "red"];
}
