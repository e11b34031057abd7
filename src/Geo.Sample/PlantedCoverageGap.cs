namespace Geo.Sample;

/// <summary>
/// A planted temporal coverage gap: a hotspot whose planted peak falls in hours when no prevention resource within
/// <see cref="WithinMetres"/> of it is open, next to a youth centre whose hours do not cover the peak.
/// </summary>
/// <param name="Hotspot">Id of the hotspot (H2).</param>
/// <param name="Resource">source_id of the youth centre placed next to it.</param>
/// <param name="ResourceName">Its name.</param>
/// <param name="OpeningHours">Its opening hours (OSM syntax).</param>
/// <param name="DistanceMetres">Distance from the hotspot's square (its edge) to the youth centre, metres.</param>
/// <param name="DistanceFromCentreMetres">Distance from the square's centre to the youth centre, metres.</param>
/// <param name="LicensedPremises">source_id of the nightclub placed next to the hotspot.</param>
/// <param name="LicensedPremisesHours">Its opening hours.</param>
/// <param name="LicensedPremisesDistanceMetres">Distance from the square (its edge) to the nightclub, metres.</param>
/// <param name="UncoveredWindow">The planted peak that no prevention resource covers.</param>
/// <param name="WithinMetres">The distance within which prevention resources count (500 m, the default).</param>
/// <param name="PreventionTypes">Resource types that count as prevention.</param>
/// <param name="PreventionWithin">source_ids of every prevention resource within <paramref name="WithinMetres"/> of the square.</param>
/// <param name="FieldWorkAreaDistanceMetres">Distance from the square to the nearest field-work area (null when there is none).</param>
/// <param name="ExtraIncidents">The hotspot's extra incidents.</param>
/// <param name="UncoveredShareOfExtras">Share of them at a minute of the week when no resource of <paramref name="PreventionWithin"/> is open.</param>
/// <param name="UncoveredShareOfWindow">The same share among the extras inside <paramref name="UncoveredWindow"/>.</param>
/// <param name="ExpectedUncoveredShareAtLeast">What a coverage-gap analysis must find at least (the default threshold).</param>
/// <param name="Note">What was planted, in words.</param>
public sealed record PlantedCoverageGap(
    string Hotspot,
    string Resource,
    string ResourceName,
    string OpeningHours,
    double DistanceMetres,
    double DistanceFromCentreMetres,
    string LicensedPremises,
    string LicensedPremisesHours,
    double LicensedPremisesDistanceMetres,
    WeeklyWindow UncoveredWindow,
    double WithinMetres,
    IReadOnlyList<string> PreventionTypes,
    IReadOnlyList<string> PreventionWithin,
    double? FieldWorkAreaDistanceMetres,
    int ExtraIncidents,
    double UncoveredShareOfExtras,
    double UncoveredShareOfWindow,
    double ExpectedUncoveredShareAtLeast,
    string Note);
