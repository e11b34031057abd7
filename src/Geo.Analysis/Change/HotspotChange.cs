using Geo.Analysis.Inference;

namespace Geo.Analysis.Change;

/// <summary>
/// Cross-tabulates the significant Getis–Ord classes of two periods into change classes, the two-period version of
/// the "new / intensifying / diminishing" vocabulary of space-time hot spot mining (ESRI, "How Emerging Hot Spot
/// Analysis works"). A location undefined in either period (<see cref="LocalClass.Undefined"/>) is <see cref="HotspotChangeClass.Undefined"/>;
/// otherwise only <see cref="LocalClass.Hot"/> and <see cref="LocalClass.Cold"/> are read; any other class
/// counts as not significant.
/// </summary>
/// <remarks>
/// The class after the change decides first: hot after is <see cref="HotspotChangeClass.StillHot"/> when it was hot
/// before, else <see cref="HotspotChangeClass.NewHotSpot"/> (a cold-to-hot flip is a new hot spot); likewise for cold.
/// Not significant after is <see cref="HotspotChangeClass.NoLongerHot"/> / <see cref="HotspotChangeClass.NoLongerCold"/>
/// / <see cref="HotspotChangeClass.NoChange"/> by the class before. Both results must be computed on the same
/// locations (same grid and weights); whether a change in class is itself significant is what <see cref="CountChange"/> tests.
/// </remarks>
public static class HotspotChange
{
    /// <summary>Change class per location from <paramref name="before"/> to <paramref name="after"/>.</summary>
    /// <exception cref="ArgumentException">The results have different numbers of locations.</exception>
    public static HotspotChangeResult Compare(LocalResult before, LocalResult after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (before.Count != after.Count)
            throw new ArgumentException($"before has {before.Count} locations, after {after.Count}.", nameof(after));
        var classes = new HotspotChangeClass[before.Count];
        var counts = new Dictionary<HotspotChangeClass, int>();
        foreach (var c in Enum.GetValues<HotspotChangeClass>()) counts[c] = 0;
        for (var i = 0; i < classes.Length; i++)
        {
            var c = Classify(before.Class[i], after.Class[i]);
            classes[i] = c;
            counts[c]++;
        }
        return new HotspotChangeResult(classes, counts);
    }

    /// <summary>The change class of one location given its class before and after.</summary>
    public static HotspotChangeClass Classify(LocalClass before, LocalClass after) =>
        before == LocalClass.Undefined || after == LocalClass.Undefined ? HotspotChangeClass.Undefined : after switch
    {
        LocalClass.Hot => before == LocalClass.Hot ? HotspotChangeClass.StillHot : HotspotChangeClass.NewHotSpot,
        LocalClass.Cold => before == LocalClass.Cold ? HotspotChangeClass.StillCold : HotspotChangeClass.NewColdSpot,
        _ => before switch
        {
            LocalClass.Hot => HotspotChangeClass.NoLongerHot,
            LocalClass.Cold => HotspotChangeClass.NoLongerCold,
            _ => HotspotChangeClass.NoChange,
        },
    };
}
