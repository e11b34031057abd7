namespace Geo.Analysis.Change;

/// <summary>Per-location change classes of <see cref="HotspotChange.Compare"/> and how many locations fall in each.</summary>
/// <param name="Class">Change class of each location.</param>
/// <param name="Counts">Number of locations per class; every class is present (0 when unused).</param>
public sealed record HotspotChangeResult(HotspotChangeClass[] Class, IReadOnlyDictionary<HotspotChangeClass, int> Counts)
{
    /// <summary>Number of locations.</summary>
    public int Count => Class.Length;
}
