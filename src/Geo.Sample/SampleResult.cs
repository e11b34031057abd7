namespace Geo.Sample;

/// <summary>What <see cref="SampleGenerator.Generate"/> wrote.</summary>
/// <param name="Code">Study-area code ("9999" for Exempelkommun).</param>
/// <param name="Name">Study-area name.</param>
/// <param name="Population">Total population of the DeSO areas.</param>
/// <param name="Files">Every file written (relative names), with rows and bytes, in writing order.</param>
/// <param name="IncidentsByFile">Incident rows per incident file.</param>
/// <param name="IncidentsByGroup">Incident rows per top-level category (violence, theft, …), all files, ordinal order.</param>
/// <param name="Withheld">Incident rows written without a location (location_precision = withheld).</param>
/// <param name="Hotspots">The planted hotspots.</param>
/// <param name="NullAreas">The null areas.</param>
/// <param name="NearRepeat">The burglary near-repeat parameters.</param>
/// <param name="CoverageGaps">The planted temporal coverage gaps.</param>
public sealed record SampleResult(
    string Code,
    string Name,
    int Population,
    IReadOnlyList<SampleFile> Files,
    IReadOnlyDictionary<string, long> IncidentsByFile,
    IReadOnlyDictionary<string, long> IncidentsByGroup,
    long Withheld,
    IReadOnlyList<PlantedHotspot> Hotspots,
    IReadOnlyList<NullArea> NullAreas,
    NearRepeatParameters NearRepeat,
    IReadOnlyList<PlantedCoverageGap> CoverageGaps);
