namespace Geo.Planning.Stats;

/// <summary>What happens to a first or last time step only partly covered by the data (or by --from/--to).</summary>
public enum PartialSteps
{
    /// <summary>Left out with its events, announced with the step and its coverage (the default).</summary>
    Drop,

    /// <summary>Kept, announced with the step and its coverage.</summary>
    Keep,
}
