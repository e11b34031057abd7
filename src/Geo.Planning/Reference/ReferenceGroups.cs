namespace Geo.Planning.Reference;

/// <summary>
/// The category groups of the reference table: every main group of the taxonomy (the first segment of a category code,
/// e.g. <c>violence</c>) and <see cref="Total"/>. The total counts crimes only: it leaves out the events of the police feed
/// that are not offences, namely every <c>other.*</c> category except <c>other.crime</c> (summaries, police checks,
/// missing persons, found property, accidents, non-crime events, unspecified), traffic accidents and traffic hindrances
/// (<c>traffic</c>, <c>traffic.accident.*</c>), fires not known to be arson (<c>fire</c>, <c>fire.vehicle</c>), and the
/// non-criminal groups <c>disturbance</c> and <c>observation</c>. Their own groups still have rows.
/// </summary>
public static class ReferenceGroups
{
    /// <summary>The group of all crimes.</summary>
    public const string Total = "total";

    /// <summary>Swedish label of <see cref="Total"/>.</summary>
    public const string TotalLabelSv = "Totalt (brott)";

    /// <summary>English label of <see cref="Total"/>.</summary>
    public const string TotalLabelEn = "Total (crimes)";

    /// <summary>The main group of a category code.</summary>
    public static string GroupOf(string category)
    {
        var dot = category.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? category : category[..dot];
    }

    /// <summary>True when an event of <paramref name="category"/> counts in <see cref="Total"/> (see the class remarks).</summary>
    public static bool CountsInTotal(string category) =>
        GroupOf(category) switch
        {
            "other" => category == "other.crime",
            "traffic" => category != "traffic" && !Under(category, "traffic.accident"),
            "fire" => Under(category, "fire.arson"),
            "disturbance" or "observation" => false,
            _ => true,
        };

    private static bool Under(string category, string prefix) =>
        category == prefix || category.StartsWith(prefix + ".", StringComparison.Ordinal);
}
