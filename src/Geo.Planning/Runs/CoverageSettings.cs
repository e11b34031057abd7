namespace Geo.Planning.Runs;

/// <summary>
/// How temporal coverage gaps are found: the prevention resources (by type) within <see cref="DistanceMetres"/> of a
/// hotspot, and the share of its incidents in hours when none of them is open above which the hotspot has a gap.
/// </summary>
public sealed record CoverageSettings(double DistanceMetres = 500, double Threshold = 0.5, IReadOnlyList<string>? PreventionTypes = null)
{
    /// <summary>Default prevention resource types: youth centres, field work and the police.</summary>
    public static IReadOnlyList<string> DefaultPreventionTypes { get; } = ["youth_centre", "field_work_area", "police_station"];

    public IReadOnlyList<string> Types => PreventionTypes ?? DefaultPreventionTypes;
}
