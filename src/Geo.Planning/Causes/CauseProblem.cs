using Geo.Analysis.Time;
using Geo.Planning.Runs;
using Geo.Storage.Model;

namespace Geo.Planning.Causes;

/// <summary>
/// What <see cref="CauseFactsBuilder"/> needs of one problem beyond its <see cref="ProblemFacts"/> skeleton: the stored
/// rows it was read from, its hour × weekday profile, its categories, the hotspot its coverage comes from and the run's
/// sources and coverage settings.
/// </summary>
/// <param name="Hotspot">The hotspot of a hotspot problem.</param>
/// <param name="Area">The area's row of the problem's group (area problems).</param>
/// <param name="PeakWindow">The problem's own peak window.</param>
/// <param name="Profile">168 counts of the group's timed incidents in the problem (Monday 00–01 = 0), null when none.</param>
/// <param name="Timed">Incidents with a known hour.</param>
/// <param name="Untimed">Incidents without one.</param>
/// <param name="Categories">The group's categories in the problem with their counts, largest first (hotspots only).</param>
/// <param name="GapHotspot">The hotspot the coverage facts come from (the problem's own, or the hotspot with the largest gap reaching into the area).</param>
/// <param name="SourcesMissing">The run's sources without incidents in the area (area problems).</param>
/// <param name="RunSources">The sources the run read.</param>
/// <param name="SourcesWithoutRows">The run's sources without incidents in its period.</param>
/// <param name="Coverage">The run's coverage settings (distance, prevention types).</param>
internal sealed record CauseProblem(
    RunHotspotEntity? Hotspot,
    RunAreaIndicatorEntity? Area,
    WeekWindow? PeakWindow,
    double[]? Profile,
    int Timed,
    int Untimed,
    IReadOnlyList<(string Category, int Count)> Categories,
    RunHotspotEntity? GapHotspot,
    IReadOnlyList<string> SourcesMissing,
    IReadOnlyList<string> RunSources,
    IReadOnlyList<string> SourcesWithoutRows,
    CoverageSettings Coverage);
