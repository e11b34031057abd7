namespace Geo.Storage;

/// <summary>Loaded rows of a study area that a proposed boundary would leave outside.</summary>
public sealed record OutsideCounts(long Incidents, long Resources, long Areas)
{
    public long Total => Incidents + Resources + Areas;
}
