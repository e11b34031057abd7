using Geo.Core.Domain;

namespace Geo.Planning.Places;

/// <summary>
/// Who is looking at a run's places and in which language: the role decides the suppression of small counts (every role
/// but the analyst's, with the threshold <paramref name="SuppressBelow"/>) and whether priorities, plan rows and resources
/// are shown (coordinator and analyst).
/// </summary>
/// <param name="Role">A role of <see cref="Roles"/>.</param>
/// <param name="SuppressBelow">Counts from 1 to this − 1 are suppressed for every role but the analyst's.</param>
/// <param name="Lang"><c>sv</c> or <c>en</c>.</param>
public sealed record PlaceViewer(string Role, int SuppressBelow = 5, string Lang = "sv")
{
    /// <summary>The suppression rule for this viewer.</summary>
    public Suppressor Suppressor => Suppressor.For(Role, SuppressBelow);

    /// <summary>True when the viewer may see priorities, plan rows and resources (coordinator and analyst).</summary>
    public bool SeesPriorities => Roles.AtLeast(Role, Roles.Coordinator);

    /// <summary>True for English texts.</summary>
    public bool English => Lang == "en";
}
