namespace Geo.Core.Domain;

/// <summary>
/// The three roles of Geo's users, ordered by what they may see: the <see cref="Analyst"/> sees everything (incident
/// points included); the <see cref="Coordinator"/> sees areas, grid cells, hot spots, priorities, plans and reports but no
/// incident points; a <see cref="Partner"/> (school, housing company, police, guards) sees areas and hot spots only. Counts
/// from 1 to the suppression threshold − 1 are suppressed for every role but the analyst's.
/// </summary>
public static class Roles
{
    public const string Analyst = "analyst";
    public const string Coordinator = "coordinator";
    public const string Partner = "partner";

    /// <summary>The roles from most to least privileged.</summary>
    public static readonly IReadOnlyList<string> All = [Analyst, Coordinator, Partner];

    /// <summary>True for a known role name (lower case).</summary>
    public static bool IsKnown(string? role) => role is Analyst or Coordinator or Partner;

    /// <summary>The role's rank: analyst 3, coordinator 2, partner 1, anything else 0.</summary>
    public static int Rank(string? role) => role switch { Analyst => 3, Coordinator => 2, Partner => 1, _ => 0 };

    /// <summary>True when <paramref name="role"/> may do what <paramref name="required"/> may.</summary>
    public static bool AtLeast(string? role, string required) => Rank(role) >= Rank(required) && Rank(required) > 0;

    /// <summary>True when small counts are shown to <paramref name="role"/> unsuppressed (the analyst only).</summary>
    public static bool SeesSmallCounts(string? role) => role == Analyst;
}
